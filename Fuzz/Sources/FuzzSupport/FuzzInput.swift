public import NIOCore

/// Splits a fuzz input into chunks at points taken from the input itself, so that incremental parsers
/// meet every split the fuzzer can think of.
///
/// Layout: the first byte is the number of split points (modulo 16), each of the next that many bytes is a
/// chunk length (0 is an empty chunk), and the rest is the stream. The last chunk holds what is left.
public struct FuzzInput {
    /// The stream the parser reads.
    public let stream: [UInt8]
    /// The stream cut into chunks; joined, they are `stream`.
    public let chunks: [[UInt8]]

    /// Reads `bytes` as described on the type.
    public init(_ bytes: UnsafeRawBufferPointer) {
        let all = Array(bytes)
        guard let first = all.first else {
            stream = []
            chunks = [[]]
            return
        }
        let splitCount = min(Int(first % 16), all.count - 1)
        let lengths = all[1..<(1 + splitCount)].map(Int.init)
        stream = Array(all[(1 + splitCount)...])
        var chunks: [[UInt8]] = []
        var index = 0
        for length in lengths {
            let end = min(stream.count, index + length)
            chunks.append(Array(stream[index..<end]))
            index = end
        }
        chunks.append(Array(stream[index...]))
        self.chunks = chunks
    }

    /// The stream in one buffer.
    public var wholeBuffer: ByteBuffer { ByteBuffer(bytes: stream) }
}
