#!/usr/bin/env python3
"""Shared helpers of the `serve_*.py` clients that talk to a running `notifywire serve` (standard library plus
the independent peers: `msgpack`, `google.protobuf`).

- `Decoder`: decodes one encoded notification or batch with the independent peers (Python's `json` plus
  `google.protobuf.json_format` for JSON, `msgpack_peer` for MessagePack, Python's `google.protobuf` for
  Protocol Buffers) into a proto3 JSON dict, which the Swift tests read back with NotifyWire's JSON codec.
- `http_request`: one HTTP/1.1 request over a raw socket (`http.client`), with a timeout.
- `publish`: POST a JSON notification to `/notifications`; returns the stored notification (201 body).
- `carried`: how a report carries a notification or a batch (base64 of its JSON text).
- `jwt_hs256`: mints an HS256 JWT with `hmac`, `hashlib` and `base64` only.
- `deadline`: an overall alarm so that no client can hang a test.
"""
import base64
import hashlib
import hmac
import http.client
import json
import os
import signal
import sys
import tempfile
import urllib.parse

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import msgpack  # noqa: E402
import msgpack_peer  # noqa: E402
import protobuf_peer  # noqa: E402
from google.protobuf import json_format  # noqa: E402

CODECS = ("json", "msgpack", "protobuf")
MEDIA_TYPES = {"json": "application/json", "msgpack": "application/vnd.msgpack", "protobuf": "application/protobuf"}
SUBPROTOCOLS = {"notifywire.v1." + codec: codec for codec in CODECS}


class ClientError(Exception):
    """A check of a client failed: printed on stderr, exit status 1."""


def deadline(seconds):
    """Ends the process with status 3 after `seconds`, whatever it is doing."""

    def expired(_signal, _frame):
        sys.stderr.write(f"{os.path.basename(sys.argv[0])}: no answer within {seconds} s\n")
        os._exit(3)

    signal.signal(signal.SIGALRM, expired)
    # A child inherits its parent's blocked signals, and the Swift test runner's threads block some: unblock.
    signal.pthread_sigmask(signal.SIG_UNBLOCK, [signal.SIGALRM])
    signal.alarm(max(1, int(seconds)))


class Decoder:
    """Decodes NotifyWire payloads with the independent peers into proto3 JSON dicts."""

    def __init__(self):
        self._scratch = tempfile.TemporaryDirectory()
        self._classes = None

    def _message(self, name):
        if self._classes is None:
            self._classes = protobuf_peer.load_classes(self._scratch.name)
        return self._classes[name]()

    def notification(self, codec, payload):
        """One notification's payload (bytes) in `codec` → proto3 JSON dict."""
        return self._decode(codec, payload, "Notification")

    def batch(self, codec, payload):
        """One batch's payload (bytes) in `codec` → proto3 JSON dict."""
        return self._decode(codec, payload, "NotificationBatch")

    def _decode(self, codec, payload, name):
        if codec == "json":
            message = self._message(name)
            json_format.Parse(payload.decode("utf-8"), message)  # strict: unknown fields are errors
            return json_format.MessageToDict(message)
        if codec == "msgpack":
            value = msgpack.unpackb(payload, raw=False, strict_map_key=False, timestamp=0)
            if msgpack.packb(value, use_bin_type=True, datetime=False) != payload:
                raise ClientError("a MessagePack payload is not in the canonical (smallest) form")
            if name == "Notification":
                return msgpack_peer.notification_json(value)
            return msgpack_peer.batch_json(value)
        if codec == "protobuf":
            message = self._message(name)
            message.ParseFromString(payload)
            return json_format.MessageToDict(message)
        raise ClientError(f"unknown codec {codec}")


def split_url(url):
    """`http://host:port` → (host, port); `https://` defaults to port 443."""
    parsed = urllib.parse.urlsplit(url)
    return parsed.hostname, parsed.port or (443 if parsed.scheme == "https" else 80)


def http_request(url, method, path, body=None, headers=None, timeout=10):
    """One request on a fresh connection: returns (status, headers dict with lower-case names, body bytes).
    An `https://` URL is verified against the system's trust store, or the file named by `SSL_CERT_FILE`."""
    host, port = split_url(url)
    if url.startswith("https://"):
        connection = http.client.HTTPSConnection(host, port, timeout=timeout)
    else:
        connection = http.client.HTTPConnection(host, port, timeout=timeout)
    try:
        connection.request(method, path, body=body, headers=headers or {})
        response = connection.getresponse()
        data = response.read()
        return response.status, {k.lower(): v for k, v in response.getheaders()}, data
    finally:
        connection.close()


def publish(url, document, token=None, timeout=10):
    """POSTs one notification (a proto3 JSON dict or a JSON string) as JSON; returns the stored notification."""
    body = document if isinstance(document, (bytes, str)) else json.dumps(document)
    headers = {"Content-Type": "application/json"}
    if token:
        headers["Authorization"] = "Bearer " + token
    status, _, data = http_request(url, "POST", "/notifications", body, headers, timeout)
    if status != 201:
        raise ClientError(f"POST /notifications answered {status}: {data[:200]!r}")
    return json.loads(data)


def read_documents():
    """The proto3 JSON notifications on standard input, one per line (split on LF only: str.splitlines would
    also split inside strings holding U+2028 or other separators, which JSON leaves raw)."""
    return [json.loads(line) for line in sys.stdin.read().split("\n") if line.strip()]


def b64url(data):
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def jwt_hs256(secret, claims):
    """An HS256 JWT of `claims`, signed with `secret` (RFC 7519 / RFC 7515 compact form)."""
    header = b64url(json.dumps({"alg": "HS256", "typ": "JWT"}, separators=(",", ":")).encode())
    payload = b64url(json.dumps(claims, separators=(",", ":")).encode())
    signing_input = f"{header}.{payload}".encode("ascii")
    signature = hmac.new(secret.encode("utf-8"), signing_input, hashlib.sha256).digest()
    return f"{header}.{payload}.{b64url(signature)}"


def carried(document):
    """A decoded notification or batch as it goes into a report: base64 of its UTF-8 JSON text, so that the
    Swift test hands the exact text to NotifyWire's JSON codec (Foundation's JSONSerialization on Linux drops
    some U+FEFF characters from strings, which would make equal notifications compare unequal)."""
    text = json.dumps(document, ensure_ascii=False, separators=(",", ":"))
    return base64.b64encode(text.encode("utf-8")).decode("ascii")


def report(value):
    """Prints the client's report as one JSON document on standard output."""
    sys.stdout.write(json.dumps(value, ensure_ascii=False, separators=(",", ":")) + "\n")
    sys.stdout.flush()


def run(main):
    """Runs `main()`, turning a failed check into a message on stderr and exit status 1."""
    try:
        main()
    except (ClientError, OSError, ValueError, KeyError, msgpack_peer.PeerError) as problem:
        sys.stderr.write(f"{os.path.basename(sys.argv[0])}: {type(problem).__name__}: {problem}\n")
        sys.exit(1)
