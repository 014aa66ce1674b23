import NIOCore
import NotifyWireFraming
import NotifyWireTestSupport
import Testing

/// Text validation in the decoder against the standard library's UTF-8 decoder, on seeded random texts
/// mixing valid scalars with stray bytes, whole and fragmented at random points.
@Suite struct WebSocketUTF8Tests {
    /// A random text: valid scalars of every length, sometimes broken by a stray or truncated byte.
    static func randomText(using generator: inout SeededGenerator) -> [UInt8] {
        var bytes: [UInt8] = []
        for _ in 0..<Int.random(in: 0...40, using: &generator) {
            switch Int.random(in: 0..<10, using: &generator) {
            case 0..<3: bytes.append(UInt8.random(in: 0x20...0x7E, using: &generator))
            case 3: bytes += Array("é".utf8)
            case 4: bytes += Array("€".utf8)
            case 5: bytes += Array("😀".utf8)
            case 6: bytes += Array("\u{10FFFF}".utf8)
            case 7: bytes += Array("\u{D7FF}\u{E000}".utf8)
            case 8 where Int.random(in: 0..<4, using: &generator) == 0:
                bytes.append(UInt8.random(in: 0x80...0xFF, using: &generator))
            default: bytes += Array(String(repeating: "a", count: Int.random(in: 0...20, using: &generator)).utf8)
            }
        }
        return bytes
    }

    /// Where a validator that reads byte by byte must fail, from the standard library's parser: the start
    /// of the first ill-formed subsequence when its first byte can never start a scalar, else the byte after
    /// its maximal valid prefix (the end of the text for a truncated last sequence); `nil` when valid.
    static func firstFailure(of bytes: [UInt8]) -> Int? {
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var offset = 0
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let scalar): offset += scalar.count
            case .emptyInput: return nil
            case .error(let length):
                let lead = bytes[offset]
                let neverStarts = lead >= 0x80 && lead < 0xC2 || lead >= 0xF5
                return neverStarts ? offset : offset + length
            }
        }
    }

    /// A client-side stream (unmasked frames) carrying `text` as a text message cut at `cuts`.
    static func frames(_ text: [UInt8], cutAt cuts: [Int]) -> [UInt8] {
        var stream = ByteBuffer()
        let encoder = WebSocketFrameEncoder(role: .server)
        let bounds = [0] + cuts + [text.count]
        for index in 0..<bounds.count - 1 {
            encoder.writeFrame(
                fin: index == bounds.count - 2, opcode: index == 0 ? .text : .continuation,
                payload: ByteBuffer(bytes: text[bounds[index]..<bounds[index + 1]]), maskingKey: nil, into: &stream)
        }
        return Array(stream.readableBytesView)
    }

    @Test func agreesWithTheStandardLibraryOnRandomTexts() throws {
        var generator = SeededGenerator(seed: 99)
        var invalidSeen = 0
        for _ in 0..<600 {
            let text = Self.randomText(using: &generator)
            let expected = Self.firstFailure(of: text)
            if expected != nil { invalidSeen += 1 }
            // Whole, in one frame: the error offset is the header (2 or 4 bytes) plus the failing index.
            var decoder = WebSocketMessageDecoder(role: .client)
            var buffer = ByteBuffer(bytes: Self.frames(text, cutAt: []))
            do {
                let message = try decoder.decode(buffer: &buffer)
                #expect(expected == nil && message == .text(ByteBuffer(bytes: text)), "\(text)")
            } catch {
                #expect(error.code == .webSocketInvalidUTF8 && error.closeCode == 1007)
                #expect(error.offset == expected.map { $0 + (text.count < 126 ? 2 : 4) }, "\(text)")
            }
            // Fragmented anywhere, even inside sequences: valid exactly when the whole text is.
            let cuts = WebSocketFeeding.randomOffsets(count: text.count, using: &generator)
            let outcome = WebSocketFeeding.decode(Self.frames(text, cutAt: cuts), role: .client)
            #expect((outcome.error == nil) == (expected == nil), "\(text) cut at \(cuts)")
            #expect(outcome.error.map { $0.closeCode == 1007 } ?? true)
        }
        #expect(invalidSeen > 50 && invalidSeen < 550)
    }

    @Test(
        arguments: [
            [0xC0, 0x80], [0xE0, 0x80, 0x80], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xF5, 0x80, 0x80, 0x80],
            [0xFF], [0x80], [0xE2, 0x82],
        ] as [[UInt8]])
    func knownInvalidSequencesFail(sequence: [UInt8]) {
        #expect(Self.firstFailure(of: sequence) != nil)
        let outcome = WebSocketFeeding.decode(Self.frames(Array("ok".utf8) + sequence, cutAt: [1]), role: .client)
        #expect(outcome.error == WebSocketOutcome.Failure(kind: "invalid_utf8", closeCode: 1007))
    }
}
