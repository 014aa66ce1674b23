import NIOCore
import NotifyWireCore
import NotifyWireFraming
import NotifyWireTestSupport
import Testing

/// Writer output fed to the parser in seeded random chunkings gives back the events that were written.
@Suite struct SSEWriterParserDripFeedTests {
    /// `text` with CRLF and CR turned into LF, as a parser joins `data:` lines.
    static func normalizingLineBreaks(_ text: String) -> String {
        var bytes: [UInt8] = []
        var previousWasCR = false
        for byte in text.utf8 {
            if byte == UInt8(ascii: "\n") && previousWasCR {
                previousWasCR = false
                continue
            }
            previousWasCR = byte == UInt8(ascii: "\r")
            bytes.append(previousWasCR ? UInt8(ascii: "\n") : byte)
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    @Test(arguments: [1, 2, 3, 4, 5] as [UInt64])
    func randomEventsSurviveRandomChunking(seed: UInt64) throws {
        var generator = SeededGenerator(seed: seed)
        let writer = SSEEventWriter()
        var stream = ByteBuffer()
        var expected: [SSEEvent] = []
        var lastID = ""
        for index in 0..<60 {
            let id: String? = Bool.random(using: &generator) ? String(index) : nil
            let event: String? = Int.random(in: 0..<4, using: &generator) == 0 ? "kind\(index % 3)" : nil
            if let id { lastID = id }
            if Bool.random(using: &generator) {
                let text = RandomNotifications.string(maxLength: 60, using: &generator)
                try writer.write(payload: ByteBuffer(string: text), id: id, event: event, kind: .text, into: &stream)
                expected.append(
                    SSEEvent(type: event ?? "message", data: Self.normalizingLineBreaks(text), lastEventID: lastID))
            } else {
                let bytes = (0..<Int.random(in: 0...40, using: &generator)).map { _ in
                    [0x0A, 0x0D, 0x00, 0xEF, UInt8.random(in: 0...255, using: &generator)].randomElement(
                        using: &generator) ?? 0
                }
                try writer.write(payload: ByteBuffer(bytes: bytes), id: id, event: event, kind: .binary, into: &stream)
                var base64 = ByteBuffer()
                // The expected data is computed independently of our encoder, from the RFC alphabet.
                base64.writeString(Self.referenceBase64(bytes))
                expected.append(SSEEvent(type: event ?? "message", data: String(buffer: base64), lastEventID: lastID))
            }
            if Int.random(in: 0..<5, using: &generator) == 0 { writer.writeHeartbeat(into: &stream) }
        }
        let bytes = Array(stream.readableBytesView)
        for _ in 0..<8 {
            let offsets = SSEFeeding.randomOffsets(count: bytes.count, using: &generator)
            let result = try SSEFeeding.parse(bytes, splitAt: offsets)
            #expect(result.events == expected)
            #expect(result.lastEventID == lastID)
        }
    }

    /// A bit-by-bit base64 reference (RFC 4648), deliberately unlike the table-driven encoder.
    static func referenceBase64(_ bytes: [UInt8]) -> String {
        let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")
        var bits: [Bool] = bytes.flatMap { byte in (0..<8).map { byte & (0x80 >> $0) != 0 } }
        while bits.count % 6 != 0 { bits.append(false) }
        var text = ""
        for start in stride(from: 0, to: bits.count, by: 6) {
            let value = bits[start..<start + 6].reduce(0) { $0 * 2 + ($1 ? 1 : 0) }
            text.append(alphabet[value])
        }
        while text.count % 4 != 0 { text.append("=") }
        return text
    }
}
