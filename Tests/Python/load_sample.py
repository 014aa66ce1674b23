#!/usr/bin/env python3
"""Independent sampler for the `notifywire load` cross-check: subscribes to a few recipients of a running
`notifywire serve` over one transport with its own client code, JSON codec, and counts the distinct notifications
each recipient receives, so that the Swift test can compare them with the load tool's own counts.

Usage: load_sample.py --url http://127.0.0.1:PORT --transport sse|ws|longpoll --recipient ID [--recipient ID ...]
                      [--quiet SECONDS] [--timeout SECONDS]

Every subscription resumes from the start of the replay log, so it misses nothing whenever it connects (and after
a dropped connection it resumes from the last notification it read):
  sse       GET /events?recipient=ID&codec=json with `Last-Event-ID: 0` (raw socket, serve_sse's own HTTP and
            `text/event-stream` parser); `event: resync` is an error.
  ws        GET /ws?recipient=ID&after=0 with subprotocol `notifywire.v1.json` (Python's `websockets`).
  longpoll  GET /notifications?recipient=ID&cursor=0&wait=1 with `Accept: application/json` (`http.client`),
            re-issued with the batch's cursor.
Each payload is decoded with Python's `json`; a notification for another recipient is an error.

Prints `subscribed N` on standard error once every subscription is open. When standard input closes, waits until
no new notification arrived for --quiet seconds (default 1), then prints one JSON object on standard output:
{"counts": {ID: distinct notifications}, "duplicates": {ID: notifications received again}, "connects": {ID: n}}.
"""
import argparse
import http.client
import json
import os
import sys
import threading
import time
import urllib.parse

import serve_common
import serve_sse
from serve_common import ClientError
from websockets.exceptions import ConnectionClosed
from websockets.sync.client import connect as ws_connect


class Tally:
    """Counts per recipient, shared by the subscriber threads."""

    def __init__(self, recipients):
        self.lock = threading.Lock()
        self.seen = {recipient: set() for recipient in recipients}
        self.duplicates = {recipient: 0 for recipient in recipients}
        self.connects = {recipient: 0 for recipient in recipients}
        self.errors = []
        self.last_activity = time.monotonic()

    def connected(self, recipient):
        """A (re)connection: counted, but not activity (the server closes a connection after each long-poll)."""
        with self.lock:
            self.connects[recipient] += 1

    def received(self, recipient, notification):
        if notification.get("recipientId") != recipient:
            raise ClientError(f"{recipient} received a notification for {notification.get('recipientId')!r}")
        identifier = notification.get("id")
        if not identifier:
            raise ClientError(f"{recipient} received a notification without an id")
        with self.lock:
            if identifier in self.seen[recipient]:
                self.duplicates[recipient] += 1
            else:
                self.seen[recipient].add(identifier)
            self.last_activity = time.monotonic()

    def failed(self, recipient, problem):
        with self.lock:
            self.errors.append(f"{recipient}: {type(problem).__name__}: {problem}")


def subscribe_sse(arguments, recipient, tally):
    last_id = "0"
    while True:
        path = "/events?" + urllib.parse.urlencode({"recipient": recipient, "codec": "json"})
        stream = serve_sse.EventStream(arguments.url, path, {"Last-Event-ID": last_id}, None)
        if stream.reader.status != 200:
            raise ClientError(f"GET {path} answered {stream.reader.status}")
        tally.connected(recipient)
        try:
            while True:
                event = stream.next_event()
                if event["event"] == "resync":
                    raise ClientError(f"resync after {last_id}: {event['data']}")
                tally.received(recipient, json.loads(event["data"]))
                last_id = event["id"] or last_id
        except EOFError:
            stream.close()  # the server ended the stream: resume where it stopped


def subscribe_ws(arguments, recipient, tally):
    after = "0"
    base = arguments.url.replace("http://", "ws://", 1)
    while True:
        uri = base + "/ws?" + urllib.parse.urlencode({"recipient": recipient, "after": after})
        with ws_connect(uri, subprotocols=["notifywire.v1.json"], compression=None, proxy=None, open_timeout=10,
                        close_timeout=2, ping_interval=None, max_size=16 * 1024 * 1024) as connection:
            if connection.subprotocol != "notifywire.v1.json":
                raise ClientError(f"the server chose subprotocol {connection.subprotocol!r}")
            tally.connected(recipient)
            try:
                while True:
                    message = connection.recv()
                    if not isinstance(message, str):
                        raise ClientError("a binary message with the JSON subprotocol")
                    notification = json.loads(message)
                    tally.received(recipient, notification)
                    after = str(notification.get("sequence", after))
            except ConnectionClosed:
                pass  # resume after the last sequence read


def subscribe_longpoll(arguments, recipient, tally):
    host, port = serve_common.split_url(arguments.url)
    cursor = "0"
    connection = None
    while True:
        if connection is None:  # a new one after each long-poll: the server closes it after answering
            connection = http.client.HTTPConnection(host, port, timeout=30)
            tally.connected(recipient)
        path = "/notifications?" + urllib.parse.urlencode({"recipient": recipient, "cursor": cursor, "wait": 1})
        try:
            connection.request("GET", path, headers={"Accept": "application/json"})
            response = connection.getresponse()
            body = response.read()
        except (OSError, http.client.HTTPException):
            connection.close()
            connection = None
            time.sleep(0.05)
            continue
        if response.status != 200:
            raise ClientError(f"GET {path} answered {response.status}: {body[:200]!r}")
        batch = json.loads(body)
        for notification in batch.get("notifications", []):
            tally.received(recipient, notification)
        cursor = str(batch.get("cursor") or cursor)


SUBSCRIBERS = {"sse": subscribe_sse, "ws": subscribe_ws, "longpoll": subscribe_longpoll}


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--url", required=True)
    parser.add_argument("--transport", required=True, choices=tuple(SUBSCRIBERS))
    parser.add_argument("--recipient", action="append", required=True)
    parser.add_argument("--quiet", type=float, default=1.0)
    parser.add_argument("--timeout", type=float, default=300)
    arguments = parser.parse_args()
    serve_common.deadline(arguments.timeout)
    tally = Tally(arguments.recipient)
    subscriber = SUBSCRIBERS[arguments.transport]

    def run(recipient):
        try:
            subscriber(arguments, recipient, tally)
        except Exception as problem:  # noqa: BLE001 - every failure of a subscriber is reported, none is lost
            tally.failed(recipient, problem)

    for recipient in arguments.recipient:
        threading.Thread(target=run, args=(recipient,), daemon=True).start()
    while any(count == 0 for count in tally.connects.values()) and not tally.errors:
        time.sleep(0.01)
    sys.stderr.write(f"subscribed {len(arguments.recipient)}\n")
    sys.stderr.flush()
    sys.stdin.read()  # until the test closes standard input
    closed_at = time.monotonic()
    while True:
        with tally.lock:
            quiet_since = max(tally.last_activity, closed_at)
        if time.monotonic() - quiet_since >= arguments.quiet:
            break
        time.sleep(0.05)
    with tally.lock:
        if tally.errors:
            raise ClientError("; ".join(tally.errors))
        serve_common.report({"counts": {r: len(ids) for r, ids in tally.seen.items()},
                             "duplicates": tally.duplicates, "connects": tally.connects})
    sys.stdout.flush()
    os._exit(0)  # the subscriber threads are still blocked in their reads


if __name__ == "__main__":
    serve_common.run(main)
