#ifndef C_FUZZ_DRIVER_H
#define C_FUZZ_DRIVER_H

#include <stddef.h>
#include <stdint.h>

// libFuzzer's driver (linked by `-sanitize=fuzzer`). SwiftPM gives every executable a `main` of its own,
// so libFuzzer's `main` is never linked; each target's `main` calls this instead, with its
// `LLVMFuzzerTestOneInput`.
int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));

#endif
