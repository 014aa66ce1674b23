#!/usr/bin/env python3
"""Faulty clients for the end-to-end tests of `notifywire serve` (standard library only, raw sockets). Each mode
misbehaves, then prints what it saw as one JSON document; the Swift test then checks that the server still
answers `/health`, that its connection gauges are back to 0 and that its memory is back near the baseline.

Usage: serve_faults.py MODE --url http://127.0.0.1:PORT --recipient ID [options]

  midstream  SSE, WebSocket and long-poll clients that vanish in the middle: an SSE stream and a WebSocket
             reset (RST) after reading part of what was published, a long-poll closed while held.
  slow       an SSE stream and a WebSocket with a tiny receive buffer that stop reading; --count notifications
             of --body-bytes each are published; then the clients read on: prints {"sse": {"eof", "bytes"},
             "ws": {...}, "droppedCounter": {transport: value}} (the server must have closed both).
  cycles     --count connect-disconnect cycles, round robin SSE / WebSocket / long-poll, every other one
             closed with a reset: prints {"cycles", "answered": {status: count}}.
  malformed  bad cursor, bad limit, bad codec, missing recipient, oversized body, bad body, empty recipient,
             unknown content type, garbage bytes on the socket: prints {"checks": [{"what", "status"}]}
             (status 0: no response head; the garbage checks also give "received" and "ended").
"""
import argparse
import base64
import http.client
import json
import os
import re
import socket
import struct
import time
import urllib.parse

import serve_common


def connect(arguments, receive_buffer=None):
    host, port = serve_common.split_url(arguments.url)
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    if receive_buffer:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, receive_buffer)
    sock.settimeout(arguments.socket_timeout)
    sock.connect((host, port))
    return sock


def reset(sock):
    """Closes with a TCP reset instead of a FIN (SO_LINGER 0)."""
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    sock.close()


def read_head(sock):
    """Reads up to the end of the response head; returns (status, bytes after the head)."""
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = sock.recv(65536)
        if not chunk:
            return 0, b""
        data += chunk
    head, rest = data.split(b"\r\n\r\n", 1)
    return int(head.split(b" ")[1]), rest


def host_header(arguments):
    host, port = serve_common.split_url(arguments.url)
    return f"{host}:{port}"


def sse_request(arguments):
    query = urllib.parse.urlencode({"recipient": arguments.recipient, "codec": "json"})
    return f"GET /events?{query} HTTP/1.1\r\nHost: {host_header(arguments)}\r\nAccept: text/event-stream\r\n\r\n"


def ws_request(arguments):
    key = base64.b64encode(os.urandom(16)).decode()
    query = urllib.parse.urlencode({"recipient": arguments.recipient})
    return (f"GET /ws?{query} HTTP/1.1\r\nHost: {host_header(arguments)}\r\nUpgrade: websocket\r\n"
            f"Connection: Upgrade\r\nSec-WebSocket-Key: {key}\r\nSec-WebSocket-Version: 13\r\n"
            f"Sec-WebSocket-Protocol: notifywire.v1.json\r\n\r\n")


def longpoll_request(arguments):
    query = urllib.parse.urlencode({"recipient": arguments.recipient, "wait": "30"})
    return f"GET /notifications?{query} HTTP/1.1\r\nHost: {host_header(arguments)}\r\nAccept: application/json\r\n\r\n"


def publish_many(arguments, count, body_bytes):
    host, port = serve_common.split_url(arguments.url)
    connection = http.client.HTTPConnection(host, port, timeout=arguments.socket_timeout)
    body_text = "x" * body_bytes
    for index in range(count):
        document = {"id": f"bulk-{index}", "recipientId": arguments.recipient, "title": "bulk", "body": body_text}
        connection.request("POST", "/notifications", body=json.dumps(document),
                           headers={"Content-Type": "application/json"})
        response = connection.getresponse()
        response.read()
        if response.status != 201:
            raise serve_common.ClientError(f"bulk publish {index} answered {response.status}")
    connection.close()


def midstream(arguments):
    sse = connect(arguments)
    sse.sendall(sse_request(arguments).encode())
    sse_status, _ = read_head(sse)
    ws = connect(arguments)
    ws.sendall(ws_request(arguments).encode())
    ws_status, _ = read_head(ws)
    poll = connect(arguments)
    poll.sendall(longpoll_request(arguments).encode())
    publish_many(arguments, 5, 200)
    sse_bytes = len(sse.recv(300))
    ws_bytes = len(ws.recv(100))
    reset(sse)
    reset(ws)
    poll.close()
    serve_common.report({"sseStatus": sse_status, "wsStatus": ws_status, "sseBytes": sse_bytes,
                         "wsBytes": ws_bytes})


def metric_values(arguments, name):
    status, _, body = serve_common.http_request(arguments.url, "GET", "/metrics")
    values = {}
    for line in body.decode("utf-8", "replace").splitlines():
        if line.startswith(name):
            match = re.search(r'transport="([^"]*)"', line)
            values[match.group(1) if match else ""] = float(line.rsplit(" ", 1)[1])
    return values


def drain(sock, limit_seconds):
    """Reads until the server closes the connection; returns (eof, bytes read)."""
    total = 0
    end = time.monotonic() + limit_seconds
    sock.settimeout(1)
    while time.monotonic() < end:
        try:
            chunk = sock.recv(1 << 20)
        except socket.timeout:
            continue
        except ConnectionResetError:
            return True, total
        if not chunk:
            return True, total
        total += len(chunk)
    return False, total


