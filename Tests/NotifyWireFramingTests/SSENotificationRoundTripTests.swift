import NIOCore
import NotifyWireCore
import NotifyWireFraming
import NotifyWireJSON
import NotifyWireTestSupport
import Testing

/// Notifications through a codec, the writer, the parser (in random chunkings) and the decoding helper.
@Suite struct SSENotificationRoundTripTests {
    static let injection = "\n\nevent: x\ndata: y"

    /// A notification whose text tries to end the event and start fields of its own.
    static let hostile = NotificationMessage(
        id: "n-7",
        kind: .mention,
        createdAt: Timestamp(seconds: 1_767_225_600),
        recipientID: "u-1",
        title: "title" + injection + "\rlone CR\r",
        body: "\r" + injection + "\r\rid: 99\r\n\r\nretry: 1\n",
        data: ["k\n\nevent: x": "v\rdata: y"],
        sequence: 12,
        tags: [injection, "\r"]
    )

    /// Frames `notifications`, parses the stream whole and in seeded random chunkings, and decodes it.
    static func roundTrip(
        _ notifications: [NotificationMessage],
        codec: some NotificationCodec,
        writer: SSEEventWriter = SSEEventWriter(),
        seed: UInt64 = 1
    ) throws -> (events: [SSEEvent], decoded: [NotificationMessage]) {
        var stream = ByteBuffer()
        try writer.write(NotificationBatch(notifications: notifications), codec: codec, into: &stream)
        let bytes = Array(stream.readableBytesView)
        let whole = try SSEParsedStream(parsing: bytes)
        var generator = SeededGenerator(seed: seed)
        for _ in 0..<5 {
            let offsets = SSEFeeding.randomOffsets(count: bytes.count, using: &generator)
            #expect(try SSEFeeding.parse(bytes, splitAt: offsets).events == whole.events)
        }
        var decoder = SSENotificationDecoder(codec: codec)
        var decoded: [NotificationMessage] = []
        var buffer = stream
        while let notification = try decoder.decode(buffer: &buffer) { decoded.append(notification) }
        decoder.finish()
        #expect(try whole.notifications(codec: codec) == decoded)
        return (whole.events, decoded)
    }

    @Test func injectionAttemptRoundTripsAsOneEventThroughJSON() throws {
        let (events, decoded) = try Self.roundTrip([Self.hostile], codec: JSONCodec())
        try #require(events.count == 1)
        #expect(events[0].type == "message")
        #expect(events[0].lastEventID == "12")
        #expect(decoded == [Self.hostile])
    }

    @Test func injectionAttemptRoundTripsThroughBase64() throws {
        let writer = SSEEventWriter(eventNaming: .byKind)
        let (events, decoded) = try Self.roundTrip([Self.hostile], codec: WrappedBinaryTestCodec(), writer: writer)
        try #require(events.count == 1)
        #expect(events[0].type == "mention")
        #expect(!events[0].data.contains("\n"), "a base64 payload is one data line")
        #expect(decoded == [Self.hostile])
    }

    @Test func payloadLineBreaksBecomeDataLines() throws {
        let codec = LineBreakingJSONTestCodec()
        var buffer = ByteBuffer()
        try SSEEventWriter().write(Self.hostile, codec: codec, into: &buffer)
        let text = String(buffer: buffer)
        #expect(text.hasPrefix("id: 12\ndata: {\"id\":\n"))
        #expect(!text.utf8.contains(UInt8(ascii: "\r")))
        let (events, decoded) = try Self.roundTrip([Self.hostile, SampleCorpus.typical], codec: codec)
        #expect(events.count == 2)
        #expect(decoded == [Self.hostile, SampleCorpus.typical])
    }

    @Test(arguments: [11, 12, 13] as [UInt64])
    func randomNotificationsRoundTrip(seed: UInt64) throws {
        var generator = SeededGenerator(seed: seed)
        // Random ids may hold CR, LF or NUL, which the writer rejects as `id:` values; a sequence is used instead.
        let notifications = (0..<40).map { index in
            var notification = RandomNotifications.notification(using: &generator)
            notification.sequence = UInt64(index + 1)
            return notification
        }
        for codec in [JSONCodec(), LineBreakingJSONTestCodec(), WrappedBinaryTestCodec()] as [any NotificationCodec] {
            let (events, decoded) = try Self.roundTrip(notifications, codec: codec, seed: seed)
            #expect(events.count == notifications.count)
            #expect(decoded == notifications)
        }
    }

    @Test func notificationIDWithLineBreakIsRejected() {
        var buffer = ByteBuffer()
        let notification = NotificationMessage(id: "a\nb")
        let error = #expect(throws: FramingError.self) {
            try SSEEventWriter().write(notification, codec: JSONCodec(), into: &buffer)
        }
        #expect(error?.code == .invalidFieldValue)
        #expect(buffer.readableBytes == 0)
        #expect(throws: Never.self) {
            try SSEEventWriter(idSource: .none).write(notification, codec: JSONCodec(), into: &buffer)
        }
    }

    @Test func framedJSONMatchesTheCodecOutputExactly() throws {
        let codec = JSONCodec()
        let json = String(decoding: try codec.encodedBytes(SampleCorpus.minimal), as: UTF8.self)
        var buffer = ByteBuffer(string: ": earlier\n")
        try SSEEventWriter(eventNaming: .byKind).write(SampleCorpus.minimal, codec: codec, into: &buffer)
        #expect(String(buffer: buffer) == ": earlier\nid: n-1\nevent: comment\ndata: \(json)\n\n")
    }

    @Test func encodingFailureLeavesTheBufferUnchanged() {
        var invalid = SampleCorpus.minimal
        invalid.createdAt = Timestamp(seconds: Int64.max)
        for codec in [JSONCodec(), WrappedBinaryTestCodec()] as [any NotificationCodec] {
            var buffer = ByteBuffer(string: "before")
            let error = #expect(throws: FramingError.self) {
                try SSEEventWriter().write(
                    NotificationBatch(notifications: [SampleCorpus.minimal, invalid]), codec: codec, into: &buffer)
            }
            #expect(error?.code == .payloadEncodingFailed)
            #expect(error?.codecError?.code == .unencodable)
            #expect(String(buffer: buffer) == "before")
        }
    }

    @Test func undecodablePayloadsAreReportedAndSkipped() throws {
        let good = try SSEEventWriter().encodedStream(SampleCorpus.minimal, codec: WrappedBinaryTestCodec())
        var stream = ByteBuffer(string: "id: 3\ndata: not base64!\n\nretry: 250\ndata: AAAA\n\n")
        stream.writeString(good)
        var decoder = SSENotificationDecoder(codec: WrappedBinaryTestCodec())
        let first = #expect(throws: FramingError.self) { try decoder.decode(buffer: &stream) }
        #expect(first?.code == .invalidBase64)
        let second = #expect(throws: FramingError.self) { try decoder.decode(buffer: &stream) }
        #expect(second?.code == .payloadDecodingFailed)
        #expect(second?.codecError?.code == .malformed)
        #expect(try decoder.decode(buffer: &stream) == SampleCorpus.minimal)
        #expect(try decoder.decode(buffer: &stream) == nil)
        #expect(decoder.lastEventID == "n-1")
        #expect(decoder.retry == 250)
    }
}

extension SSEEventWriter {
    /// The framed event of one notification as a string.
    fileprivate func encodedStream(_ notification: NotificationMessage, codec: some NotificationCodec) throws -> String
    {
        var buffer = ByteBuffer()
        try write(notification, codec: codec, into: &buffer)
        return String(buffer: buffer)
    }
}
