#!/usr/bin/env bash
# Replaced by the Protocol Buffers codec work.
echo "test-asan: not yet written" >&2
exit 0
