import NIOCore
import NotifyWireCore
import NotifyWireMessagePack
import NotifyWireTestSupport
import Testing

@Suite struct MessagePackCodecTests {
    static let styles: [MessagePackKeyStyle] = [.names, .fieldNumbers]

    @Test func describesItsFormat() {
        let codec = MessagePackCodec()
        #expect(codec.format == .messagePack)
        #expect(codec.mediaType == "application/vnd.msgpack")
        #expect(
            codec.acceptedMediaTypes == ["application/vnd.msgpack", "application/msgpack", "application/x-msgpack"])
        #expect(codec.payloadKind == .binary)
        #expect(codec.keyStyle == .names)
        #expect(codec.limits == .default)
        #expect(MessagePackCodec(keyStyle: .fieldNumbers, limits: DecodingLimits(maxDepth: 5)).limits.maxDepth == 5)
    }

    @Test(arguments: styles)
    func randomNotificationsRoundTrip(style: MessagePackKeyStyle) throws {
        let codec = MessagePackCodec(keyStyle: style)
        var generator = SeededGenerator(seed: 0x6D73_6770)
        for _ in 0..<500 {
            let notification = RandomNotifications.notification(using: &generator)
            let bytes = try codec.encodedBytes(notification)
            #expect(try codec.decodeNotification(from: bytes) == notification)
        }
    }

    @Test(arguments: styles)
    func randomBatchesRoundTrip(style: MessagePackKeyStyle) throws {
        let codec = MessagePackCodec(keyStyle: style)
        var generator = SeededGenerator(seed: 0x6261_7463)
        for _ in 0..<100 {
            let batch = RandomNotifications.batch(using: &generator)
            let bytes = try codec.encodedBytes(batch)
            #expect(try codec.decodeBatch(from: bytes) == batch)
        }
    }

    @Test func emptyValuesAreEmptyMaps() throws {
        #expect(try MessagePackCodec().encodedBytes(NotificationMessage()) == [0x80])
        #expect(try MessagePackCodec().encodedBytes(NotificationBatch()) == [0x80])
        // A present sub-message is written even when all its fields are defaults.
        let withEmptyActor = NotificationMessage(actor: NotificationActor())
        #expect(try MessagePackCodec().encodedBytes(withEmptyActor) == [0x81] + MessagePackBytes.str("actor") + [0x80])
        #expect(try MessagePackCodec(keyStyle: .fieldNumbers).encodedBytes(withEmptyActor) == [0x81, 0x05, 0x80])
    }

    @Test func encodingAppendsAtTheWriterIndex() throws {
        var buffer = ByteBuffer(bytes: [0xAA, 0xBB])
        try MessagePackCodec(keyStyle: .fieldNumbers).encode(NotificationMessage(read: true), into: &buffer)
        #expect(buffer.readableBytesView.elementsEqual([0xAA, 0xBB, 0x81, 0x0A, 0xC3]))
    }

    @Test func enumsAreWrittenAsIntegersEvenWhenUnknownOrNegative() throws {
        let codec = MessagePackCodec(keyStyle: .fieldNumbers)
        let notification = NotificationMessage(
            kind: NotificationKind(rawValue: -2),
            priority: NotificationPriority(rawValue: 300)
        )
        // -2 is a negative fixint (0xfe); 300 needs uint16 (0xcd 0x01 0x2c).
        #expect(try codec.encodedBytes(notification) == [0x82, 0x02, 0xFE, 0x09, 0xCD, 0x01, 0x2C])
        #expect(try codec.decodeNotification(from: codec.encodedBytes(notification)) == notification)
    }

    @Test func dataKeysAreSortedByTheirUTF8Bytes() throws {
        // "é" (c3 a9) sorts after "z" (7a) by bytes; "Z" (5a) before "a" (61).
        let notification = NotificationMessage(data: ["é": "1", "z": "2", "a": "3", "Z": "4"])
        let entries: [UInt8] = ["Z", "4", "a", "3", "z", "2", "é", "1"].flatMap { MessagePackBytes.str($0) }
        let expected: [UInt8] = [0x81, 0x0B, 0x84] + entries
        #expect(try MessagePackCodec(keyStyle: .fieldNumbers).encodedBytes(notification) == expected)
    }

    static let invalidTimestamps: [Timestamp] = [
        Timestamp(seconds: Timestamp.validSecondsRange.upperBound + 1),
        Timestamp(seconds: Timestamp.validSecondsRange.lowerBound - 1),
        Timestamp(seconds: 0, nanos: 1_000_000_000),
        Timestamp(seconds: 0, nanos: -1),
    ]

    @Test(arguments: invalidTimestamps)
    func invalidTimestampsAreUnencodableAndLeaveTheBufferAlone(timestamp: Timestamp) {
        var buffer = ByteBuffer(bytes: [1, 2, 3])
        let notification = NotificationMessage(id: "x", createdAt: timestamp)
        let error = #expect(throws: CodecError.self) {
            try MessagePackCodec().encode(notification, into: &buffer)
        }
        #expect(error?.code == .unencodable)
        #expect(error?.operation == .encode)
        #expect(error?.path == "createdAt")
        #expect(buffer.readableBytesView.elementsEqual([1, 2, 3]))

        let batch = NotificationBatch(notifications: [NotificationMessage(), notification])
        let batchError = #expect(throws: CodecError.self) { try MessagePackCodec().encode(batch, into: &buffer) }
        #expect(batchError?.path == "notifications[1].createdAt")
        #expect(buffer.writerIndex == 3)
    }
}
