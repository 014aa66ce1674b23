import NIOCore
import NotifyWireFraming
import Testing

/// The decoder's behaviour beyond the vectors: error offsets and messages, sticky errors, nothing read
/// after a close, negotiated reserved bits, and NIO's single-step processor driving it.
@Suite struct WebSocketMessageDecoderTests {
    /// An unmasked text frame "Hi" and an unmasked ping, 4 + 2 bytes.
    static let twoFrames: [UInt8] = [0x81, 0x02, 0x48, 0x69, 0x89, 0x00]

    @Test func errorsCarryTheCloseCodeAndTheFrameOffset() throws {
        var decoder = WebSocketMessageDecoder(role: .client)
        var buffer = ByteBuffer(bytes: Self.twoFrames + [0xC1, 0x00])
        #expect(try decoder.decode(buffer: &buffer) == .text(ByteBuffer(string: "Hi")))
        #expect(try decoder.decode(buffer: &buffer) == .ping(ByteBuffer()))
        do {
            _ = try decoder.decode(buffer: &buffer)
            Issue.record("an RSV1 frame was accepted")
        } catch {
            #expect(error.code == .webSocketProtocolViolation)
            #expect(error.closeCode == 1002)
            #expect(error.offset == 6)
            #expect(
                error.description
                    == "framing error at byte 6: reserved bits RSV1 are set but no extension was negotiated")
        }
        // The error is sticky, even with valid bytes after it.
        var more = ByteBuffer(bytes: Self.twoFrames)
        #expect(throws: FramingError.self) { try decoder.decode(buffer: &more) }
    }

    @Test func limitsFailFromTheHeaderAlone() {
        var decoder = WebSocketMessageDecoder(
            role: .client, limits: WebSocketLimits(maxFramePayloadBytes: 10, maxMessageBytes: 15))
        // A first fragment of 10 bytes, then a header claiming 6 more with no payload after it.
        var buffer = ByteBuffer(bytes: [0x02, 0x0A] + [UInt8](repeating: 1, count: 10) + [0x80, 0x06])
        do {
            _ = try decoder.decode(buffer: &buffer)
            Issue.record("the message limit was not enforced")
        } catch {
            #expect(error.code == .webSocketMessageTooBig && error.closeCode == 1009 && error.offset == 12)
        }
        #expect(FramingError(.lineTooLong, message: "x").closeCode == nil)
    }

    @Test func hugeLimitsDoNotOverflowTheMessageSize() {
        var decoder = WebSocketMessageDecoder(
            role: .client, limits: WebSocketLimits(maxFramePayloadBytes: .max, maxMessageBytes: .max))
        // A 1-byte first fragment, then a continuation claiming 2^63 - 1 bytes.
        var buffer = ByteBuffer(bytes: [0x02, 0x01, 0x00, 0x80, 0x7F, 0x7F, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF])
        #expect {
            try decoder.decode(buffer: &buffer)
        } throws: { ($0 as? FramingError)?.code == .webSocketMessageTooBig && ($0 as? FramingError)?.offset == 3 }
    }

    @Test func nothingIsReadAfterAClose() throws {
        var decoder = WebSocketMessageDecoder(role: .client)
        var buffer = ByteBuffer(bytes: [0x88, 0x02, 0x03, 0xE8, 0xFF, 0xFF, 0x81, 0x00])
        #expect(try decoder.decode(buffer: &buffer) == .close(WebSocketClose(code: .normalClosure)))
        #expect(decoder.isClosed)
        #expect(buffer.readableBytes == 0)
        var later = ByteBuffer(bytes: Self.twoFrames)
        #expect(try decoder.decode(buffer: &later) == nil)
        #expect(later.readableBytes == 0)
    }

    @Test func aNegotiatedExtensionMayUseItsReservedBit() throws {
        var frames = WebSocketFrameDecoder(role: .client, allowedReservedBits: 0b100)
        var buffer = ByteBuffer(bytes: [0xC2, 0x01, 0x07, 0xA2, 0x00])
        let frame = try #require(try frames.decode(buffer: &buffer))
        #expect(frame.reservedBits == 0b100 && frame.payload == ByteBuffer(bytes: [0x07]))
        #expect(throws: FramingError.self) { try frames.decode(buffer: &buffer) }  // RSV2 is still reserved
    }

    @Test func anIncompleteFrameLeavesItsPayloadInTheBuffer() throws {
        var decoder = WebSocketMessageDecoder(role: .server)
        let frame: [UInt8] = [0x82, 0x83, 1, 2, 3, 4, 0x0B, 0x0B, 0x0B]
        var buffer = ByteBuffer(bytes: frame.prefix(7))
        #expect(try decoder.decode(buffer: &buffer) == nil)
        #expect(buffer.readableBytes == 1)  // the header is consumed, the payload waits
        buffer.writeBytes(frame.dropFirst(7))
        #expect(try decoder.decode(buffer: &buffer) == .binary(ByteBuffer(bytes: [0x0A, 0x09, 0x08])))
    }

    @Test func nioSingleStepProcessorDrivesIt() throws {
        let encoder = WebSocketFrameEncoder(role: .client, maxFramePayloadBytes: 5)
        var stream = ByteBuffer()
        encoder.writeMessage(.text, payload: ByteBuffer(string: "héllo, wörld"), into: &stream)
        try encoder.writePing(payload: ByteBuffer(string: "p"), into: &stream)
        encoder.writeMessage(.binary, payload: ByteBuffer(bytes: [0, 1, 2]), into: &stream)
        let processor = NIOSingleStepByteToMessageProcessor(WebSocketMessageDecoder(role: .server))
        var received: [WebSocketMessage] = []
        while stream.readableBytes > 0 {
            guard let chunk = stream.readSlice(length: min(3, stream.readableBytes)) else { break }
            try processor.process(buffer: chunk) { received.append($0) }
        }
        #expect(
            received == [
                .text(ByteBuffer(string: "héllo, wörld")), .ping(ByteBuffer(string: "p")),
                .binary(ByteBuffer(bytes: [0, 1, 2])),
            ])
    }
}
