import NotifyWireCore
import NotifyWireJSON
import NotifyWireProtobuf
import NotifyWireValidation
import Testing

/// Decoding errors become issues with offsets (and lines for JSON); `--strict` finds unknown fields in every
/// format without any change to the codecs.
@Suite struct PayloadValidatorTests {
    private static let valid = NotificationMessage(
        id: "n-1", kind: .comment, createdAt: Timestamp(seconds: 1_772_366_400), recipientID: "user-7")

    @Test func jsonDecodeErrorHasOffsetLineAndColumn() {
        // The value of "kind" starts at byte 19: line 2 starts at byte 11, so column 9.
        let text = "{\"id\":\"x\",\n\"kind\": true}"
        let result = PayloadValidator().validate(Array(text.utf8), file: "a.json")
        let issue = result.issues.first
        #expect(result.issues.count == 1)
        #expect(issue?.rule == "decode.typeMismatch")
        #expect(issue?.offset == 19)
        #expect(issue?.line == 2)
        #expect(issue?.column == 9)
        #expect(issue?.path == "kind")
    }

    @Test func protobufStrictReportsUnknownFieldNumbers() throws {
        var bytes = try ProtobufCodec().encodedBytes(Self.valid)
        // Field 99, length-delimited ("x"): tag 99 << 3 | 2 = 794 = 0x9A 0x06.
        bytes += [0x9A, 0x06, 0x01, UInt8(ascii: "x")]
        #expect(PayloadValidator().validate(bytes, file: "n.pb").isValid)
        let strict = PayloadValidator(isStrict: true).validate(bytes, file: "n.pb")
        #expect(strict.issues.map(\.rule) == ["strict.unknownField"])
        #expect(strict.issues.first?.message.contains("99") == true)
    }

    @Test func protobufStrictFindsUnknownFieldsInsideABatch() throws {
        // notifications[0] carries field 99; the batch is field 1 (tag 0x0A) holding it, length below 128.
        let inner = try ProtobufCodec().encodedBytes(Self.valid) + [0x9A, 0x06, 0x01, UInt8(ascii: "x")]
        let bytes = [0x0A, UInt8(inner.count)] + inner
        let strict = PayloadValidator(isBatch: true, isStrict: true).validate(bytes, file: "b.pb")
        #expect(strict.issues.map { "\($0.rule) \($0.path)" } == ["strict.unknownField notifications[0]"])
    }

    @Test func messagePackStrictReportsUnknownNameAndNumberKeys() {
        // {"id": "n", "colour": "red", 99: "x"}
        let bytes: [UInt8] =
            [0x83, 0xA2] + Array("id".utf8) + [0xA1] + Array("n".utf8) + [0xA6] + Array("colour".utf8) + [0xA3]
            + Array("red".utf8) + [0x63, 0xA1, UInt8(ascii: "x")]
        let loose = PayloadValidator().validate(bytes, file: "n.msgpack")
        #expect(!loose.issues.contains { $0.rule.hasPrefix("strict.") })
        let strict = PayloadValidator(isStrict: true).validate(bytes, file: "n.msgpack")
        let unknown = strict.issues.filter { $0.rule == "strict.unknownField" }.map(\.path)
        #expect(unknown == ["colour", "99"])
    }

