#!/usr/bin/env python3
"""Writes the seed inputs of every fuzz target into OUT/<target>/ (default Fuzz/.build/seeds), from the
golden vectors (Schemas/vectors/), the vendored conformance data (Tests/Fixtures/conformance/) and the
validation fixtures (Tests/Fixtures/validation/). `scripts/fuzz.sh --seed OUT` then merges the ones that
add coverage into Tests/Fuzz/Corpus/ (libFuzzer's -merge=1), which is what is committed.

The framing targets read their input as FuzzInput does (Fuzz/Sources/FuzzSupport/FuzzInput.swift): a first
byte giving the number of split points, that many chunk lengths, then the stream. Seeds start with 0 (no
split) and, once more, with a few splits.
"""
import hashlib
import json
import pathlib
import sys

root = pathlib.Path(__file__).resolve().parent.parent
out = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else root / "Fuzz/.build/seeds")
vectors = root / "Schemas/vectors"
conformance = root / "Tests/Fixtures/conformance"
validation = root / "Tests/Fixtures/validation"
MAX_SEED_BYTES = 4096


def write(target, data):
    if len(data) > MAX_SEED_BYTES:
        return
    folder = out / target
    folder.mkdir(parents=True, exist_ok=True)
    (folder / hashlib.sha1(data).hexdigest()).write_bytes(data)


def stream(target, data):
    write(target, b"\x00" + data)
    write(target, bytes([3, 1, 2, 7]) + data)


def varint(value):
    out = bytearray()
    while True:
        byte = value & 0x7F
        value >>= 7
        out.append(byte | (0x80 if value else 0))
        if not value:
            return bytes(out)


golden = {path.name: path.read_bytes() for path in sorted(vectors.iterdir())}
validation_json = [p.read_bytes() for p in sorted(validation.glob("*/*.json"))]
json_suite = [p.read_bytes() for p in sorted((conformance / "json/test_parsing").iterdir()) if p.stat().st_size <= 512]

for name, data in golden.items():
    if name.endswith(".json"):
        write("FuzzJSONNotification", data)
        write("FuzzJSONBatch", data)
    elif name.endswith(".msgpack"):
        write("FuzzMessagePack", data)
    elif name.endswith(".pb"):
        write("FuzzProtobufNotification", data)
        write("FuzzProtobufBatch", data)
for data in validation_json + json_suite:
    write("FuzzJSONNotification", data)
    write("FuzzJSONBatch", data)

suite = json.loads((conformance / "msgpack/msgpack-test-suite.json").read_text())
for cases in suite.values():
    for case in cases:
        for encoded in case.get("msgpack", []):
            write("FuzzMessagePack", bytes.fromhex(encoded.replace("-", "")))

for vector in json.loads((conformance / "sse/parse-vectors.json").read_text()):
    if "input_hex" in vector:
        stream("FuzzSSEParser", bytes.fromhex(vector["input_hex"]))
    else:
        stream("FuzzSSEParser", vector["input"].encode("utf-8"))
for vector in json.loads((conformance / "websocket/frame-vectors.json").read_text()):
    target = "FuzzWebSocketServer" if vector["role"] == "server" else "FuzzWebSocketClient"
    stream(target, bytes.fromhex(vector["input_hex"]))

pb = [data for name, data in golden.items() if name.endswith(".pb") and len(data) < 1024]
ndjson = [data.replace(b"\n", b"") for name, data in golden.items() if name.endswith(".json") and len(data) < 1024]
stream("FuzzLengthDelimited", b"".join(varint(len(data)) + data for data in pb))
stream("FuzzLengthDelimited", b"".join(data + b"\n" for data in ndjson))
stream("FuzzLengthDelimited", b"\n\r\n" + b"\r\n".join(ndjson))

accept_headers = [
    "application/json", "application/vnd.msgpack", "application/x-msgpack", "application/protobuf",
    "application/x-protobuf", "*/*", "*", "application/*;q=0.5, application/json;q=0.1",
    "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8",
    ' Application/JSON ; Charset="UTF-8" ; q=0.25 , text/*;level=1', "application/json;charset=latin1",
    'application/json;q=.2, application/protobuf;q=0', 'text/plain;a="x, y";b="q\\"", */*;q=0.001',
]
for header in accept_headers:
    write("FuzzAcceptNegotiation", header.encode())

poll_requests = [
    ["application/json", "", "", "", ""], ["application/protobuf", "3", "2", "", "alice"],
    ["", "1", "1", "", ""], ["*/*", "8", "", '"json.8"', ""], ["application/json", "9", "", "", ""],
    ["application/vnd.msgpack", "4", "3", 'W/"msgpack.6-8", *', "bob"], ["", "18446744073709551616", "0"],
    ["", "+5", "-1"], ["", "0", "4"],
]
for fields in poll_requests:
    write("FuzzPollParameters", b"\x00".join(field.encode() for field in fields))

for folder in sorted(out.iterdir()):
    print(f"{folder.name}: {len(list(folder.iterdir()))} seeds")
