#!/usr/bin/env python3
"""Independent WebSocket peer for NotifyWire's tests, built on the sans-I/O objects of Python's `websockets`.

Subcommands (input on stdin, output on stdout, a problem is a message on stderr and exit status 1):

  frames --receiver server|client
      Reads raw frames and parses each with `websockets.frames.Frame.parse` driven by a generator-based
      reader (masked frames required at a server, unmasked at a client; control frame rules and reserved
      bits checked by `Frame.check`). Also checks what `websockets` leaves out: every length uses the
      minimal form. Prints a JSON list of frames {"fin", "opcode", "rsv", "payload_hex"}.

  messages --receiver server|client
      Feeds the raw bytes to a `websockets.protocol.Protocol` on that side (state OPEN), whole and then one
      byte at a time, joins the frames it delivers into messages (a text message is decoded as UTF-8, so
      invalid text fails), and prints {"messages": [...], "control": [...]} in the shape of the conformance
      vectors. A protocol error is exit status 1.

  write --role server|client
      Reads a JSON list of operations [{"op": "text"|"binary"|"continuation"|"ping"|"pong"|"close",
      "payload_hex", "fin", "code", "reason"}] and writes the frames a `Protocol` on that side sends for
      them (a client masks with its own random keys), as raw bytes.

  accept [--subprotocol NAME ...]
      Reads an HTTP upgrade request, lets a `websockets.server.ServerProtocol` accept it, and writes the
      raw HTTP response (status 101 required).

  check-response --key KEY [--subprotocol NAME ...]
      Reads a raw HTTP response and lets a `websockets.client.ClientProtocol` that sent KEY and offered the
      subprotocols verify it; prints the negotiated subprotocol (or an empty line).
"""
import argparse
import json
import sys

from websockets.client import ClientProtocol
from websockets.frames import Frame, Opcode
from websockets.http11 import Response
from websockets.protocol import Protocol, Side, State
from websockets.server import ServerProtocol
from websockets.uri import parse_uri


class PeerError(Exception):
    pass


def reader(data):
    """A generator-based `read_exact` over `data`, with the position it has reached."""
    state = {"position": 0}

    def read_exact(count):
        start = state["position"]
        if start + count > len(data):
            raise EOFError(f"needed {count} bytes at {start}, only {len(data) - start} remain")
        state["position"] = start + count
        return data[start:start + count]
        yield  # makes this a generator, as Frame.parse expects

    return read_exact, state


def run_generator(generator):
    """Runs a generator-based coroutine that never suspends (all bytes are there) to its return value."""
    try:
        while True:
            next(generator)
    except StopIteration as stop:
        return stop.value


def check_minimal_length(data, position):
    """The length form of the frame at `position` must be the smallest that fits."""
    short = data[position + 1] & 0x7F
    if short == 126:
        length = int.from_bytes(data[position + 2:position + 4], "big")
        if length < 126:
            raise PeerError(f"frame at {position}: 16-bit length form for {length} bytes")
    elif short == 127:
        length = int.from_bytes(data[position + 2:position + 10], "big")
        if length <= 0xFFFF:
            raise PeerError(f"frame at {position}: 64-bit length form for {length} bytes")


def frames(receiver, data):
    read_exact, state = reader(data)
    result = []
    while state["position"] < len(data):
        start = state["position"]
        check_minimal_length(data, start)
        frame = run_generator(Frame.parse(read_exact, mask=(receiver == "server"), max_size=None))
        result.append({
            "fin": frame.fin,
            "opcode": frame.opcode.name.lower().replace("cont", "continuation"),
            "rsv": [frame.rsv1, frame.rsv2, frame.rsv3],
            "payload_hex": bytes(frame.data).hex(),
        })
    return result


