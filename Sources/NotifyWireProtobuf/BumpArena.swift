internal import CProtobufC

/// A per-call bump allocator behind protobuf-c's `ProtobufCAllocator`: `alloc` hands out the next
/// 16-byte-aligned slice of the current chunk (starting a new chunk when it is full), `free` does
/// nothing, and everything is released at once when the call returns — one release per decode instead
/// of one `free` per field.
///
/// The first chunk is sized by the caller from the input; when that fits in 4 KiB it is carved from
/// storage in the caller's stack frame, so that a typical unpack allocates nothing on the heap, and
/// otherwise it is one heap allocation. Further chunks (only for input that unpacks into unusually many
/// structs) are heap-allocated and chained through their first bytes. The total is capped (`byteLimit`); beyond it `alloc` returns `NULL`, which
/// protobuf-c reports as a failed unpack, so no input can make the arena grow without bound.
enum BumpArena {
    /// The alignment of every slice.
    fileprivate static let alignment = 16

    /// Where the arena stands, kept in the same allocation as the `ProtobufCAllocator` pointing at it.
    fileprivate struct State {
        var cursor: UnsafeMutableRawPointer
        var remaining: Int
        var allocated: Int
        let byteLimit: Int
        /// The most recent heap chunk; each heap chunk's first word points at the one before it.
        var heapChunks: UnsafeMutableRawPointer?
    }

    /// The bytes in front of the first chunk: the allocator, then the state, rounded up to the alignment.
    private static let headerBytes: Int = {
        let stateOffset = MemoryLayout<ProtobufCAllocator>.stride.roundedUp(to: MemoryLayout<State>.alignment)
        return (stateOffset + MemoryLayout<State>.stride).roundedUp(to: alignment)
    }()

    private static let stateOffset = MemoryLayout<ProtobufCAllocator>.stride.roundedUp(
        to: MemoryLayout<State>.alignment
    )

    /// Runs `body` with a `ProtobufCAllocator` over an arena whose first chunk holds `initialCapacity`
    /// bytes and that refuses to hand out more than `byteLimit` bytes in total; everything allocated is
    /// released when `body` returns.
    static func withAllocator<Result>(
        initialCapacity: Int,
        byteLimit: Int,
        _ body: (UnsafeMutablePointer<ProtobufCAllocator>) -> Result
    ) -> Result {
        let firstChunk = max(initialCapacity, 256).roundedUp(to: alignment)
        guard firstChunk > stackChunkBytes else {
            // A plain local, so that it lives in this frame whatever the thread (`withUnsafeTemporaryAllocation`
            // falls back to the heap above 1 KiB where it cannot tell how much stack is left).
            var storage = StackStorage(repeating: 0)
            return withUnsafeMutablePointer(to: &storage) { storage in
                let memory = UnsafeMutableRawPointer(storage).alignedUp(toMultipleOf: alignment)
                return run(in: memory, firstChunk: stackChunkBytes, byteLimit: byteLimit, body)
            }
        }
        let memory = UnsafeMutableRawPointer.allocate(byteCount: headerBytes + firstChunk, alignment: alignment)
        defer { memory.deallocate() }
        return run(in: memory, firstChunk: firstChunk, byteLimit: byteLimit, body)
    }

    /// The in-frame storage of a small arena: 4 KiB, 8-byte aligned.
    private typealias StackStorage = InlineArray<512, UInt64>

    /// The first chunk carved from ``StackStorage`` once the header and the alignment slack are taken.
    private static let stackChunkBytes =
        (MemoryLayout<StackStorage>.size - alignment - headerBytes) & ~(alignment - 1)

    private static func run<Result>(
        in memory: UnsafeMutableRawPointer,
        firstChunk: Int,
        byteLimit: Int,
        _ body: (UnsafeMutablePointer<ProtobufCAllocator>) -> Result
    ) -> Result {
        let state = (memory + stateOffset).bindMemory(to: State.self, capacity: 1)
        state.initialize(
            to: State(
                cursor: memory + headerBytes,
                remaining: firstChunk,
                allocated: firstChunk,
                byteLimit: max(byteLimit, firstChunk),
                heapChunks: nil
            )
        )
        let allocator = memory.bindMemory(to: ProtobufCAllocator.self, capacity: 1)
        allocator.initialize(
            to: ProtobufCAllocator(
                alloc: bumpArenaAlloc, free: bumpArenaFree, allocator_data: UnsafeMutableRawPointer(state))
        )
        defer {
            var chunk = state.pointee.heapChunks
            while let current = chunk {
                chunk = current.load(as: UnsafeMutableRawPointer?.self)
                current.deallocate()
            }
            allocator.deinitialize(count: 1)
            state.deinitialize(count: 1)
        }
        return body(allocator)
    }

    /// The next `size` bytes of the arena behind `state`, aligned to 16, or `nil` when the limit would
    /// be exceeded.
    fileprivate static func allocate(_ size: Int, in state: UnsafeMutablePointer<State>) -> UnsafeMutableRawPointer? {
        let byteLimit = state.pointee.byteLimit
        guard size >= 0, size <= byteLimit else { return nil }
        let rounded = size.roundedUp(to: alignment)
        if rounded > state.pointee.remaining {
            // Each new chunk doubles the total so far; near the limit, a chunk of exactly what is asked.
            let allocated = state.pointee.allocated
            var chunkSize = max(rounded, allocated)
            if chunkSize > byteLimit - allocated {
                guard rounded <= byteLimit - allocated else { return nil }
                chunkSize = rounded
            }
            let chunk = UnsafeMutableRawPointer.allocate(byteCount: alignment + chunkSize, alignment: alignment)
            chunk.storeBytes(of: state.pointee.heapChunks, as: UnsafeMutableRawPointer?.self)
            state.pointee.heapChunks = chunk
            state.pointee.cursor = chunk + alignment
            state.pointee.remaining = chunkSize
            state.pointee.allocated = allocated + chunkSize
        }
        let pointer = state.pointee.cursor
        state.pointee.cursor = pointer + rounded
        state.pointee.remaining -= rounded
        return pointer
    }
}

extension Int {
    /// The value rounded up to a multiple of `alignment` (a power of two); only for non-negative sizes
    /// well below `Int.max`.
    fileprivate func roundedUp(to alignment: Int) -> Int {
        (self + alignment - 1) & ~(alignment - 1)
    }
}

/// `ProtobufCAllocator.alloc`: the next slice of the arena whose state is passed as `allocator_data`.
private func bumpArenaAlloc(_ data: UnsafeMutableRawPointer?, _ size: Int) -> UnsafeMutableRawPointer? {
    guard let data else { return nil }
    return BumpArena.allocate(size, in: data.assumingMemoryBound(to: BumpArena.State.self))
}

/// `ProtobufCAllocator.free`: nothing; the arena releases everything at once.
private func bumpArenaFree(_ data: UnsafeMutableRawPointer?, _ pointer: UnsafeMutableRawPointer?) {}
