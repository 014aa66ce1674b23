#!/usr/bin/env bash
# Regenerates the protoc-c output for Schemas/ into the C target folder given as $1
# (`make generate` passes Sources/CNotifyWireProto).
#
# protoc-c writes `<name>.pb-c.h` and `<name>.pb-c.c` side by side, folders following the .proto paths.
# SwiftPM wants a C target's public headers under `include/`, so the headers go to `$1/include/<path>`
# and the sources to `$1/<path>`; the bytes are exactly what protoc-c wrote (never edited), and the
# generated `#include "google/protobuf/timestamp.pb-c.h"` resolves through the target's `include/`
# header search path (Package.swift). `include/module.modulemap` is hand-written and left alone.
set -euo pipefail
cd "$(dirname "$0")/.."

target="${1:?usage: generate-protos.sh TARGET_FOLDER}"
protos=(notify/v1/notification.proto google/protobuf/timestamp.proto)
well_known_include="${PROTOC_WELL_KNOWN_INCLUDE:-/usr/include}"

for tool in protoc-c; do
    command -v "$tool" >/dev/null || { echo "generate-protos: $tool not found (run make setup)" >&2; exit 1; }
done
[[ -f "$well_known_include/google/protobuf/timestamp.proto" ]] || {
    echo "generate-protos: $well_known_include/google/protobuf/timestamp.proto not found (run make setup)" >&2
    exit 1
}

scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
protoc-c --c_out="$scratch" -I Schemas -I "$well_known_include" "${protos[@]}"

mkdir -p "$target/include"
for proto in "${protos[@]}"; do
    stem="${proto%.proto}"
    mkdir -p "$target/include/$(dirname "$stem")" "$target/$(dirname "$stem")"
    cp "$scratch/$stem.pb-c.h" "$target/include/$stem.pb-c.h"
    cp "$scratch/$stem.pb-c.c" "$target/$stem.pb-c.c"
done
echo "generate-protos: wrote the protoc-c output for ${protos[*]} into $target"
