import NIOCore
import NotifyWireFraming
import Testing

/// The encoder's exact bytes (RFC 6455 section 5.7), its checks of control frames, and its fragmentation.
@Suite struct WebSocketFrameEncoderTests {
    /// The masking key of the RFC's examples.
    static let rfcKey = WebSocketMaskingKey(0x37, 0xFA, 0x21, 0x3D)

    private func bytes(_ write: (inout ByteBuffer) throws -> Void) rethrows -> [UInt8] {
        var buffer = ByteBuffer()
        try write(&buffer)
        return Array(buffer.readableBytesView)
    }

    private func hello() -> ByteBuffer { ByteBuffer(string: "Hello") }

    @Test func rfcSingleFrameUnmaskedText() {
        let encoder = WebSocketFrameEncoder(role: .server)
        #expect(
            bytes { encoder.writeMessage(.text, payload: hello(), into: &$0) } == [
                0x81, 0x05, 0x48, 0x65, 0x6C, 0x6C, 0x6F,
            ])
    }

    @Test func rfcSingleFrameMaskedText() {
        let encoder = WebSocketFrameEncoder(role: .client, maskingKeySource: { Self.rfcKey })
        #expect(
            bytes { encoder.writeMessage(.text, payload: hello(), into: &$0) }
                == [0x81, 0x85, 0x37, 0xFA, 0x21, 0x3D, 0x7F, 0x9F, 0x4D, 0x51, 0x58])
    }

    @Test func rfcFragmentedUnmaskedText() {
        // The RFC splits "Hello" as "Hel" + "lo": a 3-byte frame limit does the same.
        let encoder = WebSocketFrameEncoder(role: .server, maxFramePayloadBytes: 3)
        #expect(
            bytes { encoder.writeMessage(.text, payload: hello(), into: &$0) }
                == [0x01, 0x03, 0x48, 0x65, 0x6C, 0x80, 0x02, 0x6C, 0x6F])
    }

    @Test func rfcUnmaskedPingAndMaskedPong() throws {
        let server = WebSocketFrameEncoder(role: .server)
        #expect(
            try bytes { try server.writePing(payload: hello(), into: &$0) } == [
                0x89, 0x05, 0x48, 0x65, 0x6C, 0x6C, 0x6F,
            ])
        let client = WebSocketFrameEncoder(role: .client, maskingKeySource: { Self.rfcKey })
        #expect(
            try bytes { try client.writePong(payload: hello(), into: &$0) }
                == [0x8A, 0x85, 0x37, 0xFA, 0x21, 0x3D, 0x7F, 0x9F, 0x4D, 0x51, 0x58])
    }

    @Test func rfc256ByteAnd64KiBBinaryHeaders() {
        let encoder = WebSocketFrameEncoder(role: .server)
        let small = bytes { encoder.writeMessage(.binary, payload: ByteBuffer(repeating: 0xAB, count: 256), into: &$0) }
        #expect(Array(small.prefix(4)) == [0x82, 0x7E, 0x01, 0x00])
        #expect(small.count == 4 + 256)
        let large = bytes {
            encoder.writeMessage(.binary, payload: ByteBuffer(repeating: 0xCD, count: 65536), into: &$0)
        }
        #expect(Array(large.prefix(10)) == [0x82, 0x7F, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00])
        #expect(large.count == 10 + 65536)
        #expect(large.dropFirst(10).allSatisfy { $0 == 0xCD })
    }

    @Test func closeFrameCarriesCodeAndReason() throws {
        let encoder = WebSocketFrameEncoder(role: .server)
        #expect(
            try bytes { try encoder.writeClose(code: .normalClosure, reason: "bye", into: &$0) } == [
                0x88, 0x05, 0x03, 0xE8, 0x62, 0x79, 0x65,
            ])
        #expect(try bytes { try encoder.writeClose(code: nil, into: &$0) } == [0x88, 0x00])
    }

    @Test(arguments: [0, 999, 1004, 1005, 1006, 1015, 1016, 2999, 5000, 65535] as [UInt16])
    func closeCodesThatMayNotBeSentAreRejected(code: UInt16) {
        let encoder = WebSocketFrameEncoder(role: .server)
        var buffer = ByteBuffer()
        #expect {
            try encoder.writeClose(code: WebSocketCloseCode(rawValue: code), into: &buffer)
        } throws: { ($0 as? FramingError)?.code == .webSocketInvalidControlFrame }
        #expect(buffer.readableBytes == 0)
    }

    @Test func controlPayloadsOver125BytesAreRejected() throws {
        let encoder = WebSocketFrameEncoder(role: .client)
        var buffer = ByteBuffer()
        try encoder.writePing(payload: ByteBuffer(repeating: 1, count: 125), into: &buffer)
        #expect(buffer.readableBytes == 2 + 4 + 125)
        for write in [encoder.writePing, encoder.writePong] {
            #expect {
                try write(ByteBuffer(repeating: 1, count: 126), &buffer)
            } throws: { ($0 as? FramingError)?.code == .webSocketInvalidControlFrame }
        }
        #expect {
            try encoder.writeClose(code: .goingAway, reason: String(repeating: "r", count: 124), into: &buffer)
        } throws: { ($0 as? FramingError)?.code == .webSocketInvalidControlFrame }
        #expect {
            try encoder.writeClose(code: nil, reason: "no code", into: &buffer)
        } throws: { ($0 as? FramingError)?.code == .webSocketInvalidControlFrame }
        #expect(buffer.readableBytes == 2 + 4 + 125)
    }

    @Test func clientKeysAreFreshPerFrame() {
        let encoder = WebSocketFrameEncoder(role: .client)
        var keys: Set<[UInt8]> = []
        for _ in 0..<8 {
            let frame = bytes { encoder.writeMessage(.binary, payload: ByteBuffer(repeating: 0, count: 4), into: &$0) }
            #expect(frame[1] == 0x84)
            // With a zero payload, the masked payload is the key itself.
            #expect(Array(frame[2..<6]) == Array(frame[6..<10]))
            keys.insert(Array(frame[2..<6]))
        }
        #expect(keys.count == 8)
    }

    @Test func writesAfterExistingBytesWithoutDisturbingThem() throws {
        let encoder = WebSocketFrameEncoder(role: .client, maxFramePayloadBytes: 100)
        var buffer = ByteBuffer(bytes: [9, 9, 9, 1, 2, 3])
        buffer.moveReaderIndex(forwardBy: 3)
        let payload = ByteBuffer(bytes: (0..<250).map { UInt8($0 & 0xFF) })
        encoder.writeMessage(.binary, payload: payload, into: &buffer)
        #expect(Array(buffer.readableBytesView.prefix(3)) == [1, 2, 3])
        buffer.moveReaderIndex(forwardBy: 3)
        #expect(try WebSocketFeeding.messages(Array(buffer.readableBytesView), role: .server) == [.binary(payload)])
    }

    /// Every size around the length-form boundaries, with and without fragmentation, in both roles: each
    /// frame is at most the limit, headers are minimal (the decoder rejects others), and the message comes
    /// back whole.
    @Test(arguments: [nil, 1, 7, 125, 126, 1000, 65535, 65536] as [Int?])
    func fragmentsAtTheFrameLimit(maxFrame: Int?) throws {
        for role in [WebSocketRole.server, .client] {
            let encoder = WebSocketFrameEncoder(role: role, maxFramePayloadBytes: maxFrame)
            let peer: WebSocketRole = role == .server ? .client : .server
            for size in [0, 1, 6, 125, 126, 127, 1000, 65535, 65536, 70001] {
                if maxFrame == 1 && size > 1000 { continue }  // tens of thousands of frames add nothing
                let payload = ByteBuffer(bytes: (0..<size).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) })
                let framed = bytes { encoder.writeMessage(.binary, payload: payload, into: &$0) }
                var frames = WebSocketFrameDecoder(role: peer)
                var buffer = ByteBuffer(bytes: framed)
                var lengths: [Int] = []
                while let frame = try frames.decode(buffer: &buffer) {
                    lengths.append(frame.payload.readableBytes)
                    #expect(frame.opcode == (lengths.count == 1 ? .binary : .continuation))
                    #expect(frame.fin == (buffer.readableBytes == 0))
                }
                #expect(buffer.readableBytes == 0)
                #expect(lengths.reduce(0, +) == size)
                #expect(lengths.allSatisfy { $0 <= (maxFrame ?? Int.max) })
                #expect(lengths.count == max(1, (size + (maxFrame ?? size + 1) - 1) / (maxFrame ?? size + 1)))
                #expect(try WebSocketFeeding.messages(framed, role: peer) == [.binary(payload)], "size \(size)")
            }
        }
    }
}
