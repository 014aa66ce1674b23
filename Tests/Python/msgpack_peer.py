#!/usr/bin/env python3
"""Independent MessagePack peer for NotifyWire's tests, built on Python's `msgpack` package.

Subcommands (input on stdin, output on stdout, a problem is a message on stderr and exit status 1):

  to-json [--batch]
      Reads concatenated MessagePack values (notifications, or batches with --batch), decodes each with
      `msgpack` (Timestamp extension included) and prints it as one proto3 JSON document per line.
      Also checks that the bytes are canonical: `msgpack.packb` of the decoded value gives the same bytes
      back (smallest integer, string, container and timestamp forms; key order as written), and that the
      keys are in field-number order with `data` keys sorted by their UTF-8 bytes.

  from-json [--batch] [--keys names|numbers|mixed]
      Reads one proto3 JSON document per line and prints two hex encodings per line, separated by a space:
      first `msgpack.packb` of plain maps whose keys are in reverse field-number order, then a hand-built
      encoding with the widest forms (map32, array32, str32 headers, every integer as uint64 or int64, the
      96-bit timestamp form). `mixed` alternates names and numbers key by key.
"""
import datetime
import json
import re
import sys

import msgpack

NOTIFICATION = ["id", "kind", "createdAt", "recipientId", "actor", "title", "body", "subject", "priority",
                "read", "data", "sequence", "url", "tags"]
ACTOR = ["id", "displayName", "avatarUrl"]
SUBJECT = ["type", "id", "parentId"]
BATCH = ["notifications", "cursor", "hasMore"]
KINDS = ["KIND_UNSPECIFIED", "COMMENT", "MENTION", "STATUS_CHANGE", "ORDER_UPDATE", "MESSAGE", "SYSTEM_ALERT"]
PRIORITIES = ["PRIORITY_UNSPECIFIED", "LOW", "NORMAL", "HIGH", "URGENT"]
EPOCH = datetime.datetime(1970, 1, 1, tzinfo=datetime.timezone.utc)


class PeerError(Exception):
    pass


# ---------------------------------------------------------------- MessagePack -> proto3 JSON

def names_of(value, fields, where):
    """Maps a decoded map with name or number keys to names, checking field-number order."""
    if not isinstance(value, dict):
        raise PeerError(f"{where}: expected a map, found {type(value).__name__}")
    out = {}
    numbers = []
    for key, item in value.items():
        if isinstance(key, int) and 1 <= key <= len(fields):
            name = fields[key - 1]
        elif isinstance(key, str) and key in fields:
            name = key
        else:
            raise PeerError(f"{where}: unknown key {key!r}")
        numbers.append(fields.index(name))
        out[name] = item
    if numbers != sorted(numbers):
        raise PeerError(f"{where}: keys are not in field-number order: {list(value.keys())}")
    return out


def rfc3339(stamp):
    if not isinstance(stamp, msgpack.Timestamp):
        raise PeerError(f"createdAt: expected a Timestamp, found {type(stamp).__name__}")
    moment = EPOCH + datetime.timedelta(seconds=stamp.seconds)
    text = (f"{moment.year:04d}-{moment.month:02d}-{moment.day:02d}"
            f"T{moment.hour:02d}:{moment.minute:02d}:{moment.second:02d}")
    nanos = stamp.nanoseconds
    if nanos:
        digits = f"{nanos:09d}"
        text += "." + (digits[:3] if nanos % 1_000_000 == 0 else digits[:6] if nanos % 1000 == 0 else digits)
    return text + "Z"


def enum_json(number, names):
    if not isinstance(number, int) or isinstance(number, bool):
        raise PeerError(f"expected an integer enum, found {number!r}")
    return names[number] if 0 <= number < len(names) else number


def strings_map(value, where):
    fields = {}
    for key, item in value.items():
        if not isinstance(key, str) or not isinstance(item, str):
            raise PeerError(f"{where}: expected str keys and values")
        fields[key] = item
    return fields