def receive(receiver, data, chunk_size):
    side = Side.SERVER if receiver == "server" else Side.CLIENT
    protocol = Protocol(side, state=State.OPEN, max_size=None)
    for start in range(0, len(data), chunk_size):
        protocol.receive_data(data[start:start + chunk_size])
    failure = getattr(protocol, "parser_exc", None)
    if failure is not None:
        raise PeerError(f"websockets rejected the frames: {failure!r}")
    messages, control, current = [], [], None
    for event in protocol.events_received():
        if event.opcode in (Opcode.PING, Opcode.PONG, Opcode.CLOSE):
            control.append({"opcode": event.opcode.name.lower(), "payload_hex": bytes(event.data).hex()})
            continue
        if event.opcode in (Opcode.TEXT, Opcode.BINARY):
            current = {"opcode": event.opcode.name.lower(), "data": bytearray(event.data)}
        elif current is not None:
            current["data"] += event.data
        if event.fin and current is not None:
            payload = bytes(current["data"])
            if current["opcode"] == "text":
                payload.decode("utf-8")  # raises on invalid text
            messages.append({"opcode": current["opcode"], "payload_hex": payload.hex()})
            current = None
    return {"messages": messages, "control": control}


def write(role, operations):
    side = Side.CLIENT if role == "client" else Side.SERVER
    protocol = Protocol(side, state=State.OPEN)
    for operation in operations:
        op = operation["op"]
        payload = bytes.fromhex(operation.get("payload_hex", ""))
        fin = operation.get("fin", True)
        if op == "text":
            protocol.send_text(payload, fin=fin)
        elif op == "binary":
            protocol.send_binary(payload, fin=fin)
        elif op == "continuation":
            protocol.send_continuation(payload, fin=fin)
        elif op == "ping":
            protocol.send_ping(payload)
        elif op == "pong":
            protocol.send_pong(payload)
        elif op == "close":
            protocol.send_close(operation.get("code"), operation.get("reason", ""))
        else:
            raise PeerError(f"unknown operation {op}")
    return b"".join(protocol.data_to_send())


def accept(request_bytes, subprotocols):
    protocol = ServerProtocol(subprotocols=subprotocols or None)
    protocol.receive_data(request_bytes)
    events = protocol.events_received()
    if len(events) != 1:
        raise PeerError(f"expected one request, parsed {events!r}")
    response = protocol.accept(events[0])
    if response.status_code != 101:
        raise PeerError(f"websockets refused the request: {response.status_code} {response.body!r}")
    protocol.send_response(response)
    return b"".join(protocol.data_to_send())


def check_response(response_bytes, key, subprotocols):
    protocol = ClientProtocol(parse_uri("ws://example.com/"), subprotocols=subprotocols or None)
    protocol.key = key
    protocol.receive_data(response_bytes)
    events = protocol.events_received()
    if len(events) != 1 or not isinstance(events[0], Response):
        raise PeerError(f"expected one response, parsed {events!r}")
    if protocol.handshake_exc is not None:
        raise PeerError(f"websockets rejected the response: {protocol.handshake_exc!r}")
    if protocol.state is not State.OPEN:
        raise PeerError(f"the connection is not open: {protocol.state!r}")
    return protocol.subprotocol or ""


def main():
    parser = argparse.ArgumentParser()
    sub = parser.add_subparsers(dest="command", required=True)
    for name in ("frames", "messages"):
        command = sub.add_parser(name)
        command.add_argument("--receiver", choices=["server", "client"], required=True)
    command = sub.add_parser("write")
    command.add_argument("--role", choices=["server", "client"], required=True)
    command = sub.add_parser("accept")
    command.add_argument("--subprotocol", action="append", default=[])
    command = sub.add_parser("check-response")
    command.add_argument("--key", required=True)
    command.add_argument("--subprotocol", action="append", default=[])
    arguments = parser.parse_args()
    data = sys.stdin.buffer.read()
    try:
        if arguments.command == "frames":
            print(json.dumps(frames(arguments.receiver, data)))
        elif arguments.command == "messages":
            whole = receive(arguments.receiver, data, max(1, len(data)))
            if receive(arguments.receiver, data, 1) != whole:
                raise PeerError("fed one byte at a time, websockets delivered something else")
            print(json.dumps(whole))
        elif arguments.command == "write":
            sys.stdout.buffer.write(write(arguments.role, json.loads(data)))
        elif arguments.command == "accept":
            sys.stdout.buffer.write(accept(data, arguments.subprotocol))
        else:
            print(check_response(data, arguments.key, arguments.subprotocol))
    except (PeerError, EOFError, ValueError) as error:
        print(f"websocket_peer: {error}", file=sys.stderr)
        sys.exit(1)
    except Exception as error:  # websockets' own exceptions: ProtocolError, InvalidHandshake, ...
        print(f"websocket_peer: {type(error).__name__}: {error}", file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()
