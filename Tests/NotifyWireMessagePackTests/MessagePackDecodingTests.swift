import NotifyWireCore
import NotifyWireMessagePack
import Testing

@Suite struct MessagePackDecodingTests {
    typealias B = MessagePackBytes
    let codec = MessagePackCodec()

    @Test func keysOfBothStylesMixInOneMap() throws {
        let bytes = B.map([
            (B.str("id"), B.str("x")),
            ([0x05], B.map([(B.str("displayName"), B.str("Ana")), ([0x01], B.str("a-1"))])),
            (B.str("sequence"), [0x07]),
            ([0x0A], [0xC3]),
        ])
        let expected = NotificationMessage(
            id: "x",
            actor: NotificationActor(id: "a-1", displayName: "Ana"),
            read: true,
            sequence: 7
        )
        #expect(try codec.decodeNotification(from: bytes) == expected)
    }

    @Test func anyKeyOrderAndWideIntegersDecode() throws {
        let bytes = B.map([
            (B.str("sequence"), [0xCF] + B.bigEndian(1_048_576, bytes: 8)),
            (B.str("priority"), [0xD3] + B.bigEndian(2, bytes: 8)),
            (B.str("kind"), [0xD0, 0xFF]),
            (B.str("id"), [0xDB] + B.bigEndian(1, bytes: 4) + [0x78]),
        ])
        let expected = NotificationMessage(
            id: "x",
            kind: NotificationKind(rawValue: -1),
            priority: .normal,
            sequence: 1_048_576
        )
        #expect(try codec.decodeNotification(from: bytes) == expected)
    }

    @Test func unknownKeysAreSkippedWhateverTheyHold() throws {
        let bytes = B.map([
            (B.str("zzz"), B.map([(B.str("id"), [0xC3])])),
            ([0x0F], B.array(2) + [0xC1 - 1, 0xCB] + B.bigEndian(0, bytes: 8)),
            ([0xFF], [0xC4, 0x01, 0x00]),
            (B.str("id"), B.str("x")),
            (B.str("displayName"), [0x01]),
            ([0x00], [0xD4, 0x07, 0x01]),
            (B.str("Id"), [0x01]),
        ])
        #expect(try codec.decodeNotification(from: bytes) == NotificationMessage(id: "x"))
    }

    @Test func nilForAKnownFieldMeansTheDefault() throws {
        let fields = ["id", "kind", "createdAt", "actor", "read", "data", "sequence", "tags", "subject"]
        let bytes = B.map(fields.map { (B.str($0), [0xC0]) })
        #expect(try codec.decodeNotification(from: bytes) == NotificationMessage())
        let batch = B.map([(B.str("notifications"), [0xC0]), ([0x03], [0xC0])])
        #expect(try codec.decodeBatch(from: batch) == NotificationBatch())
    }

    @Test func aKnownKeyWithTheWrongTypeNamesTheField() {
        let prefix = B.map(2) + B.str("id") + B.str("x") + B.str("actor") + B.map(1) + B.str("displayName")
        expectDecodeError(prefix + [0x2A], .typeMismatch, offset: prefix.count, path: "actor.displayName")

        let read = B.map(1) + [0x0A]
        expectDecodeError(read + B.str("yes"), .typeMismatch, offset: read.count, path: "read")

        let tags = B.map(1) + B.str("tags") + B.array(3) + B.str("a") + B.str("b")
        expectDecodeError(tags + [0xC0], .typeMismatch, offset: tags.count, path: "tags[2]")

        let created = B.map(1) + B.str("createdAt")
        expectDecodeError(created + [0xD6, 0x05, 0, 0, 0, 0], .typeMismatch, offset: created.count, path: "createdAt")
        expectDecodeError(created + B.str("2026-01-01T00:00:00Z"), .typeMismatch, offset: created.count)

        let sequence = B.map(1) + B.str("sequence")
        expectDecodeError(sequence + [0xCB] + B.bigEndian(0, bytes: 8), .typeMismatch, offset: sequence.count)

        let subject = B.map(1) + B.str("subject")
        expectDecodeError(subject + B.array(0), .typeMismatch, offset: subject.count, path: "subject")

        expectDecodeError(B.array(0), .typeMismatch, offset: 0, path: "")
    }

    @Test func dataErrorsNameTheKey() {
        let prefix = B.map(1) + B.str("data") + B.map(2) + B.str("a") + B.str("1") + B.str("b")
        expectDecodeError(prefix + [0x01], .typeMismatch, offset: prefix.count, path: "data[\"b\"]")

        let key = B.map(1) + B.str("data") + B.map(1)
        expectDecodeError(key + [0x01, 0xA0], .typeMismatch, offset: key.count, path: "data")

        let duplicate = B.map(1) + B.str("data") + B.map(2) + B.str("a") + B.str("1")
        expectDecodeError(duplicate + B.str("a") + B.str("2"), .duplicateField, offset: duplicate.count)
    }