def notification_json(value, where="notification"):
    fields = names_of(value, NOTIFICATION, where)
    out = {}
    for name, item in fields.items():
        if name == "kind":
            out[name] = enum_json(item, KINDS)
        elif name == "priority":
            out[name] = enum_json(item, PRIORITIES)
        elif name == "createdAt":
            out[name] = rfc3339(item)
        elif name == "actor":
            out[name] = strings_map(names_of(item, ACTOR, where + ".actor"), where + ".actor")
        elif name == "subject":
            out[name] = strings_map(names_of(item, SUBJECT, where + ".subject"), where + ".subject")
        elif name == "data":
            data = strings_map(item, where + ".data")
            keys = list(data.keys())
            if keys != sorted(keys, key=lambda k: k.encode("utf-8")):
                raise PeerError(f"{where}.data: keys are not sorted by their UTF-8 bytes")
            out[name] = data
        elif name == "sequence":
            if not isinstance(item, int) or isinstance(item, bool) or item < 0:
                raise PeerError(f"{where}.sequence: expected an unsigned integer")
            out[name] = str(item)
        elif name == "read":
            if item is not True:
                raise PeerError(f"{where}.read: a written boolean must be true (false is the default)")
            out[name] = item
        elif name == "tags":
            if not isinstance(item, list) or not all(isinstance(tag, str) for tag in item):
                raise PeerError(f"{where}.tags: expected an array of str")
            out[name] = item
        else:
            if not isinstance(item, str) or item == "":
                raise PeerError(f"{where}.{name}: expected a non-empty str")
            out[name] = item
    return out


def batch_json(value):
    fields = names_of(value, BATCH, "batch")
    out = {}
    for name, item in fields.items():
        if name == "notifications":
            out[name] = [notification_json(n, f"notifications[{i}]") for i, n in enumerate(item)]
        else:
            out[name] = item
    return out


def to_json(batch):
    data = sys.stdin.buffer.read()
    unpacker = msgpack.Unpacker(raw=False, strict_map_key=False, timestamp=0, max_buffer_size=len(data) + 1)
    unpacker.feed(data)
    start = 0
    for index, value in enumerate(unpacker):
        end = unpacker.tell()
        if msgpack.packb(value, use_bin_type=True, datetime=False) != data[start:end]:
            raise PeerError(f"value {index} is not in the canonical (smallest) form")
        start = end
        document = batch_json(value) if batch else notification_json(value)
        sys.stdout.write(json.dumps(document, ensure_ascii=False, separators=(",", ":")) + "\n")
    if start != len(data):
        raise PeerError(f"{len(data) - start} bytes left over after the last complete value")


# ---------------------------------------------------------------- proto3 JSON -> MessagePack

TIME = re.compile(r"^(\d{4})-(\d\d)-(\d\d)[Tt](\d\d):(\d\d):(\d\d)(?:\.(\d{1,9}))?(?:([Zz])|([+-])(\d\d):(\d\d))$")


class Wide:
    """A timestamp parsed from JSON, written by hand in the 96-bit form in the wide encoding."""

    def __init__(self, seconds, nanos):
        self.seconds, self.nanos = seconds, nanos


def parse_time(text):
    match = TIME.match(text)
    if not match:
        raise PeerError(f"not an RFC 3339 time: {text!r}")
    year, month, day, hour, minute, second = (int(match.group(i)) for i in range(1, 7))
    days = (datetime.date(year, month, day) - datetime.date(1970, 1, 1)).days
    seconds = days * 86400 + hour * 3600 + minute * 60 + second
    if match.group(9):
        offset = int(match.group(10)) * 3600 + int(match.group(11)) * 60
        seconds -= offset if match.group(9) == "+" else -offset
    nanos = int((match.group(7) or "").ljust(9, "0"))
    return Wide(seconds, nanos)


def enum_number(value, names):
    return names.index(value) if isinstance(value, str) else int(value)


def notification_fields(document):
    """Field number -> value (plain Python values, Wide for the timestamp, nested maps keyed by number)."""
    fields = {}
    for name, value in document.items():
        number = NOTIFICATION.index(name) + 1
        if name == "kind":
            value = enum_number(value, KINDS)
        elif name == "priority":
            value = enum_number(value, PRIORITIES)
        elif name == "createdAt":
            value = parse_time(value)
        elif name == "sequence":
            value = int(value)
        elif name == "actor":
            value = {ACTOR.index(k) + 1: v for k, v in value.items()}
        elif name == "subject":
            value = {SUBJECT.index(k) + 1: v for k, v in value.items()}
        fields[number] = value
    return fields


