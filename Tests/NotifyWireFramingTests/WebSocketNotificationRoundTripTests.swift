import NIOCore
import NotifyWireCore
import NotifyWireFraming
import NotifyWireJSON
import NotifyWireTestSupport
import Testing

/// Notifications through a codec, the encoder (both roles, fragmented or not), the decoder (in seeded random
/// chunkings) and back through the codec. The framing tests link JSON only; binary payloads come from the
/// test double `WrappedBinaryTestCodec` (JSON wrapped in bytes that are not UTF-8).
@Suite struct WebSocketNotificationRoundTripTests {
    static let corpus: [NotificationMessage] =
        [SampleCorpus.minimal, SampleCorpus.typical, SampleCorpus.large]
        + SampleCorpus.batch.notifications

    static func roundTrip(
        _ notifications: [NotificationMessage],
        codec: some NotificationCodec,
        encoder: WebSocketFrameEncoder,
        seed: UInt64
    ) throws -> [NotificationMessage] {
        var stream = ByteBuffer()
        try encoder.write(NotificationBatch(notifications: notifications), codec: codec, into: &stream)
        let bytes = Array(stream.readableBytesView)
        let peer: WebSocketRole = encoder.role == .server ? .client : .server
        let messages = try WebSocketFeeding.messages(bytes, role: peer)
        #expect(messages.count == notifications.count)
        var generator = SeededGenerator(seed: seed)
        let whole = WebSocketFeeding.decode(bytes, role: peer)
        #expect(whole.error == nil)
        for _ in 0..<4 {
            let offsets = WebSocketFeeding.randomOffsets(count: bytes.count, using: &generator)
            #expect(WebSocketFeeding.decode(bytes, role: peer, splitAt: offsets) == whole)
        }
        return try messages.map { message throws(FramingError) in try message.notification(codec: codec) }
    }

    @Test(arguments: [nil, 16, 125, 4096] as [Int?])
    func jsonGoesAsTextMessages(maxFrame: Int?) throws {
        for role in [WebSocketRole.server, .client] {
            let encoder = WebSocketFrameEncoder(role: role, maxFramePayloadBytes: maxFrame)
            #expect(try Self.roundTrip(Self.corpus, codec: JSONCodec(), encoder: encoder, seed: 7) == Self.corpus)
            var buffer = ByteBuffer()
            try encoder.write(SampleCorpus.typical, codec: JSONCodec(), into: &buffer)
            #expect(buffer.getInteger(at: 0, as: UInt8.self).map { $0 & 0x0F } == WebSocketOpcode.text.rawValue)
        }
    }

    @Test(arguments: [nil, 16, 125, 4096] as [Int?])
    func binaryCodecsGoAsBinaryMessages(maxFrame: Int?) throws {
        for role in [WebSocketRole.server, .client] {
            let encoder = WebSocketFrameEncoder(role: role, maxFramePayloadBytes: maxFrame)
            let codec = WrappedBinaryTestCodec()
            #expect(try Self.roundTrip(Self.corpus, codec: codec, encoder: encoder, seed: 11) == Self.corpus)
            var buffer = ByteBuffer()
            try encoder.write(SampleCorpus.typical, codec: codec, into: &buffer)
            #expect(buffer.getInteger(at: 0, as: UInt8.self).map { $0 & 0x0F } == WebSocketOpcode.binary.rawValue)
        }
    }

    @Test func theMessagePayloadIsExactlyTheCodecOutput() throws {
        for notification in Self.corpus {
            var expected = ByteBuffer()
            try JSONCodec().encode(notification, into: &expected)
            var framed = ByteBuffer()
            try WebSocketFrameEncoder(role: .client).write(notification, codec: JSONCodec(), into: &framed)
            let messages = try WebSocketFeeding.messages(Array(framed.readableBytesView), role: .server)
            #expect(messages == [.text(expected)])
        }
    }

    @Test func randomNotificationsRoundTrip() throws {
        var generator = SeededGenerator(seed: 42)
        let notifications = (0..<40).map { _ in RandomNotifications.notification(using: &generator) }
        let encoder = WebSocketFrameEncoder(role: .client, maxFramePayloadBytes: 50)
        #expect(try Self.roundTrip(notifications, codec: JSONCodec(), encoder: encoder, seed: 3) == notifications)
    }

    @Test func aMessageOfTheWrongTypeIsNotDecoded() throws {
        let message = WebSocketMessage.binary(ByteBuffer(string: "{}"))
        #expect {
            try message.notification(codec: JSONCodec())
        } throws: { ($0 as? FramingError)?.code == .payloadDecodingFailed }
        #expect {
            try WebSocketMessage.text(ByteBuffer(string: "{")).notification(codec: JSONCodec())
        } throws: { ($0 as? FramingError)?.codecError != nil }
    }
}
