internal import CProtobufC
import NIOCore

/// A `ProtobufCBuffer` whose `append` writes into a SwiftNIO `ByteBuffer`, so that
/// `protobuf_c_message_pack_to_buffer` appends straight to the caller's buffer.
///
/// The C struct and a pointer to the `ByteBuffer` sit side by side in one stack allocation; the `append`
/// callback finds the `ByteBuffer` right after the `ProtobufCBuffer` it is given. Callers reserve the
/// packed size first (`get_packed_size`), so appending never reallocates.
enum ProtobufBufferSink {
    private static let contextOffset: Int = {
        let size = MemoryLayout<ProtobufCBuffer>.stride
        let alignment = MemoryLayout<UnsafeMutableRawPointer>.alignment
        return (size + alignment - 1) / alignment * alignment
    }()

    /// Runs `body` with a `ProtobufCBuffer` that appends to `buffer`, valid only inside `body`.
    static func withSink(appendingTo buffer: inout ByteBuffer, _ body: (UnsafeMutablePointer<ProtobufCBuffer>) -> Void)
    {
        withUnsafeMutablePointer(to: &buffer) { target in
            withUnsafeTemporaryAllocation(
                byteCount: contextOffset + MemoryLayout<UnsafeMutableRawPointer>.size,
                alignment: max(MemoryLayout<ProtobufCBuffer>.alignment, MemoryLayout<UnsafeMutableRawPointer>.alignment)
            ) { raw in
                guard let base = raw.baseAddress else { return }
                let sink = base.bindMemory(to: ProtobufCBuffer.self, capacity: 1)
                sink.initialize(to: ProtobufCBuffer(append: appendToByteBuffer))
                (base + contextOffset).storeBytes(of: UnsafeMutableRawPointer(target), as: UnsafeMutableRawPointer.self)
                body(sink)
                sink.deinitialize(count: 1)
            }
        }
    }

    /// The `ByteBuffer` stored after `sink`.
    fileprivate static func target(of sink: UnsafeMutablePointer<ProtobufCBuffer>) -> UnsafeMutablePointer<ByteBuffer> {
        (UnsafeMutableRawPointer(sink) + contextOffset)
            .load(as: UnsafeMutableRawPointer.self)
            .assumingMemoryBound(to: ByteBuffer.self)
    }
}

/// `ProtobufCBuffer.append`: copies `length` bytes from `data` to the end of the sink's `ByteBuffer`.
private func appendToByteBuffer(
    _ sink: UnsafeMutablePointer<ProtobufCBuffer>?,
    _ length: Int,
    _ data: UnsafePointer<UInt8>?
) {
    guard let sink, let data, length > 0 else { return }
    ProtobufBufferSink.target(of: sink).pointee.writeBytes(UnsafeRawBufferPointer(start: data, count: length))
}