    @Test func jsonStrictReportsUnknownSnakeCaseAndNull() throws {
        let text =
            #"{"id":"n","kind":"COMMENT","createdAt":"2026-03-01T12:00:00Z","recipient_id":"u","#
            + #""title":null,"actor":{"id":"a","nick":"b"}}"#
        #expect(PayloadValidator().validate(Array(text.utf8), file: "n.json").isValid)
        let strict = PayloadValidator(isStrict: true).validate(Array(text.utf8), file: "n.json")
        #expect(
            strict.issues.map { "\($0.rule) \($0.path)" } == [
                "strict.unknownField actor.nick", "strict.nonCanonicalName recipient_id", "strict.null title",
            ])
        // Every JSON problem has a position: `null` at its value (byte 89); an unknown member at the `{` of
        // the object holding it (actor, byte 102); a snake_case member at its object's `{` (the root, byte 0).
        #expect(strict.issues.map(\.offset) == [102, 0, 89])
        #expect(strict.issues.map(\.line) == [1, 1, 1])
        #expect(strict.issues.map(\.column) == [103, 1, 90])
    }

    @Test(arguments: [
        ("n.json", [UInt8](), WireFormat.json),
        ("n.msgpack", [], .messagePack),
        ("n.pb", [], .protobuf),
        ("n.bin", Array("  {}".utf8), .json),
        ("n.bin", [0x81, 0xA0, 0xA0], .messagePack),
        ("n.bin", [0x0A, 0x01, 0x78], .protobuf),
    ])
    func autoDetectsByExtensionThenContent(file: String, bytes: [UInt8], expected: WireFormat) {
        #expect(PayloadFormat.auto.resolve(fileName: file, bytes: bytes) == expected)
    }

    @Test func batchPathsIncludeTheIndex() throws {
        var second = Self.valid
        second.recipientID = ""
        let bytes = try JSONCodec().encodedBytes(NotificationBatch(notifications: [Self.valid, second]))
        let result = PayloadValidator(isBatch: true, isStrict: true).validate(bytes, file: "b.json")
        #expect(result.issues.map(\.path) == ["notifications[1].recipientId"])
    }

    /// The offset of the first occurrence of `needle` in `text`, in UTF-8 bytes.
    private static func offset(of needle: String, in text: String) throws -> Int {
        let haystack = Array(text.utf8)
        let pattern = Array(needle.utf8)
        let start = haystack.indices.first { start in
            start + pattern.count <= haystack.count && Array(haystack[start..<start + pattern.count]) == pattern
        }
        return try #require(start)
    }

    @Test func jsonRuleIssuesPointAtTheValueOrTheEnclosingObject() throws {
        let text = """
            {
              "notifications": [
                {"id": "a", "kind": "COMMENT", "createdAt": "2026-03-01T12:00:00Z", "recipientId": "u"},
                {
                  "id": "",
                  "kind": "COMMENT",
                  "recipient_id": "u",
                  "actor": {"avatar_url": "ftp://x"}
                }
              ]
            }
            """
        let result = PayloadValidator(isBatch: true).validate(Array(text.utf8), file: "b.json")
        let located = result.issues.map { "\($0.path) \($0.line ?? 0):\($0.column ?? 0)" }
        // Line 5 is `      "id": "",`: the empty string's quote is column 13. `createdAt` is missing, so its issue
        // points at the `{` of notifications[1], column 5 of line 4. Line 8 is
        // `      "actor": {"avatar_url": "ftp://x"}`: the URL's quote is column 31.
        #expect(
            located == [
                "notifications[1].id 5:13", "notifications[1].createdAt 4:5", "notifications[1].actor.avatarUrl 8:31",
            ])
        #expect(
            try result.issues.map(\.offset) == [
                Self.offset(of: #""",\#n"#, in: text), Self.offset(of: "\n    {\n", in: text) + 5,
                Self.offset(of: #""ftp"#, in: text),
            ])
    }

    @Test func jsonRuleIssueOfAMissingTopLevelFieldPointsAtTheRootObject() {
        let text = "\n  {\"id\": \"n\", \"kind\": \"COMMENT\", \"recipientId\": \"u\"}\n"
        let result = PayloadValidator().validate(Array(text.utf8), file: "n.json")
        #expect(result.issues.map(\.rule) == ["notification.createdAt.present"])
        // The root `{` follows a newline and two spaces: byte 3, line 2, column 3.
        #expect(result.issues.first?.offset == 3)
        #expect(result.issues.first?.line == 2)
        #expect(result.issues.first?.column == 3)
    }

    @Test func binaryRuleIssuesStayWithoutPosition() throws {
        var invalid = Self.valid
        invalid.id = ""
        let result = PayloadValidator().validate(try ProtobufCodec().encodedBytes(invalid), file: "n.pb")
        #expect(result.issues.map(\.rule) == ["notification.id.nonEmpty"])
        #expect(result.issues.first?.offset == nil)
        #expect(result.issues.first?.line == nil)
    }
}
