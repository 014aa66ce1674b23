internal import CProtobufC
import NIOCore

#if canImport(Glibc)
    internal import Glibc
#elseif canImport(Musl)
    internal import Musl
#elseif canImport(Darwin)
    internal import Darwin
#endif

/// A `ProtobufCBuffer` whose `append` is a plain `memcpy` into memory reserved once in a SwiftNIO
/// `ByteBuffer`, so that `protobuf_c_message_pack_to_buffer` appends straight to the caller's buffer.
///
/// The C struct and the sink's state (write cursor and bytes left) sit side by side in one
/// stack allocation; the `append` callback finds the state right after the `ProtobufCBuffer` it is given.
/// Callers reserve an upper bound of the packed size; should protobuf-c ever append more than that, the
/// sink stops copying and reports the overflow instead of writing past the reservation, and the caller
/// retries with the exact size.
enum ProtobufBufferSink {
    /// What the `append` callback updates; `remaining` turns negative once something did not fit.
    fileprivate struct State {
        var cursor: UnsafeMutableRawPointer
        var remaining: Int
    }

    private static let stateOffset: Int = {
        let size = MemoryLayout<ProtobufCBuffer>.stride
        let alignment = MemoryLayout<State>.alignment
        return (size + alignment - 1) / alignment * alignment
    }()

    /// Reserves at least `bound` bytes at `buffer`'s writer index, writes `prefix` (at most `bound`
    /// bytes) there, then runs `body` with a `ProtobufCBuffer` that appends after it, valid only inside
    /// `body`. Moves the writer index past what was written and returns `true`; when `body` appends more
    /// than was reserved, writes nothing and returns `false`.
    static func write(
        into buffer: inout ByteBuffer,
        reserving bound: Int,
        prefix: UnsafeRawBufferPointer = UnsafeRawBufferPointer(start: nil, count: 0),
        _ body: (UnsafeMutablePointer<ProtobufCBuffer>) -> Void
    ) -> Bool {
        var fitted = false
        _ = buffer.writeWithUnsafeMutableBytes(minimumWritableBytes: max(bound, prefix.count, 1)) { target in
            guard let start = target.baseAddress, prefix.count <= target.count else { return 0 }
            if let prefixStart = prefix.baseAddress, !prefix.isEmpty {
                memcpy(start, prefixStart, prefix.count)
            }
            let written = withSink(
                writingTo: start + prefix.count,
                capacity: target.count - prefix.count,
                body
            )
            guard let written else { return 0 }
            fitted = true
            return prefix.count + written
        }
        return fitted
    }

    /// Runs `body` with a sink writing to `capacity` bytes at `start`; the count written, or `nil` on
    /// overflow.
    private static func withSink(
        writingTo start: UnsafeMutableRawPointer,
        capacity: Int,
        _ body: (UnsafeMutablePointer<ProtobufCBuffer>) -> Void
    ) -> Int? {
        withUnsafeTemporaryAllocation(
            byteCount: stateOffset + MemoryLayout<State>.size,
            alignment: max(MemoryLayout<ProtobufCBuffer>.alignment, MemoryLayout<State>.alignment)
        ) { raw -> Int? in
            guard let base = raw.baseAddress else { return nil }
            let sink = base.bindMemory(to: ProtobufCBuffer.self, capacity: 1)
            sink.initialize(to: ProtobufCBuffer(append: appendToMemory))
            let state = (base + stateOffset).bindMemory(to: State.self, capacity: 1)
            state.initialize(to: State(cursor: start, remaining: capacity))
            body(sink)
            let remaining = state.pointee.remaining
            let result = remaining < 0 ? nil : capacity - remaining
            state.deinitialize(count: 1)
            sink.deinitialize(count: 1)
            return result
        }
    }

    /// The state stored after `sink`.
    fileprivate static func state(of sink: UnsafeMutablePointer<ProtobufCBuffer>) -> UnsafeMutablePointer<State> {
        (UnsafeMutableRawPointer(sink) + stateOffset).assumingMemoryBound(to: State.self)
    }
}

/// `ProtobufCBuffer.append`: copies `length` bytes from `data` to the sink's cursor, or marks the sink as
/// overflowed (a negative `remaining`, which no later call gets past) when they do not fit.
private func appendToMemory(
    _ sink: UnsafeMutablePointer<ProtobufCBuffer>?,
    _ length: Int,
    _ data: UnsafePointer<UInt8>?
) {
    guard let sink, let data, length > 0 else { return }
    let state = ProtobufBufferSink.state(of: sink)
    let remaining = state.pointee.remaining
    guard length <= remaining else {
        state.pointee.remaining = -1
        return
    }
    let cursor = state.pointee.cursor
    memcpy(cursor, data, length)
    state.pointee.cursor = cursor + length
    state.pointee.remaining = remaining - length
}