def slow(arguments):
    sse = connect(arguments, receive_buffer=4096)
    sse.sendall(sse_request(arguments).encode())
    sse_status, _ = read_head(sse)
    ws = connect(arguments, receive_buffer=4096)
    ws.sendall(ws_request(arguments).encode())
    ws_status, _ = read_head(ws)
    publish_many(arguments, arguments.count, arguments.body_bytes)
    dropped = metric_values(arguments, "notifywire_slow_consumers_dropped_total")
    sse_eof, sse_bytes = drain(sse, 20)
    ws_eof, ws_bytes = drain(ws, 20)
    sse.close()
    ws.close()
    serve_common.report({"sse": {"status": sse_status, "eof": sse_eof, "bytes": sse_bytes},
                         "ws": {"status": ws_status, "eof": ws_eof, "bytes": ws_bytes},
                         "droppedCounter": dropped})


def cycles(arguments):
    answered = {}
    requests = (sse_request, ws_request, longpoll_request)
    for index in range(arguments.count):
        sock = connect(arguments)
        sock.sendall(requests[index % 3](arguments).encode())
        if index % 3 != 2:
            status, _ = read_head(sock)
            answered[str(status)] = answered.get(str(status), 0) + 1
        if index % 2:
            reset(sock)
        else:
            sock.close()
    serve_common.report({"cycles": arguments.count, "answered": answered})


def read_status_and_close(sock):
    """The status of the answer on `sock` (0 when the server closed without one); closes the socket."""
    try:
        status, _ = read_head(sock)
    except (ConnectionResetError, socket.timeout):
        status = 0
    sock.close()
    return status


def raw_exchange(arguments, payload):
    """Sends raw bytes and half-closes; returns {"status" (0 when no response head came), "received" (bytes
    the server sent), "ended": "eof" (the server closed), "reset" or "timeout"}."""
    sock = connect(arguments)
    try:
        sock.sendall(payload)
        sock.shutdown(socket.SHUT_WR)
    except (BrokenPipeError, ConnectionResetError):
        pass
    received = b""
    ended = "eof"
    try:
        while True:
            chunk = sock.recv(65536)
            if not chunk:
                break
            received += chunk
    except ConnectionResetError:
        ended = "reset"
    except socket.timeout:
        ended = "timeout"
    sock.close()
    head = re.match(rb"HTTP/1\.\d (\d{3}) ", received)
    status = int(head.group(1)) if head else 0
    return {"status": status, "received": len(received), "ended": ended}


def oversized(arguments):
    """POSTs a body one byte over --max-body-bytes, tolerating a server that answers before reading it all."""
    sock = connect(arguments)
    size = arguments.max_body_bytes + 1
    head = (f"POST /notifications HTTP/1.1\r\nHost: {host_header(arguments)}\r\nContent-Type: application/json\r\n"
            f"Content-Length: {size}\r\n\r\n")
    try:
        sock.sendall(head.encode())
        sock.sendall(b" " * size)
    except (BrokenPipeError, ConnectionResetError):
        pass
    return read_status_and_close(sock)


def malformed(arguments):
    checks = []

    def get(what, path):
        status, _, _ = serve_common.http_request(arguments.url, "GET", path, timeout=arguments.socket_timeout)
        checks.append({"what": what, "status": status})

    def post(what, body, content_type="application/json"):
        status, headers, data = serve_common.http_request(
            arguments.url, "POST", "/notifications", body, {"Content-Type": content_type})
        checks.append({"what": what, "status": status, "contentType": headers.get("content-type"),
                       "body": data.decode("utf-8", "replace")})

    recipient = urllib.parse.quote(arguments.recipient)
    get("bad cursor", f"/notifications?recipient={recipient}&cursor=abc")
    get("bad limit", f"/notifications?recipient={recipient}&limit=0")
    get("bad codec", f"/events?recipient={recipient}&codec=xml")
    get("missing recipient (SSE)", "/events?codec=json")
    get("missing recipient (poll)", "/notifications")
    post("bad body", '{"id": "n-1", "recipientId": 7}')
    post("empty recipientId", '{"id": "n-1", "title": "nobody"}')
    post("unknown content type", "<notification/>", "application/xml")
    checks.append({"what": "oversized body", "status": oversized(arguments)})
    garbage = bytes(range(256)) * 4 + b"\r\n\r\n"
    checks.append({"what": "garbage bytes", **raw_exchange(arguments, garbage)})
    checks.append({"what": "garbage request line", **raw_exchange(arguments, b"\x16\x03\x01 hello\r\n\r\n")})
    serve_common.report({"checks": checks})


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("mode", choices=("midstream", "slow", "cycles", "malformed"))
    parser.add_argument("--url", required=True)
    parser.add_argument("--recipient", default="fault-recipient")
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--body-bytes", type=int, default=16384)
    parser.add_argument("--max-body-bytes", type=int, default=1048576)
    parser.add_argument("--socket-timeout", type=float, default=10)
    parser.add_argument("--timeout", type=float, default=120)
    arguments = parser.parse_args()
    serve_common.deadline(arguments.timeout)
    {"midstream": midstream, "slow": slow, "cycles": cycles, "malformed": malformed}[arguments.mode](arguments)


if __name__ == "__main__":
    serve_common.run(main)
