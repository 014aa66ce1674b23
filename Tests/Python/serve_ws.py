#!/usr/bin/env python3
"""WebSocket client for the end-to-end tests of `notifywire serve`, built on Python's `websockets` (sync client);
every message is decoded with the independent peers (see serve_common.Decoder).

Usage: serve_ws.py MODE --url http://127.0.0.1:PORT (or https://…: wss, trusting SSL_CERT_FILE) --recipient ID [--offer SUBPROTOCOL ...] [options]
       < notifications (proto3 JSON, one per line)

  live       connect offering the --offer subprotocols in that order (none: offer nothing), publish probes
             until one arrives (without --after: see wait_until_subscribed), publish every
             notification on stdin, then an end marker to the recipient, and read until the marker. The codec
             is the one the server chose (`notifywire.v1.NAME`, or JSON when it chose none); JSON must come
             in text messages, the others in binary ones. Prints {"subprotocol", "codec", "events"} with
             events {"type": "text"|"binary", "notification"} (probes left out) and "published" (201 bodies). With --after SEQ the replay comes first.
  push-only  connect, send one text message, and wait for the close: prints {"closeCode", "subprotocol"}.
  ping       a raw handshake (no subprotocol), then read frames until the server's first ping: prints
             {"status", "opcodes", "secondsToPing"}.
Options: --token JWT (header), --query-token (as `?access_token=`), --after SEQ, --timeout (default 30).
"""
import argparse
import base64
import os
import socket
import time
import urllib.parse

import serve_common
from serve_common import ClientError
from websockets.exceptions import ConnectionClosed
from websockets.sync.client import connect as ws_connect

MARKER_TITLE = "end-of-stream marker"
PROBE_TITLE = "subscription probe"


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
    # https:// (a TLS proxy in front of the server) becomes wss://, verified as serve_common.http_request does.
    scheme = "wss://" if arguments.url.startswith("https://") else "ws://"
    uri = scheme + arguments.url.split("://", 1)[1] + "/ws?" + urllib.parse.urlencode(query)
    return ws_connect(
        uri, subprotocols=arguments.offer or None, additional_headers=headers, compression=None, proxy=None,
        open_timeout=10, close_timeout=5, ping_interval=None, max_size=16 * 1024 * 1024)


def payload_of(message, codec):
    kind, payload = ("text", message.encode("utf-8")) if isinstance(message, str) else ("binary", bytes(message))
    if (codec == "json") != (kind == "text"):
        raise ClientError(f"a {kind} message for codec {codec}")
    return kind, payload


def wait_until_subscribed(arguments, connection, codec, decoder):
    """Publishes probes until one arrives. The server subscribes after it has sent the 101 (the session starts
    then), so a notification published right after the handshake may precede the subscription; `after=`
    closes that gap for real clients, and the probes close it here without assuming it."""
    probe = {"id": "probe", "recipientId": arguments.recipient, "title": PROBE_TITLE}
    for _ in range(50):
        serve_common.publish(arguments.url, probe, arguments.publish_token)
        try:
            message = connection.recv(timeout=0.2)
        except TimeoutError:
            continue
        if decoder.notification(codec, payload_of(message, codec)[1]).get("title") == PROBE_TITLE:
            return
    raise ClientError("no probe arrived: the WebSocket never subscribed")


def live(arguments, documents, decoder):
    connection = open_connection(arguments)
    subprotocol = connection.subprotocol
    codec = serve_common.SUBPROTOCOLS.get(subprotocol, "json") if subprotocol else "json"
    if arguments.after is None:
        wait_until_subscribed(arguments, connection, codec, decoder)
    published = [serve_common.publish(arguments.url, doc, arguments.publish_token) for doc in documents]
    marker = {"id": "marker", "recipientId": arguments.recipient, "title": MARKER_TITLE}
    marker_sequence = serve_common.publish(arguments.url, marker, arguments.publish_token)["sequence"]
    events = []
    while True:
        kind, payload = payload_of(connection.recv(timeout=arguments.timeout), codec)
        notification = decoder.notification(codec, payload)
        if notification.get("title") == PROBE_TITLE:
            continue
        if notification.get("title") == MARKER_TITLE:
            if str(notification.get("sequence")) != str(marker_sequence):
                raise ClientError(f"the marker came as {notification.get('sequence')}, expected {marker_sequence}")
            break
        events.append({"type": kind, "notification": serve_common.carried(notification)})
    connection.close()
    serve_common.report({"subprotocol": subprotocol, "codec": codec, "events": events,
                         "published": [serve_common.carried(doc) for doc in published]})


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


def ping(arguments, _documents, _decoder):
    """A raw handshake, then reads frames until the server's first ping (opcode 9), answering nothing."""
    host, port = serve_common.split_url(arguments.url)
    key = base64.b64encode(os.urandom(16)).decode()
    query = urllib.parse.urlencode({"recipient": arguments.recipient})
    sock = socket.create_connection((host, port), timeout=arguments.timeout)
    sock.sendall((f"GET /ws?{query} HTTP/1.1\r\nHost: {host}:{port}\r\nUpgrade: websocket\r\n"
                  f"Connection: Upgrade\r\nSec-WebSocket-Key: {key}\r\nSec-WebSocket-Version: 13\r\n\r\n").encode())
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = sock.recv(4096)
        if not chunk:
            raise ClientError("closed during the handshake")
        data += chunk
    head, data = data.split(b"\r\n\r\n", 1)
    started = time.monotonic()
    opcodes = []
    while True:
        while len(data) < 2:
            chunk = sock.recv(4096)
            if not chunk:
                raise ClientError(f"closed before a ping; frames: {opcodes}")
            data += chunk
        opcode, length = data[0] & 0x0F, data[1] & 0x7F
        if length >= 126:
            raise ClientError("an unexpected long frame")
        while len(data) < 2 + length:
            data += sock.recv(4096)
        opcodes.append(opcode)
        data = data[2 + length:]
        if opcode == 9:
            break
    sock.close()
    serve_common.report({"status": int(head.split(b" ")[1]), "opcodes": opcodes,
                         "secondsToPing": time.monotonic() - started})


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("mode", choices=("live", "push-only", "ping"))
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
    {"live": live, "push-only": push_only, "ping": ping}[arguments.mode](arguments, documents, decoder)


if __name__ == "__main__":
    serve_common.run(main)
