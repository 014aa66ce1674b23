#!/usr/bin/env python3
"""Independent Protocol Buffers peer for the NotifyWire tests: Python's google.protobuf (upb).

The message classes are generated at run time, never committed: `protoc --python_out` into a temporary
folder. Should the installed runtime refuse that gencode (protoc 3.21 output under a 7.x runtime), the
classes are built instead from a `FileDescriptorSet` (`protoc --descriptor_set_out --include_imports`)
through `message_factory`, which involves no gencode version check.

Usage: protobuf_peer.py MODE TYPE < bytes
  TYPE  Notification | NotificationBatch
  MODE  json          parse the bytes, print `json_format.MessageToJson` (proto3 JSON names)
        reserialize   parse the bytes, write Python's own serialization (deterministic: map keys sorted)
        reverse       parse the bytes, write every set field serialized on its own, fields in reverse
                      field-number order and map entries in reverse key order (valid protobuf: a parser
                      must accept fields in any order)
Environment: NOTIFYWIRE_SCHEMAS (default: Schemas/ next to Tests/), NOTIFYWIRE_PROTOC (default: protoc),
NOTIFYWIRE_WELL_KNOWN_INCLUDE (default: /usr/include).
"""
import importlib
import os
import subprocess
import sys
import tempfile

from google.protobuf import json_format

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SCHEMAS = os.environ.get("NOTIFYWIRE_SCHEMAS", os.path.join(ROOT, "Schemas"))
PROTOC = os.environ.get("NOTIFYWIRE_PROTOC", "protoc")
WELL_KNOWN = os.environ.get("NOTIFYWIRE_WELL_KNOWN_INCLUDE", "/usr/include")
PROTO = "notify/v1/notification.proto"


def load_classes(scratch):
    """Returns {name: message class}, from gencode when the runtime accepts it, else dynamically."""
    includes = ["-I", SCHEMAS, "-I", WELL_KNOWN]
    try:
        subprocess.run([PROTOC, "--python_out=" + scratch] + includes + [PROTO], check=True)
        sys.path.insert(0, scratch)
        module = importlib.import_module("notify.v1.notification_pb2")
        return {name: getattr(module, name) for name in ("Notification", "NotificationBatch")}
    except Exception as error:  # noqa: BLE001 - any gencode problem falls back to the dynamic path
        print(f"protobuf_peer: gencode refused ({error}); using message_factory", file=sys.stderr)
    from google.protobuf import descriptor_pb2, descriptor_pool, message_factory

    descriptor_path = os.path.join(scratch, "notification.desc")
    subprocess.run(
        [PROTOC, "--include_imports", "--descriptor_set_out=" + descriptor_path] + includes + [PROTO], check=True
    )
    file_set = descriptor_pb2.FileDescriptorSet()
    with open(descriptor_path, "rb") as handle:
        file_set.ParseFromString(handle.read())
    pool = descriptor_pool.DescriptorPool()
    for file_proto in file_set.file:
        pool.Add(file_proto)
    return {
        name: message_factory.GetMessageClass(pool.FindMessageTypeByName("notify.v1." + name))
        for name in ("Notification", "NotificationBatch")
    }


def is_repeated(field):
    """Whether `field` is repeated, across runtimes (`label` was removed from upb's descriptors)."""
    if hasattr(field, "is_repeated"):
        return field.is_repeated
    return field.label == field.LABEL_REPEATED


def reverse_serialization(message):
    """Each set field serialized alone, last field first; map entries one by one, last key first."""
    groups = []
    for field, value in message.ListFields():
        if field.message_type is not None and field.message_type.GetOptions().map_entry:
            entries = []
            for key in sorted(value.keys(), reverse=True):
                entry = type(message)()
                getattr(entry, field.name)[key] = value[key]
                entries.append(entry.SerializeToString())
            groups.append(b"".join(entries))
            continue
        single = type(message)()
        if is_repeated(field):
            getattr(single, field.name).extend(value)
        elif field.message_type is not None:
            getattr(single, field.name).CopyFrom(value)
        else:
            setattr(single, field.name, value)
        groups.append(single.SerializeToString())
    return b"".join(reversed(groups))


def main():
    if len(sys.argv) != 3 or sys.argv[2] not in ("Notification", "NotificationBatch"):
        print(__doc__, file=sys.stderr)
        return 2
    mode, name = sys.argv[1], sys.argv[2]
    with tempfile.TemporaryDirectory() as scratch:
        message = load_classes(scratch)[name]()
        message.ParseFromString(sys.stdin.buffer.read())
    if mode == "json":
        sys.stdout.write(json_format.MessageToJson(message, indent=None, sort_keys=True))
    elif mode == "reserialize":
        sys.stdout.buffer.write(message.SerializeToString(deterministic=True))
    elif mode == "reverse":
        sys.stdout.buffer.write(reverse_serialization(message))
    else:
        print(f"protobuf_peer: unknown mode {mode}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
