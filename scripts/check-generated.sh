#!/usr/bin/env bash
# Fails when the committed protoc-c output in Sources/CNotifyWireProto (from Schemas/) or Sources/CProtoDescriptor
# (from google/protobuf/descriptor.proto) differs from what protoc-c makes today: regenerates into a temporary
# folder and compares every generated file byte for byte.
set -euo pipefail
cd "$(dirname "$0")/.."

scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
bash scripts/generate-protos.sh "$scratch/CNotifyWireProto" "$scratch/CProtoDescriptor" >/dev/null

status=0
for name in CNotifyWireProto CProtoDescriptor; do
    committed="Sources/$name"
    generated="$scratch/$name"
    # Every file protoc-c generates must be committed unchanged ...
    while IFS= read -r -d '' file; do
        relative="${file#"$generated"/}"
        if [[ ! -f "$committed/$relative" ]]; then
            echo "check-generated: $committed/$relative is missing" >&2
            status=1
        elif ! cmp -s "$file" "$committed/$relative"; then
            echo "check-generated: $committed/$relative differs from protoc-c output:" >&2
            diff -u "$committed/$relative" "$file" | head -40 >&2 || true
            status=1
        fi
    done < <(find "$generated" -type f \( -name '*.pb-c.c' -o -name '*.pb-c.h' \) -print0)
    # ... and no stale generated file may linger.
    while IFS= read -r -d '' file; do
        relative="${file#"$committed"/}"
        if [[ ! -f "$generated/$relative" ]]; then
            echo "check-generated: $committed/$relative is not generated any more" >&2
            status=1
        fi
    done < <(find "$committed" -type f \( -name '*.pb-c.c' -o -name '*.pb-c.h' \) -print0)
done

if ((status)); then
    echo "check-generated: the committed C code is out of date; run \`make generate\` and commit the result" >&2
    exit 1
fi
echo "check-generated: Sources/CNotifyWireProto and Sources/CProtoDescriptor match protoc-c output"
