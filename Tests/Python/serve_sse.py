#!/usr/bin/env python3
"""Server-Sent Events client for the end-to-end tests of `notifywire serve`: a raw socket, its own HTTP/1.1
response reader (chunked or not) and its own `text/event-stream` line parser; every event's data is decoded
with the independent peers (see serve_common.Decoder).

Usage: serve_sse.py MODE --url http://127.0.0.1:PORT --recipient ID --codec json|msgpack|protobuf [options]
       < notifications (proto3 JSON, one per line)

  live     connect, wait for `retry:`, publish every notification on stdin, then publish an end marker to
           the recipient and read until the marker: prints {"status", "headers", "retry", "published",
           "events"} where events are those before the marker ({"id", "event", "notification"}; notifications
           as serve_common.carried). Publishing
           to other recipients on stdin shows scoping: events must hold exactly stdin's notifications for ID.
  resume   publish the first half of stdin while connected and read it, disconnect, publish the second
           half, reconnect with `Last-Event-ID` (or `?lastEventId=` with --query-id) = the last id read,
           publish a marker and read until it: prints {"first", "second", "resumedFrom"}.
  resync   connect with --last-event-id (older than the log), read the first event, then publish stdin's
           first notification and read it: prints {"first": {"id", "event", "data"}, "live": event}.
Options: --token JWT (sent as `Authorization: Bearer`), --query-token (as `?access_token=` instead),
         --timeout seconds for the whole run (default 30).
"""
import argparse
import base64
import socket
import sys
import urllib.parse

import serve_common
from serve_common import ClientError

MARKER_TITLE = "end-of-stream marker"


class ResponseReader:
    """Reads one HTTP/1.1 response from a socket: the head at once, then the body incrementally."""

    def __init__(self, sock):
        self.sock = sock
        self.buffer = b""
        self.chunked = False
        self.remaining_chunk = 0
        self.finished = False
        self.status = 0
        self.headers = {}

    def _fill(self):
        data = self.sock.recv(65536)
        if not data:
            raise EOFError("the server closed the connection")
        self.buffer += data

    def read_head(self):
        while b"\r\n\r\n" not in self.buffer:
            self._fill()
        head, self.buffer = self.buffer.split(b"\r\n\r\n", 1)
        lines = head.decode("iso-8859-1").split("\r\n")
        self.status = int(lines[0].split(" ")[1])
        for line in lines[1:]:
            name, _, value = line.partition(":")
            self.headers[name.strip().lower()] = value.strip()
        self.chunked = "chunked" in self.headers.get("transfer-encoding", "").lower()

    def read_body_chunk(self):
        """The next bytes of the body, or b"" at its end."""
        if self.finished:
            return b""
        if not self.chunked:
            if self.buffer:
                data, self.buffer = self.buffer, b""
                return data
            try:
                self._fill()
            except EOFError:
                self.finished = True
                return b""
            data, self.buffer = self.buffer, b""
            return data
        while self.remaining_chunk == 0:
            while b"\r\n" not in self.buffer:
                self._fill()
            line, self.buffer = self.buffer.split(b"\r\n", 1)
            if not line.strip():
                continue  # the CRLF that ends the previous chunk
            size = int(line.split(b";")[0], 16)
            if size == 0:
                self.finished = True
                return b""
            self.remaining_chunk = size
        if not self.buffer:
            self._fill()
        data = self.buffer[: self.remaining_chunk]
        self.buffer = self.buffer[len(data):]
        self.remaining_chunk -= len(data)
        return data

    def read_whole_body(self):
        parts = []
        if not self.chunked and "content-length" in self.headers:
            length = int(self.headers["content-length"])
            while len(self.buffer) < length:
                self._fill()
            return self.buffer[:length]
        while True:
            try:
                data = self.read_body_chunk()
            except EOFError:
                break
            if not data:
                break
            parts.append(data)
        return b"".join(parts)


class EventStream:
    """An SSE connection: `next_event()` returns dicts {"id", "event", "data"}; `retry` and comments are kept."""

    def __init__(self, url, path, headers, timeout):
        host, port = serve_common.split_url(url)
        self.sock = socket.create_connection((host, port), timeout=timeout)
        request = f"GET {path} HTTP/1.1\r\nHost: {host}:{port}\r\nAccept: text/event-stream\r\n"
        for name, value in headers.items():
            request += f"{name}: {value}\r\n"
        self.sock.sendall((request + "\r\n").encode("utf-8"))
        self.reader = ResponseReader(self.sock)
        self.reader.read_head()
        self.pending = b""
        self.retry = None
        self.comments = 0
        self.last_event_id = None
        self._reset()

    def _reset(self):
        self.data_lines = []
        self.event_type = ""
        self.event_id = None

    def _next_line(self):
        while True:
            for index, byte in enumerate(self.pending):
                if byte in (10, 13):
                    line = self.pending[:index]
                    skip = 2 if byte == 13 and self.pending[index + 1 : index + 2] == b"\n" else 1
                    if byte == 13 and index + 1 == len(self.pending):
                        break  # a CR at the end: wait for a possible LF
                    self.pending = self.pending[index + skip :]
                    return line.decode("utf-8")
            data = self.reader.read_body_chunk()
            if not data:
                raise EOFError("the event stream ended")
            self.pending += data

    def next_event(self):
        while True:
            line = self._next_line()
            if line == "":
                if self.data_lines:
                    event = {"id": self.event_id, "event": self.event_type or "message",
                             "data": "\n".join(self.data_lines)}
                    self._reset()
                    return event
                self._reset()
                continue
            if line.startswith(":"):
                self.comments += 1
                continue
            name, colon, value = line.partition(":")
            if colon and value.startswith(" "):
                value = value[1:]
            if name == "data":
                self.data_lines.append(value)
            elif name == "event":
                self.event_type = value
            elif name == "id" and "\0" not in value:
                self.event_id = value
                self.last_event_id = value
            elif name == "retry" and value.isdigit():
                self.retry = int(value)

    def wait_for_retry(self):
        """Reads lines until the `retry:` field the server sends on connect."""
        while self.retry is None:
            line = self._next_line()
            name, _, value = line.partition(":")
            if name == "retry":
                self.retry = int(value.strip())
            elif line.startswith(":"):
                self.comments += 1
            elif line:
                self.pending = (line + "\n").encode("utf-8") + self.pending
                break

    def close(self):
        self.sock.close()


