#!/usr/bin/env python3
"""Independent check of NotifyWire's validity rules, run by the Swift tests.

  validation_peer.py [--batch] FILE...

validates each JSON file with `jsonschema` against #/$defs/ValidNotification of
Schemas/notify/v1/notification.schema.json (with --batch: #/$defs/ValidNotificationBatch) and prints one
line per file, `valid NAME` or `invalid NAME`, NAME being the file's base name. A file that is not JSON is
invalid. Exits 0 whatever the verdicts; the Swift test compares them with `notifywire validate --strict`.
"""
import json
import os
import sys

import jsonschema

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SCHEMA = os.path.join(ROOT, "Schemas/notify/v1/notification.schema.json")


def main(arguments):
    batch = "--batch" in arguments
    files = [argument for argument in arguments if argument != "--batch"]
    with open(SCHEMA, encoding="utf-8") as handle:
        schema = json.load(handle)
    schema = dict(schema)
    del schema["anyOf"]
    schema["$ref"] = "#/$defs/ValidNotificationBatch" if batch else "#/$defs/ValidNotification"
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema)
    for path in files:
        name = os.path.basename(path)
        try:
            with open(path, "rb") as handle:
                document = json.loads(handle.read().decode("utf-8"))
        except (ValueError, UnicodeDecodeError):
            print("invalid", name)
            continue
        print("valid" if validator.is_valid(document) else "invalid", name)


if __name__ == "__main__":
    main(sys.argv[1:])
