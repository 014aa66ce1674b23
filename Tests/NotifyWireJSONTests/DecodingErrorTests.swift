import NIOCore
import NotifyWireCore
import NotifyWireJSON
import Testing

/// Each kind of bad input gives its error code, the byte offset where the problem is, and the field path.
@Suite struct DecodingErrorTests {
    static let rejected: [RejectedInput] = [
        // Types of known fields.
        RejectedInput(#"{"actor":{"displayName":5}}"#, .typeMismatch, at: 24, path: "actor.displayName"),
        RejectedInput(#"{"tags":["a",1]}"#, .typeMismatch, at: 13, path: "tags[1]"),
        RejectedInput(#"{"tags":["a",null]}"#, .typeMismatch, at: 13, path: "tags[1]"),
        RejectedInput(#"{"data":{"k":1}}"#, .typeMismatch, at: 13, path: #"data["k"]"#),
        RejectedInput(#"{"read":"true"}"#, .typeMismatch, at: 8, path: "read"),
        RejectedInput(#"{"id":[]}"#, .typeMismatch, at: 6, path: "id"),
        RejectedInput(#"{"actor":"a"}"#, .typeMismatch, at: 9, path: "actor"),
        RejectedInput(#"{"kind":true}"#, .typeMismatch, at: 8, path: "kind"),
        RejectedInput(#"{"sequence":{}}"#, .typeMismatch, at: 12, path: "sequence"),
        RejectedInput(#"{"createdAt":0}"#, .typeMismatch, at: 13, path: "createdAt"),
        RejectedInput("[]", .typeMismatch, at: 0),
        RejectedInput(" \"x\"", .typeMismatch, at: 1),
        // Values of the right type that are not allowed.
        RejectedInput(#"{"kind":"NOPE"}"#, .invalidValue, at: 8, path: "kind"),
        RejectedInput(#"{"kind":"comment"}"#, .invalidValue, at: 8, path: "kind"),
        RejectedInput(#"{"priority":1.5}"#, .invalidValue, at: 12, path: "priority"),
        RejectedInput(#"{"createdAt":"2026-01-01"}"#, .invalidValue, at: 13, path: "createdAt"),
        RejectedInput(#"{"sequence":"x"}"#, .invalidValue, at: 12, path: "sequence"),
        // Syntax.
        RejectedInput("", .truncated, at: 0),
        RejectedInput("   ", .truncated, at: 3),
        RejectedInput(#"{"id":"x""#, .truncated, at: 9),
        RejectedInput(#"{"a":tru"#, .truncated, at: 8, path: "a"),
        RejectedInput(#"{"a":tru}"#, .malformed, at: 5, path: "a"),
        RejectedInput(#"{"id":"x",}"#, .malformed, at: 10),
        RejectedInput(#"{"a":[1,]}"#, .malformed, at: 8, path: "a"),
        RejectedInput(#"{"a" 1}"#, .malformed, at: 5),
        RejectedInput(#"{a:1}"#, .malformed, at: 1),
        RejectedInput(#"{"a":01}"#, .malformed, at: 5, path: "a"),
        RejectedInput(#"{"a":-01}"#, .malformed, at: 5, path: "a"),
        RejectedInput(#"{"a":.5}"#, .malformed, at: 5, path: "a"),
        RejectedInput(#"{"a":1.}"#, .malformed, at: 7, path: "a"),
        RejectedInput(#"{"a":1e}"#, .malformed, at: 7, path: "a"),
        RejectedInput(#"{"a":+1}"#, .malformed, at: 5, path: "a"),
        RejectedInput(#"{"a":NaN}"#, .malformed, at: 5, path: "a"),
        RejectedInput(#"{"a":'x'}"#, .malformed, at: 5, path: "a"),
        RejectedInput(#"{"a":"\x"}"#, .malformed, at: 6, path: "a"),
        RejectedInput(#"{"a":"\u12G4"}"#, .malformed, at: 10, path: "a"),
        RejectedInput("{\"a\":\"\t\"}", .malformed, at: 6, path: "a"),
        RejectedInput("{\u{C}}", .malformed, at: 1),
        RejectedInput(#"{"id":"x"} x"#, .trailingBytes, at: 11),
        RejectedInput(#"{"id":"x"}{}"#, .trailingBytes, at: 10),
        RejectedInput(bytes: [0xEF, 0xBB, 0xBF, 0x7B, 0x7D], .malformed, at: 0),
        // UTF-8 and escapes.
        RejectedInput(#"{"a":"\ud800"}"#, .invalidUTF8, at: 6, path: "a"),
        RejectedInput(#"{"a":"\udc00\ud800"}"#, .invalidUTF8, at: 6, path: "a"),
        RejectedInput(#"{"a":"x\ud800\u0041"}"#, .invalidUTF8, at: 7, path: "a"),
        RejectedInput(
            bytes: Array(#"{"a":""#.utf8) + [0xC3, 0x28] + Array(#""}"#.utf8), .invalidUTF8, at: 6, path: "a"),
        RejectedInput(
            bytes: Array(#"{"a":""#.utf8) + [0xC0, 0xAF] + Array(#""}"#.utf8), .invalidUTF8, at: 6, path: "a"),
        RejectedInput(
            bytes: Array(#"{"a":""#.utf8) + [0xED, 0xA0, 0x80] + Array(#""}"#.utf8),
            .invalidUTF8,
            at: 6,
            path: "a"
        ),
        RejectedInput(
            bytes: Array(#"{"a":""#.utf8) + [0xF4, 0x90, 0x80, 0x80] + Array(#""}"#.utf8),
            .invalidUTF8,
            at: 6,
            path: "a"
        ),
        RejectedInput(bytes: Array(#"{"id":"x"#.utf8) + [0xFF] + Array(#""}"#.utf8), .invalidUTF8, at: 8, path: "id"),
        RejectedInput(bytes: Array(#"{""#.utf8) + [0x80] + Array(#"":1}"#.utf8), .invalidUTF8, at: 2),
        // Paths through batches.
        RejectedInput(
            #"{"notifications":[{},{},{"tags":["",2]}]}"#, .typeMismatch, at: 36, path: "notifications[2].tags[1]"),
        RejectedInput(#"{"notifications":[null]}"#, .typeMismatch, at: 18, path: "notifications[0]"),
        RejectedInput(#"{"notifications":{}}"#, .typeMismatch, at: 17, path: "notifications"),
        RejectedInput(#"{"hasMore":1}"#, .typeMismatch, at: 11, path: "hasMore"),
        RejectedInput(
            #"{"notifications":[{"actor":{"id":""},"actor":{}}]}"#, .duplicateField, at: 37,
            path: "notifications[0].actor"),
    ]

    @Test(arguments: rejected)
    func rejects(input: RejectedInput) throws {
        try input.check(batch: input.path.hasPrefix("notifications") || input.path == "hasMore")
    }

    @Test func describesTheProblemInOneSentence() throws {
        let error = try #require(throws: CodecError.self) { try decode(#"{"actor":{"displayName":5}}"#) }
        #expect(
            error.description == "JSON decode error at byte 24 (actor.displayName): expected a string, found a number")
    }

    @Test func decodesFromAByteBufferWithoutMovingItsReaderIndex() throws {
        var buffer = ByteBufferAllocator().buffer(capacity: 32)
        buffer.writeString(#"{"id":"x"}"#)
        #expect(try JSONCodec().decodeNotification(from: buffer) == NotificationMessage(id: "x"))
        #expect(buffer.readerIndex == 0)
        buffer.writeString(" !")
        let error = try #require(throws: CodecError.self) { try JSONCodec().decodeNotification(from: buffer) }
        #expect(error.code == .trailingBytes)
        #expect(error.offset == 11)
    }
}
