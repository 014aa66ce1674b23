import NIOCore
import NotifyWireCore
import NotifyWireJSON
import NotifyWireMessagePack
import NotifyWireProtobuf
import NotifyWireTestSupport
import Testing

/// U+0000 in strings (issue #23): valid Protocol Buffers, JSON (`\u0000`) and MessagePack, carried exactly
/// through protobuf-c's NUL-terminated strings by `ProtobufNULSubstitution`, on decode and on encode.
@Suite struct ProtobufNULTests {
    let codec = ProtobufCodec()

    /// Every kind of string field holds U+0000: single strings, sub-messages' strings, tags, map keys and
    /// values (one key is only U+0000, two keys differ after it), and a string of only U+0000.
    static let everyStringHoldingNUL = NotificationMessage(
        id: "\u{0}id", kind: .comment, recipientID: "alice\u{0}",
        actor: NotificationActor(
            id: "u\u{0}1", displayName: "Ana\u{0}", avatarURL: "https://example.com/\u{0}"),
        title: "a\u{0}b", body: "\u{0}", subject: NotificationSubject(type: "t\u{0}", id: "\u{0}", parentID: "p\u{0}"),
        data: ["\u{0}": "x", "k\u{0}a": "v\u{0}", "k\u{0}": "\u{0}\u{0}", "k": "é\u{0}ü"], sequence: 7,
        url: "u\u{0}", tags: ["sa\u{0}fari", "\u{0}"])

    /// Fuzz finding (FuzzMessagePack, field-number keys): `{7: "\0"}`, a body of U+0000, decoded in
    /// MessagePack but could not be encoded in Protocol Buffers. The bytes as the fuzzer saved them.
    @Test func theFuzzFindingCrossesEveryCodec() throws {
        let notification = try MessagePackCodec(keyStyle: .fieldNumbers).decodeNotification(from: [
            0x81, 0x07, 0xA1, 0x00,
        ])
        #expect(notification.body == "\u{0}")
        let bytes = try codec.encodedBytes(notification)
        #expect(bytes == [0x3A, 0x01, 0x00])
        #expect(try codec.decodeNotification(from: bytes) == notification)
    }

    /// `id` = "a\0" as protoc writes it: decoded, and written back byte for byte.
    @Test func aStringHoldingNULDecodesAndEncodesExactly() throws {
        let bytes: [UInt8] = [0x0A, 0x02, 0x61, 0x00]
        let notification = try codec.decodeNotification(from: bytes)
        #expect(notification.id == "a\u{0}")
        #expect(try codec.encodedBytes(notification) == bytes)
    }

    @Test func everyStringRoundTripsInEveryCodec() throws {
        let notification = Self.everyStringHoldingNUL
        let codecs: [any NotificationCodec] = [
            JSONCodec(), MessagePackCodec(keyStyle: .names), MessagePackCodec(keyStyle: .fieldNumbers), codec,
        ]
        var chained = notification
        for candidate in codecs + [JSONCodec()] {
            let bytes = try candidate.encodedBytes(notification)
            #expect(try candidate.decodeNotification(from: bytes) == notification, "\(candidate.format)")
            chained = try candidate.decodeNotification(from: candidate.encodedBytes(chained))
        }
        #expect(chained == notification, "JSON → MessagePack → Protocol Buffers → JSON")
        let json = String(decoding: try JSONCodec().encodedBytes(notification), as: UTF8.self)
        #expect(json.contains(#""title":"a\u0000b""#), "JSON writes U+0000 as \\u0000: \(json)")
    }

    @Test func batchesAndCursorsRoundTrip() throws {
        let batch = NotificationBatch(
            notifications: [Self.everyStringHoldingNUL, SampleCorpus.typical, Self.everyStringHoldingNUL],
            cursor: "\u{0}c\u{0}", hasMore: true)
        let bytes = try codec.encodedBytes(batch)
        #expect(try codec.decodeBatch(from: bytes) == batch)
        let empty = NotificationBatch(cursor: "\u{0}")
        #expect(try codec.encodedBytes(empty) == [0x12, 0x01, 0x00])
    }

    /// The substitute never leaks: 0xFF in the input is still invalid UTF-8, and none is written.
    @Test func theSubstituteIsNeverOnTheWire() throws {
        let error = try #require(throws: CodecError.self) {
            try codec.decodeNotification(from: [0x0A, 0x02, 0x00, 0xFF])
        }
        #expect(error.code == .invalidUTF8)
        #expect(error.offset == 3)
        #expect(!(try codec.encodedBytes(Self.everyStringHoldingNUL)).contains(0xFF))
    }

    /// Map entries go in key-byte order with U+0000 sorting first, as protoc writes them: "k" < "k\0" <
    /// "k\0a", and "\0" before everything.
    @Test func mapEntriesSortWithNULFirst() throws {
        var notification = NotificationMessage(data: [
            "k\u{0}a": "1", "k": "2", "\u{0}": "3", "k\u{0}": "4", "k\u{1}": "5",
        ])
        notification.id = "x"
        let bytes = try codec.encodedBytes(notification)
        let keys = try ProtobufNULTests.mapKeys(in: bytes)
        #expect(keys == ["\u{0}", "k", "k\u{0}", "k\u{0}a", "k\u{1}"])
    }

    /// The keys of the field 11 entries of `bytes`, in wire order (each entry: 0x0A, key length, key, ...).
    static func mapKeys(in bytes: [UInt8]) throws -> [String] {
        var keys: [String] = []
        var index = 0
        while index + 1 < bytes.count {
            let tag = bytes[index]
            let length = Int(bytes[index + 1])
            if tag == 0x5A, index + 3 < bytes.count, bytes[index + 2] == 0x0A {
                let keyLength = Int(bytes[index + 3])
                keys.append(String(decoding: bytes[(index + 4)..<(index + 4 + keyLength)], as: UTF8.self))
            }
            index += 2 + length
        }
        return keys
    }
}
