#!/usr/bin/env bash
# Refreshes the vendored conformance data (Tests/Fixtures/conformance/) from ../shared/conformance/.
# Users clone without ../shared; the tests read only the vendored copy.
set -euo pipefail
cd "$(dirname "$0")/.."
source_dir="../shared/conformance"
target_dir="Tests/Fixtures/conformance"
if [[ ! -d "$source_dir" ]]; then
    echo "sync-conformance: $source_dir not found; keeping the vendored copy in $target_dir"
    exit 0
fi
mkdir -p "$target_dir"
for suite in json msgpack sse websocket; do
    rm -rf "${target_dir:?}/$suite"
    cp -R "$source_dir/$suite" "$target_dir/$suite"
done
echo "sync-conformance: refreshed $target_dir from $source_dir"
