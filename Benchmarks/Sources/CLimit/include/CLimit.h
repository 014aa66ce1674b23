// The limit: msgpack-c and protobuf-c called from C on C structs built once, with no Swift in the loop.
// A `climit_message` holds one notification (or batch) as protobuf-c structs, unpacked once from
// Protocol Buffers bytes at setup, plus everything the timed calls reuse: an output buffer, a bump arena
// for protobuf-c's unpacker and a msgpack-c zone. The timed calls allocate nothing of their own.
#ifndef CLIMIT_H
#define CLIMIT_H

#include <stddef.h>
#include <stdint.h>

typedef struct climit_message climit_message;

/// Unpacks `bytes` (a notify.v1.Notification, or a NotificationBatch when `is_batch`) once; NULL on failure.
climit_message *climit_message_create(const uint8_t *bytes, size_t length, int is_batch);
void climit_message_destroy(climit_message *message);

/// The encoded bytes of the last encode call.
const uint8_t *climit_output(const climit_message *message);

/// protobuf-c: `get_packed_size` then `pack` into the reused output buffer. Returns the size, 0 on failure.
size_t climit_protobuf_encode(climit_message *message);
/// protobuf-c: `unpack` with a bump allocator over a reused arena, then a walk over every string.
/// Returns the summed string length (so the work cannot be dropped), or -1 on failure.
long climit_protobuf_decode(climit_message *message, const uint8_t *bytes, size_t length);

/// msgpack-c: the notification's map (string keys, or field numbers when `numbers`), written with a
/// `msgpack_packer` whose callback appends to the reused output buffer. Returns the size, 0 on failure.
size_t climit_msgpack_encode(climit_message *message, int numbers);
/// msgpack-c: `msgpack_unpack` into a reused zone, then a walk that dispatches every key and reads every
/// value. Returns the summed string length, or -1 on failure.
long climit_msgpack_decode(climit_message *message, const uint8_t *bytes, size_t length);

/// `memcpy` of `length` bytes from `source` into the reused output buffer (at most its capacity).
void climit_memcpy(climit_message *message, const uint8_t *source, size_t length);

#endif
