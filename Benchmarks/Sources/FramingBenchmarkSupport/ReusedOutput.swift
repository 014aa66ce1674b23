import NIOCore

/// A `ByteBuffer` that a benchmark closure reuses across operations.
final class ReusedOutput {
    var buffer: ByteBuffer

    init(capacity: Int) {
        buffer = ByteBufferAllocator().buffer(capacity: capacity)
    }
}
