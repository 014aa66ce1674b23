internal import CProtobufC

/// A per-call bump allocator behind protobuf-c's `ProtobufCAllocator`: `alloc` hands out the next
/// 16-byte-aligned slice of the current chunk (starting a new chunk when it is full), `free` does
/// nothing, and everything is released at once when the arena goes away — one release per decode
/// instead of one `free` per field.
///
/// The total is capped (``byteLimit``); beyond it `alloc` returns `NULL`, which protobuf-c reports as a
/// failed unpack, so no input can make the arena grow without bound.
final class BumpArena {
    private var chunks: [UnsafeMutableRawPointer] = []
    private var cursor: UnsafeMutableRawPointer?
    private var remaining = 0
    private var allocated = 0
    private let firstChunkBytes: Int
    /// The most bytes the arena hands out in total.
    let byteLimit: Int

    private static let alignment = 16

    /// Creates an arena whose first chunk holds `initialCapacity` bytes and that refuses to grow
    /// beyond `byteLimit`.
    init(initialCapacity: Int, byteLimit: Int) {
        self.firstChunkBytes = max(initialCapacity, 256)
        self.byteLimit = byteLimit
    }

    deinit {
        for chunk in chunks { chunk.deallocate() }
    }

    /// The next `size` bytes, aligned to 16, or `nil` when the limit would be exceeded.
    func allocate(_ size: Int) -> UnsafeMutableRawPointer? {
        guard size >= 0, size <= byteLimit else { return nil }
        let rounded = (size + Self.alignment - 1) & ~(Self.alignment - 1)
        if rounded > remaining || cursor == nil {
            // Each new chunk doubles the total so far; near the limit, a chunk of exactly what is asked.
            var chunkSize = max(rounded, chunks.isEmpty ? firstChunkBytes : allocated)
            if chunkSize > byteLimit - allocated {
                guard rounded <= byteLimit - allocated else { return nil }
                chunkSize = rounded
            }
            let chunk = UnsafeMutableRawPointer.allocate(byteCount: max(chunkSize, 1), alignment: Self.alignment)
            chunks.append(chunk)
            cursor = chunk
            remaining = chunkSize
            allocated += chunkSize
        }
        guard let pointer = cursor else { return nil }
        cursor = pointer + rounded
        remaining -= rounded
        return pointer
    }

    /// Runs `body` with a `ProtobufCAllocator` that allocates from this arena.
    func withAllocator<Result>(_ body: (UnsafeMutablePointer<ProtobufCAllocator>) -> Result) -> Result {
        var allocator = ProtobufCAllocator(
            alloc: bumpArenaAlloc,
            free: bumpArenaFree,
            allocator_data: Unmanaged.passUnretained(self).toOpaque()
        )
        return withExtendedLifetime(self) { withUnsafeMutablePointer(to: &allocator, body) }
    }
}

/// `ProtobufCAllocator.alloc`: the next slice of the arena passed as `allocator_data`.
private func bumpArenaAlloc(_ data: UnsafeMutableRawPointer?, _ size: Int) -> UnsafeMutableRawPointer? {
    guard let data else { return nil }
    return Unmanaged<BumpArena>.fromOpaque(data).takeUnretainedValue().allocate(size)
}

/// `ProtobufCAllocator.free`: nothing; the arena releases everything at once.
private func bumpArenaFree(_ data: UnsafeMutableRawPointer?, _ pointer: UnsafeMutableRawPointer?) {}
