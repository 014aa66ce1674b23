#!/usr/bin/env bash
# Replaced by the Protocol Buffers codec work.
echo "check-generated: not yet written" >&2
exit 0
