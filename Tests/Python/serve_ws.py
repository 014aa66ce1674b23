#!/usr/bin/env python3
"""WebSocket client for the end-to-end tests of `notifywire serve`, built on Python's `websockets` (sync client);
every message is decoded with the independent peers (see serve_common.Decoder).

Usage: serve_ws.py MODE --url http://127.0.0.1:PORT --recipient ID [--offer SUBPROTOCOL ...] [options]
       < notifications (proto3 JSON, one per line)

  live       connect offering the --offer subprotocols in that order (none: offer nothing), publish every
             notification on stdin, then an end marker to the recipient, and read until the marker. The codec
             is the one the server chose (`notifywire.v1.NAME`, or JSON when it chose none); JSON must come
             in text messages, the others in binary ones. Prints {"subprotocol", "codec", "events"} with
             events {"type": "text"|"binary", "notification"}. With --after SEQ the replay comes first.
  push-only  connect, send one text message, and wait for the close: prints {"closeCode", "subprotocol"}.
Options: --token JWT (header), --query-token (as `?access_token=`), --after SEQ, --timeout (default 30).
"""
import argparse
import urllib.parse

import serve_common
from serve_common import ClientError
from websockets.exceptions import ConnectionClosed
from websockets.sync.client import connect as ws_connect

MARKER_TITLE = "end-of-stream marker"


def open_connection(arguments):
    query = {"recipient": arguments.recipient}
    if arguments.after is not None:
        query["after"] = arguments.after
    headers = {}
    if arguments.token:
        if arguments.query_token:
            query["access_token"] = arguments.token
        else:
            headers["Authorization"] = "Bearer " + arguments.token
    uri = arguments.url.replace("http://", "ws://", 1) + "/ws?" + urllib.parse.urlencode(query)
    return ws_connect(
        uri, subprotocols=arguments.offer or None, additional_headers=headers, compression=None, proxy=None,
        open_timeout=10, close_timeout=5, ping_interval=None, max_size=16 * 1024 * 1024)


def live(arguments, documents, decoder):
    connection = open_connection(arguments)
    subprotocol = connection.subprotocol
    codec = serve_common.SUBPROTOCOLS.get(subprotocol, "json") if subprotocol else "json"
    for doc in documents:
        serve_common.publish(arguments.url, doc, arguments.publish_token)
    marker = {"id": "marker", "recipientId": arguments.recipient, "title": MARKER_TITLE}
    marker_sequence = serve_common.publish(arguments.url, marker, arguments.publish_token)["sequence"]
    events = []
    while True:
        message = connection.recv(timeout=arguments.timeout)
        if isinstance(message, str):
            kind, payload = "text", message.encode("utf-8")
        else:
            kind, payload = "binary", bytes(message)
        if (codec == "json") != (kind == "text"):
            raise ClientError(f"a {kind} message for codec {codec}")
        notification = decoder.notification(codec, payload)
        if notification.get("title") == MARKER_TITLE:
            if str(notification.get("sequence")) != str(marker_sequence):
                raise ClientError(f"the marker came as {notification.get('sequence')}, expected {marker_sequence}")
            break
        events.append({"type": kind, "notification": serve_common.carried(notification)})
    connection.close()
    serve_common.report({"subprotocol": subprotocol, "codec": codec, "events": events})


def push_only(arguments, _documents, _decoder):
    connection = open_connection(arguments)
    connection.send("a client data frame on a push-only channel")
    code = None
    try:
        while True:
            connection.recv(timeout=arguments.timeout)
    except ConnectionClosed as closed:
        code = closed.rcvd.code if closed.rcvd is not None else None
    serve_common.report({"closeCode": code, "subprotocol": connection.subprotocol})


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("mode", choices=("live", "push-only"))
    parser.add_argument("--url", required=True)
    parser.add_argument("--recipient", required=True)
    parser.add_argument("--offer", action="append", default=[])
    parser.add_argument("--after")
    parser.add_argument("--token")
    parser.add_argument("--query-token", action="store_true")
    parser.add_argument("--publish-token")
    parser.add_argument("--timeout", type=float, default=30)
    arguments = parser.parse_args()
    serve_common.deadline(arguments.timeout)
    documents = serve_common.read_documents()
    decoder = serve_common.Decoder()
    {"live": live, "push-only": push_only}[arguments.mode](arguments, documents, decoder)


if __name__ == "__main__":
    serve_common.run(main)
