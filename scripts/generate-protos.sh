#!/usr/bin/env bash
# Regenerates the protoc-c output for Schemas/ into the C target folder given as $1
# (`make generate` passes Sources/CNotifyWireProto).
#
# protoc-c writes `<name>.pb-c.h` and `<name>.pb-c.c` side by side, folders following the .proto paths.
# SwiftPM wants a C target's public headers under `include/`, so the headers go to `$1/include/<path>`
# and the sources to `$1/<path>`; the bytes are exactly what protoc-c wrote (never edited), and the
# generated `#include "google/protobuf/timestamp.pb-c.h"` resolves through the target's `include/`
# header search path (Package.swift). `include/module.modulemap` is hand-written and left alone.
#
# The same is done for google/protobuf/descriptor.proto into the folder given as $2 (default: CProtoDescriptor
# beside $1, i.e. Sources/CProtoDescriptor): the C code `notifywire schema` reads `protoc --descriptor_set_out`
# output with. Only the validation module links it, never the codecs.
set -euo pipefail
cd "$(dirname "$0")/.."

target="${1:?usage: generate-protos.sh TARGET_FOLDER [DESCRIPTOR_TARGET_FOLDER]}"
descriptor_target="${2:-$(dirname "$target")/CProtoDescriptor}"
protos=(notify/v1/notification.proto google/protobuf/timestamp.proto)
descriptor_protos=(google/protobuf/descriptor.proto)
well_known_include="${PROTOC_WELL_KNOWN_INCLUDE:-/usr/include}"

for tool in protoc-c; do
    command -v "$tool" >/dev/null || { echo "generate-protos: $tool not found (run make setup)" >&2; exit 1; }
done
for proto in "${protos[@]:1}" "${descriptor_protos[@]}"; do
    [[ -f "$well_known_include/$proto" ]] || {
        echo "generate-protos: $well_known_include/$proto not found (run make setup)" >&2
        exit 1
    }
done

scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
protoc-c --c_out="$scratch" -I Schemas -I "$well_known_include" "${protos[@]}"
protoc-c --c_out="$scratch" -I "$well_known_include" "${descriptor_protos[@]}"

# copy_generated FOLDER PROTO...: headers to FOLDER/include/<path>, sources to FOLDER/<path>.
copy_generated() {
    local folder="$1"
    shift
    mkdir -p "$folder/include"
    for proto in "$@"; do
        stem="${proto%.proto}"
        mkdir -p "$folder/include/$(dirname "$stem")" "$folder/$(dirname "$stem")"
        cp "$scratch/$stem.pb-c.h" "$folder/include/$stem.pb-c.h"
        cp "$scratch/$stem.pb-c.c" "$folder/$stem.pb-c.c"
    done
    echo "generate-protos: wrote the protoc-c output for $* into $folder"
}
copy_generated "$target" "${protos[@]}"
copy_generated "$descriptor_target" "${descriptor_protos[@]}"
