/// The bytes of a stream as an `AsyncSequence` of `ArraySlice<UInt8>` chunks of a fixed size (the last one
/// shorter): the input swift-openapi-runtime's SSE parser takes, as an HTTP client body would deliver it.
/// Slicing copies nothing; every chunk is ready at once, so the timing is the parser's.
struct ChunkedByteSequence: AsyncSequence, Sendable {
    typealias Element = ArraySlice<UInt8>

    let bytes: [UInt8]
    let chunkSize: Int

    /// Yields the next chunk, or `nil` at the end of the bytes.
    struct AsyncIterator: AsyncIteratorProtocol {
        let bytes: [UInt8]
        let chunkSize: Int
        var offset = 0

        mutating func next() async -> ArraySlice<UInt8>? {
            guard offset < bytes.count else { return nil }
            let end = Swift.min(offset + chunkSize, bytes.count)
            defer { offset = end }
            return bytes[offset..<end]
        }
    }

    func makeAsyncIterator() -> AsyncIterator {
        AsyncIterator(bytes: bytes, chunkSize: chunkSize)
    }
}
