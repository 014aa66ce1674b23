import NIOCore
import NotifyWireCore
import NotifyWireProtobuf
import NotifyWireTestSupport
import Testing

@Suite struct ProtobufCodecTests {
    let codec = ProtobufCodec()

    @Test func describesItself() {
        #expect(codec.format == .protobuf)
        #expect(codec.mediaType == "application/protobuf")
        #expect(
            codec.acceptedMediaTypes
                == ["application/protobuf", "application/x-protobuf", "application/vnd.google.protobuf"]
        )
        #expect(codec.payloadKind == .binary)
        #expect(codec.limits == .default)
    }

    @Test(arguments: SampleCorpus.entries.map(\.name))
    func corpusRoundTrips(name: String) throws {
        let entry = try #require(SampleCorpus.entries.first { $0.name == name })
        if let notification = entry.notification {
            #expect(try codec.decodeNotification(from: codec.encodedBytes(notification)) == notification)
        }
        if let batch = entry.batch {
            #expect(try codec.decodeBatch(from: codec.encodedBytes(batch)) == batch)
        }
    }

    @Test func seededRandomNotificationsRoundTrip() throws {
        var generator = SeededGenerator(seed: 0x5EED_0004)
        for _ in 0..<400 {
            // Random strings hold U+0000 now and then: it round-trips (ProtobufNULSubstitution).
            let notification = RandomNotifications.notification(using: &generator)
            let bytes = try codec.encodedBytes(notification)
            #expect(try codec.decodeNotification(from: bytes) == notification)
        }
        for _ in 0..<60 {
            let batch = RandomNotifications.batch(using: &generator)
            #expect(try codec.decodeBatch(from: codec.encodedBytes(batch)) == batch)
        }
    }

    @Test func encodingAppendsAtTheWriterIndex() throws {
        var buffer = ByteBuffer(bytes: [0xAA, 0xBB])
        try codec.encode(SampleCorpus.minimal, into: &buffer)
        let alone = try codec.encodedBytes(SampleCorpus.minimal)
        #expect(buffer.readableBytesView.elementsEqual([0xAA, 0xBB] + alone))
    }

    @Test func unknownEnumNumbersAreKept() throws {
        let notification = NotificationMessage(
            kind: NotificationKind(rawValue: 42),
            priority: NotificationPriority(rawValue: -3)
        )
        let bytes = try codec.encodedBytes(notification)
        // kind = 42: tag 0x10, varint 42; priority = -3: tag 0x48, int32 sign-extended to 10 bytes.
        #expect(bytes == [0x10, 42, 0x48, 0xFD, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x01])
        let decoded = try codec.decodeNotification(from: bytes)
        #expect(decoded.kind.rawValue == 42)
        #expect(decoded.priority.rawValue == -3)
    }

    @Test func unknownFieldsAreSkipped() throws {
        let known = try codec.encodedBytes(SampleCorpus.typical)
        let unknown: [UInt8] = [
            0xF8, 0x06, 0x96, 0x01,  // field 111, varint 150
            0xFD, 0x06, 1, 2, 3, 4,  // field 111, fixed32
            0xF9, 0x06, 1, 2, 3, 4, 5, 6, 7, 8,  // field 111, fixed64
            0xFA, 0x06, 0x03, 0x61, 0xFF, 0x62,  // field 111, length-delimited (not UTF-8: not our business)
        ]
        #expect(try codec.decodeNotification(from: unknown + known + unknown) == SampleCorpus.typical)
    }

    @Test func mapEntriesWithEmptyKeyOrValueWriteBothFields() throws {
        // protoc, upb and the C++ runtime always write a map entry's key and value; so do we.
        let bytes = try codec.encodedBytes(NotificationMessage(data: ["k": "", "": "v"]))
        #expect(bytes == [0x5A, 0x05, 0x0A, 0x00, 0x12, 0x01, 0x76, 0x5A, 0x05, 0x0A, 0x01, 0x6B, 0x12, 0x00])
        #expect(try codec.decodeNotification(from: bytes).data == ["k": "", "": "v"])
    }

    @Test func mapEntriesAreWrittenInKeyByteOrder() throws {
        let data = ["b": "2", "a": "1", "é": "3", "Z": "0"]
        let bytes = try codec.encodedBytes(NotificationMessage(data: data))
        // Hand-assembled: field 11 (0x5A), entry length, key (0x0A) and value (0x12), keys in byte order.
        let expected: [UInt8] =
            [0x5A, 0x06, 0x0A, 0x01, 0x5A, 0x12, 0x01, 0x30]  // "Z": "0"
            + [0x5A, 0x06, 0x0A, 0x01, 0x61, 0x12, 0x01, 0x31]  // "a": "1"
            + [0x5A, 0x06, 0x0A, 0x01, 0x62, 0x12, 0x01, 0x32]  // "b": "2"
            + [0x5A, 0x07, 0x0A, 0x02, 0xC3, 0xA9, 0x12, 0x01, 0x33]  // "é": "3"
        #expect(bytes == expected)
    }

    @Test func laterMapEntriesWinOnDecode() throws {
        let bytes: [UInt8] = [
            0x5A, 0x06, 0x0A, 0x01, 0x6B, 0x12, 0x01, 0x31, 0x5A, 0x06, 0x0A, 0x01, 0x6B, 0x12, 0x01, 0x32,
        ]
        #expect(try codec.decodeNotification(from: bytes).data == ["k": "2"])
    }

    @Test func manyTagsAndEntriesGoThroughTheScratchCopy() throws {
        var notification = SampleCorpus.typical
        notification.tags = (0..<700).map { "tag-\($0)-" + String(repeating: "x", count: $0 % 40) }
        for index in 0..<200 { notification.data["key-\(index)"] = "value \(index)" }
        let bytes = try codec.encodedBytes(notification)
        #expect(try codec.decodeNotification(from: bytes) == notification)
        var fewer = notification
        fewer.tags = Array(notification.tags.prefix(3))
        fewer.data = [:]
        // The first fields are the same bytes whichever path lent the strings.
        let short = try codec.encodedBytes(fewer)
        #expect(bytes.starts(with: short.prefix(40)))
    }

    @Test func emptyInputIsTheDefaultMessage() throws {
        #expect(try codec.decodeNotification(from: [UInt8]()) == NotificationMessage())
        #expect(try codec.decodeBatch(from: [UInt8]()) == NotificationBatch())
        #expect(try codec.encodedBytes(NotificationMessage()).isEmpty)
    }

    @Test func anEmptyTimestampIsPresent() throws {
        let bytes = try codec.encodedBytes(NotificationMessage(createdAt: Timestamp(seconds: 0)))
        #expect(bytes == [0x1A, 0x00])
        #expect(try codec.decodeNotification(from: bytes).createdAt == Timestamp(seconds: 0))
    }
}

extension NotificationMessage {
    /// The notification with every U+0000 removed from its strings (protobuf-c strings cannot carry it).
    func removingNUL() -> NotificationMessage {
        var copy = self
        copy.id = id.removingNUL()
        copy.recipientID = recipientID.removingNUL()
        copy.title = title.removingNUL()
        copy.body = body.removingNUL()
        copy.url = url.removingNUL()
        copy.actor = actor.map {
            NotificationActor(
                id: $0.id.removingNUL(), displayName: $0.displayName.removingNUL(),
                avatarURL: $0.avatarURL.removingNUL())
        }
        copy.subject = subject.map {
            NotificationSubject(
                type: $0.type.removingNUL(), id: $0.id.removingNUL(), parentID: $0.parentID.removingNUL())
        }
        copy.tags = tags.map { $0.removingNUL() }
        copy.data = [:]
        for (key, value) in data { copy.data[key.removingNUL()] = value.removingNUL() }
        return copy
    }
}

extension String {
    /// The string without U+0000.
    func removingNUL() -> String {
        String(String.UnicodeScalarView(unicodeScalars.filter { $0 != "\u{0}" }))
    }
}
