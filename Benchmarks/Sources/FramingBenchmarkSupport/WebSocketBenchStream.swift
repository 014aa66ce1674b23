import NIOCore
import NotifyWire

/// A multi-megabyte stream of masked client frames (what a server reads), built once at setup by our
/// encoder in the client role (a fresh random masking key per frame), one unfragmented frame per message.
struct WebSocketBenchStream {
    /// `binary64KiB` or `json`.
    let name: String
    /// The whole stream.
    let stream: ByteBuffer
    /// What decoding it must deliver: one message per frame, and the payload bytes of them all.
    let expected: StreamTally

    /// 64 binary messages of 64 KiB of pseudo-random bytes (4 MiB of payload).
    static func binary64KiB() -> WebSocketBenchStream {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        let payloads = (0..<64).map { _ in
            var payload = ByteBufferAllocator().buffer(capacity: 64 << 10)
            for _ in 0..<((64 << 10) / 8) {
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                payload.writeInteger(state)
            }
            return payload
        }
        return WebSocketBenchStream(name: "binary64KiB", opcode: .binary, payloads: payloads)
    }

    /// Typical notifications as JSON text messages, each with its own id and sequence, at least 4 MiB.
    static func json() throws -> WebSocketBenchStream {
        var payloads: [ByteBuffer] = []
        var total = 0
        while total < 4 << 20 {
            var notification = SampleCorpus.typical
            notification.id = "ntf-\(1_000_000 + payloads.count)"
            notification.sequence = UInt64(5_000_000 + payloads.count)
            var payload = ByteBuffer()
            try JSONCodec().encode(notification, into: &payload)
            total += payload.readableBytes
            payloads.append(payload)
        }
        return WebSocketBenchStream(name: "json", opcode: .text, payloads: payloads)
    }

    private init(name: String, opcode: WebSocketOpcode, payloads: [ByteBuffer]) {
        let encoder = WebSocketFrameEncoder(role: .client)
        var stream = ByteBufferAllocator().buffer(capacity: payloads.reduce(0) { $0 + $1.readableBytes + 14 })
        var expected = StreamTally()
        for payload in payloads {
            encoder.writeMessage(opcode, payload: payload, into: &stream)
            expected.add(payload.readableBytes)
        }
        self.name = name
        self.stream = stream
        self.expected = expected
    }

    /// The stream cut in `chunkSize`-byte slices, as a server's reads would deliver it.
    func chunks(of chunkSize: Int) -> [ByteBuffer] {
        stride(from: 0, to: stream.readableBytes, by: chunkSize).compactMap { start in
            stream.getSlice(at: start, length: min(chunkSize, stream.readableBytes - start))
        }
    }
}
