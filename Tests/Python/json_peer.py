#!/usr/bin/env python3
"""Independent checks of NotifyWire's JSON, run by the Swift tests.

Reads one JSON document per line on standard input (NotifyWire's canonical JSON never contains a raw
newline) and, per subcommand:

  validate [--batch]      validate each document against Schemas/notify/v1/notification.schema.json
                          (a batch against its #/$defs/NotificationBatch) with `jsonschema`;
                          prints "ok" per document, or the errors and exits 1.
  json-format [--batch]   parse each document with google.protobuf.json_format into a message generated
                          at run time by `protoc --python_out` (into a temporary folder, never committed)
                          and print it back with MessageToJson, one document per line.
"""
import json
import os
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SCHEMAS = os.path.join(ROOT, "Schemas")


def documents():
    for line in sys.stdin.buffer.read().split(b"\n"):
        if line.strip():
            yield line


def validate(batch):
    import jsonschema

    with open(os.path.join(SCHEMAS, "notify/v1/notification.schema.json"), encoding="utf-8") as handle:
        schema = json.load(handle)
    if batch:
        schema = dict(schema)
        schema["$ref"] = "#/$defs/NotificationBatch"
        del schema["anyOf"]
    validator = jsonschema.Draft202012Validator(schema)
    failed = False
    for index, line in enumerate(documents()):
        errors = sorted(validator.iter_errors(json.loads(line)), key=lambda error: list(error.path))
        if errors:
            failed = True
            for error in errors:
                print(f"document {index}: {'/'.join(map(str, error.path))}: {error.message}", file=sys.stderr)
            print("invalid")
        else:
            print("ok")
    return 1 if failed else 0


def generated_module(folder):
    subprocess.run(
        ["protoc", f"--python_out={folder}", "-I", SCHEMAS, "-I", "/usr/include", "notify/v1/notification.proto"],
        check=True,
    )
    sys.path.insert(0, folder)
    from notify.v1 import notification_pb2  # noqa: E402  (generated just above)

    return notification_pb2


def json_format_round_trip(batch):
    from google.protobuf import json_format

    with tempfile.TemporaryDirectory() as folder:
        module = generated_module(folder)
        message_type = module.NotificationBatch if batch else module.Notification
        for line in documents():
            message = json_format.Parse(line.decode("utf-8"), message_type())
            text = json_format.MessageToJson(message, indent=None, ensure_ascii=False)
            sys.stdout.buffer.write(text.encode("utf-8") + b"\n")
    return 0


def main(arguments):
    if not arguments:
        print(__doc__, file=sys.stderr)
        return 64
    command, options = arguments[0], arguments[1:]
    batch = "--batch" in options
    if command == "validate":
        return validate(batch)
    if command == "json-format":
        return json_format_round_trip(batch)
    print(f"unknown command {command}", file=sys.stderr)
    return 64


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
