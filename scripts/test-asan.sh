#!/usr/bin/env bash
# Runs the C-interop codecs' decoder tests once more under AddressSanitizer, so that any misuse of
# protobuf-c's or msgpack-c's memory (a read past a buffer, a use after the arena is released) fails
# the build. Own scratch folder (.build-asan), so the normal debug build is left alone.
#
# Only the suites that drive the C libraries directly are run: codec round trips, golden vectors with
# every truncation, encoding errors, hostile input, seeded mutations and U+0000 through the substitute.
# The protoc, Python and generated-code checks start other processes and gain nothing from the sanitizer.
set -euo pipefail
cd "$(dirname "$0")/.."

SWIFT="${SWIFT:-swift}"
protobuf_suites='ProtobufCodecTests|ProtobufGoldenVectorTests|ProtobufEncodingErrorTests|ProtobufDecoderSafetyTests|ProtobufNULTests'
filter="NotifyWireProtobufTests\.($protobuf_suites)|NotifyWireMessagePackTests|NotifyWireValidationTests\.PayloadValidatorTests"

# Leaks are not errors here: the module's one deliberate process-lifetime allocation (the map-entry
# descriptor copy) and the test runner's own would otherwise fail the run.
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=0:abort_on_error=1}"
"$SWIFT" test --sanitize=address --scratch-path .build-asan --filter "$filter"
