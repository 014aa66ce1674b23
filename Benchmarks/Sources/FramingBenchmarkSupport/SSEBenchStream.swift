import NIOCore
import NotifyWire

/// A multi-megabyte Server-Sent Events stream built once at setup by our `SSEEventWriter`: notifications of
/// the built-in corpus (typical, minimal, large, typical, …), each with its own `id` and `sequence`, encoded by
/// one codec (JSON as `data:` text, a binary codec as one base64 `data:` line per event).
struct SSEBenchStream {
    /// `json` or `base64`.
    let name: String
    /// The whole stream.
    let bytes: [UInt8]
    /// What parsing it must deliver: one event per notification, and the `data` bytes of them all.
    let expected: StreamTally

    /// Builds a stream of at least `minimumBytes` bytes.
    init(name: String, codec: some NotificationCodec, minimumBytes: Int = 4 << 20) throws {
        let writer = SSEEventWriter()
        let shapes = [SampleCorpus.typical, SampleCorpus.minimal, SampleCorpus.large, SampleCorpus.typical]
        var stream = ByteBufferAllocator().buffer(capacity: minimumBytes + (64 << 10))
        var event = ByteBufferAllocator().buffer(capacity: 16 << 10)
        var expected = StreamTally()
        var index = 0
        while stream.readableBytes < minimumBytes {
            var notification = shapes[index % shapes.count]
            notification.id = "ntf-\(1_000_000 + index)"
            notification.sequence = UInt64(5_000_000 + index)
            event.clear()
            try writer.write(notification, codec: codec, into: &event)
            // Every event here is `id: …`, one `data: …` line, and a blank line (no line break in the payload).
            expected.add(Self.dataBytes(ofEvent: event.readableBytesView))
            stream.writeImmutableBuffer(event)
            index += 1
        }
        self.name = name
        self.bytes = Array(stream.readableBytesView)
        self.expected = expected
    }

    /// The stream cut in `chunkSize`-byte `ByteBuffer`s (slices of one buffer: no copy when fed).
    func chunks(of chunkSize: Int) -> [ByteBuffer] {
        let whole = ByteBuffer(bytes: bytes)
        return stride(from: 0, to: bytes.count, by: chunkSize).compactMap { start in
            whole.getSlice(at: start, length: min(chunkSize, bytes.count - start))
        }
    }

    /// The length of the value of the one `data: ` line of an event written by `SSEEventWriter`.
    private static func dataBytes(ofEvent event: ByteBufferView) -> Int {
        let prefix = Array("\ndata: ".utf8)
        guard let start = event.firstRange(of: prefix)?.upperBound,
            let end = event[start...].firstIndex(of: UInt8(ascii: "\n"))
        else { return 0 }
        return end - start
    }
}
