#!/usr/bin/env python3
"""What one idle connection of each transport costs `notifywire serve` in memory.

Starts a fresh `notifywire serve --port 0` for each transport (or measures a running one given --pid and --url;
then memory freed by one transport's connections is reused by the next, which understates the later ones),
and for each transport (SSE, WebSocket, held long-poll) opens --count idle connections, each for its own recipient, and prints the
server's RSS growth per connection: (VmRSS with the connections open - VmRSS before) / count. VmRSS comes from
/proc/PID/status, so the server must run on this machine. Before each transport, a warm-up round of 100
connections (opened, then closed) brings the server's allocator arenas and thread pools to their working
size, so that the figure is the connections' own cost, not the first-use cost of the code paths.

Usage: scripts/connection-memory.py [--binary .build/debug/notifywire] [--count 1000]
       scripts/connection-memory.py --pid PID --url http://127.0.0.1:PORT
Standard library only. Raises its own RLIMIT_NOFILE soft limit to the hard limit first.
"""
import argparse
import base64
import os
import re
import resource
import signal
import socket
import subprocess
import sys
import time
import urllib.parse
import urllib.request

TRANSPORTS = ("sse", "ws", "longpoll")


def rss_bytes(pid):
    with open(f"/proc/{pid}/status", encoding="ascii") as handle:
        for line in handle:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) * 1024
    raise RuntimeError(f"no VmRSS for pid {pid}")


def open_connections(url, pid):
    """The `notifywire_connections` gauges summed, by transport."""
    with urllib.request.urlopen(url + "/metrics", timeout=10) as response:
        text = response.read().decode("utf-8")
    totals = {}
    for line in text.splitlines():
        if line.startswith("notifywire_connections{"):
            transport = re.search(r'transport="([^"]*)"', line).group(1)
            totals[transport] = totals.get(transport, 0) + float(line.rsplit(" ", 1)[1])
    return totals


def request_for(transport, host, recipient):
    query = urllib.parse.urlencode({"recipient": recipient})
    if transport == "sse":
        return f"GET /events?{query}&codec=json HTTP/1.1\r\nHost: {host}\r\nAccept: text/event-stream\r\n\r\n"
    if transport == "ws":
        key = base64.b64encode(os.urandom(16)).decode()
        return (f"GET /ws?{query} HTTP/1.1\r\nHost: {host}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                f"Sec-WebSocket-Key: {key}\r\nSec-WebSocket-Version: 13\r\n"
                f"Sec-WebSocket-Protocol: notifywire.v1.json\r\n\r\n")
    return f"GET /notifications?{query}&wait=30 HTTP/1.1\r\nHost: {host}\r\nAccept: application/json\r\n\r\n"


def connect_all(url, transport, count, prefix):
    parsed = urllib.parse.urlsplit(url)
    host = f"{parsed.hostname}:{parsed.port}"
    sockets = []
    for index in range(count):
        sock = socket.create_connection((parsed.hostname, parsed.port), timeout=10)
        sock.sendall(request_for(transport, host, f"{prefix}-{index}").encode())
        if transport != "longpoll":  # a held long-poll answers nothing until it times out
            head = b""
            while b"\r\n\r\n" not in head:
                chunk = sock.recv(4096)
                if not chunk:
                    raise RuntimeError(f"{transport} connection {index} closed by the server")
                head += chunk
            status = head.split(b" ", 2)[1]
            if status not in (b"200", b"101"):
                raise RuntimeError(f"{transport} connection {index} answered {status.decode()}")
        sockets.append(sock)
    return sockets


def wait_for_gauge(url, pid, transport, expected, seconds=30):
    deadline = time.monotonic() + seconds
    value = None
    while time.monotonic() < deadline:
        value = open_connections(url, pid).get(transport, 0)
        if value == expected:
            return value
        time.sleep(0.2)
    return value


def measure(url, pid, transport, count, settle):
    for sock in connect_all(url, transport, 100, f"warm-{transport}"):
        sock.close()
    wait_for_gauge(url, pid, transport, 0)
    time.sleep(settle)
    before = rss_bytes(pid)
    started = time.monotonic()
    sockets = connect_all(url, transport, count, f"idle-{transport}")
    gauge = wait_for_gauge(url, pid, transport, count, 10)
    time.sleep(settle)
    during = rss_bytes(pid)
    elapsed = time.monotonic() - started
    for sock in sockets:
        sock.close()
    after_gauge = wait_for_gauge(url, pid, transport, 0)
    time.sleep(settle)
    after = rss_bytes(pid)
    return {"transport": transport, "before": before, "during": during, "after": after, "gauge": gauge,
            "gaugeAfter": after_gauge, "perConnection": (during - before) / count, "seconds": elapsed}


def start_server(binary):
    process = subprocess.Popen([binary, "serve", "--host", "127.0.0.1", "--port", "0"], stdout=subprocess.PIPE,
                               stderr=subprocess.DEVNULL)
    line = process.stdout.readline().decode().strip()
    prefix = "notifywire serve: listening on "
    if not line.startswith(prefix):
        process.kill()
        raise RuntimeError(f"unexpected first line {line!r}")
    return process, line[len(prefix):]


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--binary", default=".build/debug/notifywire", help="the notifywire executable to start")
    parser.add_argument("--pid", type=int, help="measure this running server (with --url) instead")
    parser.add_argument("--url", help="the running server's http://HOST:PORT")
    parser.add_argument("--count", type=int, default=1000, help="idle connections per transport")
    parser.add_argument("--settle", type=float, default=1.0, help="seconds to wait before each RSS reading")
    arguments = parser.parse_args()
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))
    if hard < arguments.count + 100:
        sys.exit(f"connection-memory: RLIMIT_NOFILE hard limit {hard} is too low for {arguments.count} connections")
    own_server = not (arguments.pid and arguments.url)
    print(f"{arguments.count} idle connections per transport"
          + ("; a fresh notifywire serve for each transport" if own_server else f"; server pid {arguments.pid}"))
    print(f"{'transport':<10} {'RSS before':>12} {'RSS open':>12} {'RSS after':>12} {'per connection':>15}"
          f" {'gauge open':>10} {'gauge after':>11}")
    for transport in TRANSPORTS:
        process = None
        if own_server:
            process, url = start_server(arguments.binary)
            pid = process.pid
        else:
            pid, url = arguments.pid, arguments.url
        try:
            result = measure(url, pid, transport, arguments.count, arguments.settle)
            print(f"{transport:<10} {result['before'] / 2**20:>9.1f} MiB {result['during'] / 2**20:>9.1f} MiB"
                  f" {result['after'] / 2**20:>9.1f} MiB {result['perConnection'] / 1024:>11.1f} KiB"
                  f" {result['gauge']:>10.0f} {result['gaugeAfter']:>11.0f}", flush=True)
        finally:
            if process is not None:
                process.send_signal(signal.SIGTERM)
                try:
                    process.wait(20)
                except subprocess.TimeoutExpired:
                    process.kill()

if __name__ == "__main__":
    main()