def batch_fields(document):
    fields = {}
    for name, value in document.items():
        number = BATCH.index(name) + 1
        fields[number] = [notification_fields(n) for n in value] if name == "notifications" else value
    return fields


def keyed(fields, names, keys, nested):
    """Turns a number-keyed map into a plain dict in reverse field-number order with the chosen key style."""
    out = {}
    for position, number in enumerate(sorted(fields, reverse=True)):
        use_name = keys == "names" or (keys == "mixed" and position % 2 == 0)
        value = fields[number]
        if number in nested:
            value = nested[number](value)
        out[names[number - 1] if use_name else number] = value
    return out


def library_form(fields, batch, keys):
    def stamp(wide):
        return msgpack.Timestamp(wide.seconds, wide.nanos)

    def notification(f):
        return keyed(f, NOTIFICATION, keys, {
            3: stamp,
            5: lambda a: keyed(a, ACTOR, keys, {}),
            8: lambda s: keyed(s, SUBJECT, keys, {}),
            11: lambda d: dict(reversed(list(d.items()))),
        })

    value = keyed(fields, BATCH, keys, {1: lambda ns: [notification(n) for n in ns]}) if batch \
        else notification(fields)
    return msgpack.packb(value, use_bin_type=True, datetime=False)


def wide_form(value):
    """The widest encoding of every value: the decoder must accept forms that are not the smallest."""
    if isinstance(value, bool):
        return b"\xc3" if value else b"\xc2"
    if isinstance(value, int):
        return b"\xcf" + value.to_bytes(8, "big") if value >= 0 else b"\xd3" + value.to_bytes(8, "big", signed=True)
    if isinstance(value, str):
        raw = value.encode("utf-8")
        return b"\xdb" + len(raw).to_bytes(4, "big") + raw
    if isinstance(value, Wide):
        return b"\xc7\x0c\xff" + value.nanos.to_bytes(4, "big") + value.seconds.to_bytes(8, "big", signed=True)
    if isinstance(value, list):
        return b"\xdd" + len(value).to_bytes(4, "big") + b"".join(wide_form(v) for v in value)
    if isinstance(value, dict):
        return b"\xdf" + len(value).to_bytes(4, "big") + b"".join(wide_form(k) + wide_form(v) for k, v in value.items())
    raise PeerError(f"cannot write {value!r}")


def wide_keyed(fields, names, keys, batch):
    def notification(f):
        nested = {5: lambda a: keyed(a, ACTOR, keys, {}), 8: lambda s: keyed(s, SUBJECT, keys, {})}
        return keyed(f, NOTIFICATION, keys, nested)

    if batch:
        return keyed(fields, BATCH, keys, {1: lambda ns: [notification(n) for n in ns]})
    return notification(fields)


def from_json(batch, keys):
    for line in sys.stdin.buffer.read().decode("utf-8").split("\n"):
        if not line.strip():
            continue
        document = json.loads(line)
        fields = batch_fields(document) if batch else notification_fields(document)
        library = library_form(fields, batch, keys)
        wide = wide_form(wide_keyed(fields, NOTIFICATION, keys, batch))
        sys.stdout.write(library.hex() + " " + wide.hex() + "\n")


def main(arguments):
    if not arguments or arguments[0] not in ("to-json", "from-json"):
        raise PeerError("usage: msgpack_peer.py to-json [--batch] | from-json [--batch] [--keys names|numbers|mixed]")
    batch = "--batch" in arguments
    keys = "names"
    if "--keys" in arguments:
        keys = arguments[arguments.index("--keys") + 1]
        if keys not in ("names", "numbers", "mixed"):
            raise PeerError(f"unknown key style {keys!r}")
    if arguments[0] == "to-json":
        to_json(batch)
    else:
        from_json(batch, keys)


if __name__ == "__main__":
    try:
        main(sys.argv[1:])
    except (PeerError, ValueError, KeyError, TypeError) as problem:
        sys.stderr.write(f"msgpack_peer: {problem}\n")
        sys.exit(1)