    @Test func errorsInABatchNameTheNotification() throws {
        let first = B.map([(B.str("id"), B.str("x"))])
        let prefix = B.map(1) + [0x01] + B.array(2) + first + B.map(1) + B.str("tags") + B.array(1)
        let bytes = prefix + [0xC3]
        let error = #expect(throws: CodecError.self) { try codec.decodeBatch(from: bytes) }
        #expect(error?.code == .typeMismatch)
        #expect(error?.path == "notifications[1].tags[0]")
        #expect(error?.offset == prefix.count)
        #expect(
            error?.description.hasPrefix("MessagePack decode error at byte \(prefix.count) (notifications[1]") == true)
    }

    @Test func aFieldTwiceIsADuplicateWhicheverStyleNamesIt() {
        let prefix = B.map(2) + B.str("id") + B.str("x")
        expectDecodeError(prefix + [0x01] + B.str("y"), .duplicateField, offset: prefix.count, path: "id")
        expectDecodeError(prefix + B.str("id") + [0xC0], .duplicateField, offset: prefix.count, path: "id")
        let actor = B.map(1) + [0x05] + B.map(2) + [0x02] + B.str("a")
        expectDecodeError(actor + B.str("displayName") + B.str("b"), .duplicateField, offset: actor.count)
    }

    @Test func enumNumbersMustFitInt32() throws {
        let prefix = B.map(1) + B.str("kind")
        expectDecodeError(prefix + [0xCE] + B.bigEndian(0x8000_0000, bytes: 4), .invalidValue, offset: prefix.count)
        expectDecodeError(prefix + [0xD3] + B.bigEndian(0xFFFF_FFFF_7FFF_FFFF, bytes: 8), .invalidValue, offset: 6)
        let highest = prefix + [0xCE] + B.bigEndian(0x7FFF_FFFF, bytes: 4)
        #expect(try codec.decodeNotification(from: highest).kind.rawValue == Int32.max)
        let lowest = prefix + [0xD2] + B.bigEndian(0x8000_0000, bytes: 4)
        #expect(try codec.decodeNotification(from: lowest).kind.rawValue == Int32.min)
    }

    @Test func aNegativeSequenceIsInvalid() {
        let prefix = B.map(1) + [0x0C]
        expectDecodeError(prefix + [0xFF], .invalidValue, offset: prefix.count, path: "sequence")
    }

    @Test func invalidUTF8InAStringIsRejected() {
        let prefix = B.map(1) + B.str("title")
        expectDecodeError(prefix + [0xA2, 0xC3, 0x28], .invalidUTF8, offset: prefix.count, path: "title")
        // An encoded surrogate (ed a0 80) is not UTF-8 either.
        expectDecodeError(prefix + [0xA3, 0xED, 0xA0, 0x80], .invalidUTF8, offset: prefix.count)
        // In an unknown field it is skipped like any other value.
        #expect(throws: Never.self) { try codec.decodeNotification(from: B.map(1) + [0x63, 0xA1, 0xFF]) }
    }

    static let malformedTimestamps: [(String, [UInt8])] = [
        ("3 bytes of data", [0xC7, 0x03, 0xFF, 0, 0, 0]),
        ("16 bytes of data", [0xD8, 0xFF] + [UInt8](repeating: 0, count: 16)),
        ("64-bit nanos of 1e9", [0xD7, 0xFF] + B.bigEndian(1_000_000_000 << 34, bytes: 8)),
        ("96-bit nanos of 1e9", [0xC7, 0x0C, 0xFF] + B.bigEndian(1_000_000_000, bytes: 4) + B.bigEndian(0, bytes: 8)),
        ("year 10000", [0xC7, 0x0C, 0xFF] + B.bigEndian(0, bytes: 4) + B.bigEndian(253_402_300_800, bytes: 8)),
        (
            "year 0",
            [0xC7, 0x0C, 0xFF] + B.bigEndian(0, bytes: 4)
                + B.bigEndian(UInt64(bitPattern: -62_135_596_801), bytes: 8)
        ),
    ]

    @Test(arguments: malformedTimestamps)
    func malformedTimestampsAreInvalidValues(name: String, ext: [UInt8]) {
        let prefix = B.map(1) + [0x03]
        expectDecodeError(prefix + ext, .invalidValue, offset: prefix.count, path: "createdAt")
    }

    @Test func timestampsDecodeInEveryForm() throws {
        let prefix = B.map(1) + [0x03]
        // The same instant in the 64- and 96-bit forms, though the 32-bit form would do.
        let wide64 = prefix + [0xD7, 0xFF] + B.bigEndian(1_767_225_600, bytes: 8)
        let wide96 = prefix + [0xC7, 0x0C, 0xFF] + B.bigEndian(0, bytes: 4) + B.bigEndian(1_767_225_600, bytes: 8)
        let expected = Timestamp(seconds: 1_767_225_600)
        #expect(try codec.decodeNotification(from: wide64).createdAt == expected)
        #expect(try codec.decodeNotification(from: wide96).createdAt == expected)
        let earliest =
            prefix + [0xC7, 0x0C, 0xFF] + B.bigEndian(0, bytes: 4)
            + B.bigEndian(UInt64(bitPattern: Timestamp.min.seconds), bytes: 8)
        #expect(try codec.decodeNotification(from: earliest).createdAt == .min)
    }

    @Test func emptyInputIsTruncated() {
        expectDecodeError([], .truncated, offset: 0)
    }
}