def events_path(arguments, last_event_id=None, query_id=False):
    query = {"recipient": arguments.recipient, "codec": arguments.codec}
    if arguments.token and arguments.query_token:
        query["access_token"] = arguments.token
    if last_event_id is not None and query_id:
        query["lastEventId"] = last_event_id
    headers = {}
    if arguments.token and not arguments.query_token:
        headers["Authorization"] = "Bearer " + arguments.token
    if last_event_id is not None and not query_id:
        headers["Last-Event-ID"] = last_event_id
    return "/events?" + urllib.parse.urlencode(query), headers


def connect(arguments, last_event_id=None, query_id=False):
    path, headers = events_path(arguments, last_event_id, query_id)
    stream = EventStream(arguments.url, path, headers, arguments.timeout)
    if stream.reader.status != 200:
        body = stream.reader.read_whole_body()
        raise ClientError(f"GET {path} answered {stream.reader.status}: {body[:200]!r}")
    return stream


def decoded(decoder, codec, event):
    if codec == "json":
        payload = event["data"].encode("utf-8")
    else:
        payload = base64.b64decode(event["data"], validate=True)
    return {"id": event["id"], "event": event["event"], "notification": decoder.notification(codec, payload)}


def carried_events(events):
    return [dict(event, notification=serve_common.carried(event["notification"])) for event in events]


def read_until_marker(stream, decoder, codec, marker_sequence):
    events = []
    while True:
        event = decoded(decoder, codec, stream.next_event())
        if event["notification"].get("title") == MARKER_TITLE:
            if event["id"] != str(marker_sequence):
                raise ClientError(f"the marker came with id {event['id']}, expected {marker_sequence}")
            return events
        events.append(event)
        if len(events) > 10_000:
            raise ClientError("no marker after 10000 events")


def publish_marker(arguments):
    marker = {"id": "marker", "recipientId": arguments.recipient, "title": MARKER_TITLE}
    return int(serve_common.publish(arguments.url, marker, arguments.publish_token)["sequence"])


def live(arguments, documents, decoder):
    stream = connect(arguments)
    stream.wait_for_retry()
    published = [serve_common.publish(arguments.url, doc, arguments.publish_token) for doc in documents]
    events = read_until_marker(stream, decoder, arguments.codec, publish_marker(arguments))
    headers = {name: stream.reader.headers.get(name) for name in ("content-type", "cache-control", "x-accel-buffering")}
    stream.close()
    serve_common.report({"status": stream.reader.status, "headers": headers, "retry": stream.retry,
                         "published": [serve_common.carried(doc) for doc in published],
                         "events": carried_events(events)})


def resume(arguments, documents, decoder):
    half = len(documents) // 2
    stream = connect(arguments)
    stream.wait_for_retry()
    for doc in documents[:half]:
        serve_common.publish(arguments.url, doc, arguments.publish_token)
    first = [decoded(decoder, arguments.codec, stream.next_event()) for _ in range(half)]
    last_id = stream.last_event_id
    stream.close()
    for doc in documents[half:]:
        serve_common.publish(arguments.url, doc, arguments.publish_token)
    stream = connect(arguments, last_event_id=last_id, query_id=arguments.query_id)
    second = read_until_marker(stream, decoder, arguments.codec, publish_marker(arguments))
    stream.close()
    serve_common.report({"first": carried_events(first), "second": carried_events(second), "resumedFrom": last_id})


def resync(arguments, documents, decoder):
    stream = connect(arguments, last_event_id=arguments.last_event_id)
    first = stream.next_event()
    serve_common.publish(arguments.url, documents[0], arguments.publish_token)
    live_event = decoded(decoder, arguments.codec, stream.next_event())
    stream.close()
    serve_common.report({"first": first, "live": carried_events([live_event])[0], "retry": stream.retry})


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("mode", choices=("live", "resume", "resync"))
    parser.add_argument("--url", required=True)
    parser.add_argument("--recipient", required=True)
    parser.add_argument("--codec", default="json", choices=serve_common.CODECS)
    parser.add_argument("--token")
    parser.add_argument("--query-token", action="store_true")
    parser.add_argument("--publish-token")
    parser.add_argument("--query-id", action="store_true")
    parser.add_argument("--last-event-id")
    parser.add_argument("--timeout", type=float, default=30)
    arguments = parser.parse_args()
    serve_common.deadline(arguments.timeout)
    documents = serve_common.read_documents()
    decoder = serve_common.Decoder()
    {"live": live, "resume": resume, "resync": resync}[arguments.mode](arguments, documents, decoder)


if __name__ == "__main__":
    serve_common.run(main)
