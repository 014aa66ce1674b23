import NIOCore
import NIOTestUtils
import NotifyWireFraming
import NotifyWireTestSupport
import Testing

/// The WebSocket decoders through NIO's `ByteToMessageDecoderVerifier` (see ``DecoderVerifierTests``): a
/// server reads masked client frames, a client unmasked server frames. Inputs hold several frames and never a
/// close, after which a decoder reads nothing more.
@Suite struct WebSocketDecoderVerifierTests {
    /// A frame built by hand from RFC 6455 section 5.2, independently of ``WebSocketFrameEncoder``: the
    /// minimal length encoding, masked with `key` when one is given.
    static func frame(_ opcode: WebSocketOpcode, fin: Bool = true, _ payload: [UInt8], key: [UInt8]? = nil)
        -> [UInt8]
    {
        var bytes: [UInt8] = [(fin ? 0x80 : 0) | opcode.rawValue]
        let maskBit: UInt8 = key == nil ? 0 : 0x80
        switch payload.count {
        case 0...125: bytes.append(maskBit | UInt8(payload.count))
        case 126...0xFFFF: bytes += [maskBit | 126, UInt8(payload.count >> 8), UInt8(payload.count & 0xFF)]
        default:
            bytes.append(maskBit | 127)
            for shift in stride(from: 56, through: 0, by: -8) {
                bytes.append(UInt8(truncatingIfNeeded: payload.count >> shift))
            }
        }
        guard let key else { return bytes + payload }
        return bytes + key + payload.enumerated().map { $0.element ^ key[$0.offset % 4] }
    }

    static let key: [UInt8] = [0x37, 0xFA, 0x21, 0x3D]
    static let hello = Array("Hello".utf8)
    static let blob = (0..<300).map { UInt8(truncatingIfNeeded: $0 * 7) }

    /// The frames of RFC 6455 section 5.7 and longer ones, for `role`'s peer to send.
    static func frames(for role: WebSocketRole) -> (input: [UInt8], frames: [WebSocketFrame]) {
        let key = role == .server ? Self.key : nil
        let parts: [(WebSocketOpcode, Bool, [UInt8])] = [
            (.text, true, hello), (.text, false, Array("Hel".utf8)), (.continuation, true, Array("lo".utf8)),
            (.ping, true, hello), (.pong, true, []), (.binary, false, Array(blob.prefix(126))),
            (.ping, true, [0x70]), (.continuation, true, blob), (.binary, true, []),
        ]
        let input = parts.flatMap { Self.frame($0.0, fin: $0.1, $0.2, key: key) }
        return (input, parts.map { WebSocketFrame(fin: $0.1, opcode: $0.0, payload: ByteBuffer(bytes: $0.2)) })
    }

    @Test func theHandBuiltFramesAreTheRFCExamples() {
        #expect(Self.frame(.text, Self.hello) == [0x81, 0x05, 0x48, 0x65, 0x6C, 0x6C, 0x6F])
        #expect(
            Self.frame(.text, Self.hello, key: Self.key)
                == [0x81, 0x85, 0x37, 0xFA, 0x21, 0x3D, 0x7F, 0x9F, 0x4D, 0x51, 0x58])
        #expect(Self.frame(.binary, Array(repeating: 0, count: 256)).prefix(4) == [0x82, 0x7E, 0x01, 0x00])
    }

    @Test(arguments: [WebSocketRole.server, .client])
    func webSocketFrameDecoder(role: WebSocketRole) throws {
        let (input, frames) = Self.frames(for: role)
        let first = Self.frame(.text, Self.hello, key: role == .server ? Self.key : nil)
        let pairs = [
            (ByteBuffer(bytes: input), frames),
            (
                ByteBuffer(bytes: first),
                [WebSocketFrame(fin: true, opcode: .text, payload: ByteBuffer(bytes: Self.hello))]
            ),
        ]
        try ByteToMessageDecoderVerifier.verifyDecoder(inputOutputPairs: pairs) { WebSocketFrameDecoder(role: role) }
    }

    /// The vendored frame vectors of `role` that deliver data messages or control frames (not both, whose order
    /// the file does not record), no close and no error, with default limits and payloads up to 4 KiB (the
    /// byte-by-byte pass is slow on more); then the hand-built frames as messages.
    @Test(arguments: [WebSocketRole.server, .client])
    func webSocketMessageDecoder(role: WebSocketRole) throws {
        let roleName = role == .server ? "server" : "client"
        let vectors = try WebSocketFrameVector.loadAll().filter { vector in
            let oneKind = vector.expect.messages.isEmpty != vector.expect.control.isEmpty
            let closes = vector.expect.control.contains { $0.opcode == "close" }
            let defaultLimits = vector.maxFrame == 1_048_576 && vector.maxMessage == 1_048_576
            // It ends inside a frame that never completes, so the bytes are left over when the channel closes.
            let leavesBytes = vector.name == "incomplete trailing frame is not delivered"
            return vector.role == roleName && vector.expect.error == nil && oneKind && !closes && defaultLimits
                && vector.input.count <= 4096 && !leavesBytes
        }
        #expect(vectors.count >= 6, "only \(vectors.count) \(roleName) vectors fit")
        var pairs: [(ByteBuffer, [WebSocketMessage])] = try vectors.map { vector in
            let items = vector.expect.messages + vector.expect.control
            return (ByteBuffer(bytes: vector.input), try items.map(Self.message))
        }
        // Several vectors in one input.
        let joined = pairs.prefix(4).flatMap { Array($0.0.readableBytesView) }
        pairs.append((ByteBuffer(bytes: joined), pairs.prefix(4).flatMap(\.1)))
        let (input, _) = Self.frames(for: role)
        let messages: [WebSocketMessage] = [
            .text(ByteBuffer(bytes: Self.hello)), .text(ByteBuffer(bytes: Self.hello)),
            .ping(ByteBuffer(bytes: Self.hello)), .pong(ByteBuffer()), .ping(ByteBuffer(bytes: [0x70])),
            .binary(ByteBuffer(bytes: Array(Self.blob.prefix(126)) + Self.blob)), .binary(ByteBuffer()),
        ]
        pairs.append((ByteBuffer(bytes: input), messages))
        try ByteToMessageDecoderVerifier.verifyDecoder(inputOutputPairs: pairs) { WebSocketMessageDecoder(role: role) }
    }

    /// A vector's item as the message the decoder delivers.
    static func message(_ item: WebSocketOutcome.Item) throws -> WebSocketMessage {
        let payload = ByteBuffer(bytes: try #require(Hex.bytes(item.payloadHex)))
        switch item.opcode {
        case "text": return .text(payload)
        case "binary": return .binary(payload)
        case "ping": return .ping(payload)
        case "pong": return .pong(payload)
        default: throw WebSocketVectorFormatError(detail: "unexpected opcode \(item.opcode)")
        }
    }
}
