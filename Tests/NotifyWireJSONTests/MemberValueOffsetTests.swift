import NotifyWireCore
import NotifyWireJSON
import Testing

/// `JSONCodec.memberValueOffsets(in:isBatch:)` finds where each member value starts, keyed by the paths that
/// validation reports, with the codec's own scanner.
@Suite struct MemberValueOffsetTests {
    private func offsets(_ text: String, isBatch: Bool = false) throws -> [String: Int] {
        let bytes = Array(text.utf8)
        // Only decoded input is ever walked: make sure these inputs decode.
        if isBatch {
            _ = try JSONCodec().decodeBatch(from: bytes)
        } else {
            _ = try JSONCodec().decodeNotification(from: bytes)
        }
        return bytes.withUnsafeBytes { JSONCodec().memberValueOffsets(in: $0, isBatch: isBatch) }
    }

    /// The offset of the first occurrence of `needle` in `text`, in UTF-8 bytes.
    private func offset(of needle: String, in text: String) throws -> Int {
        let haystack = Array(text.utf8)
        let pattern = Array(needle.utf8)
        let start = haystack.indices.first { start in
            start + pattern.count <= haystack.count && Array(haystack[start..<start + pattern.count]) == pattern
        }
        return try #require(start)
    }

    @Test func nestedObjectsAreKeyedByDottedPaths() throws {
        let text = #"{"id":"n","actor":{"id":"a","avatarUrl":"x"},"subject":{"type":"t"}}"#
        // `{"id":` is 6 bytes; `"n",` 4 more and `"actor":` 8 more put the actor's `{` at 18; inside it
        // `"id":` ends at 23, and `"a","avatarUrl":` (16 bytes) puts the avatar URL's quote at 40.
        #expect(
            try offsets(text) == [
                "": 0, "id": 6, "actor": 18, "actor.id": 24, "actor.avatarUrl": 40,
                "subject": try offset(of: #"{"type""#, in: text), "subject.type": try offset(of: #""t""#, in: text),
            ])
    }

    @Test func whitespaceIsSkippedBeforeValues() throws {
        let text = " \n{\n  \"id\" :  \"n\"\n}\n"
        // The root `{` is byte 2; line 2, `  "id" :  "n"`, starts at byte 4 and has the value's quote in
        // column 11, so at byte 14.
        #expect(try offsets(text) == ["": 2, "id": 14])
    }

    @Test func snakeCaseNamesMapToCamelCasePaths() throws {
        let text =
            #"{"created_at":"2026-03-01T12:00:00Z","recipient_id":"u","#
            + #""actor":{"avatar_url":"x","display_name":"d"}}"#
        let found = try offsets(text)
        #expect(found["createdAt"] == 14)
        #expect(found["recipientId"] == (try offset(of: #""u""#, in: text)))
        #expect(found["actor.avatarUrl"] == (try offset(of: #""x""#, in: text)))
        #expect(found["actor.displayName"] == (try offset(of: #""d""#, in: text)))
        #expect(found["created_at"] == nil)
        #expect(found["actor.avatar_url"] == nil)
    }

    @Test func escapedNamesAndDataKeysAreDecoded() throws {
        let text = #"{"\u0069d":"x","data":{"a\"b":"1","\u00e9":"2","":"3"}}"#
        #expect(
            try offsets(text) == [
                "": 0,
                "id": 11,
                "data": try offset(of: "{\"a", in: text),
                #"data["a"b"]"#: try offset(of: #""1""#, in: text),
                "data[\"\u{E9}\"]": try offset(of: #""2""#, in: text),
                #"data[""]"#: try offset(of: #""3""#, in: text),
            ])
    }

    @Test func tagsAreKeyedByIndex() throws {
        let text = #"{"tags":["a", "b","c"]}"#
        // `{"tags":` is 8 bytes: `[` at 8, then `"a"` at 9, `"b"` at 14 (after `, `), `"c"` at 18.
        #expect(try offsets(text) == ["": 0, "tags": 8, "tags[0]": 9, "tags[1]": 14, "tags[2]": 18])
    }

    @Test func batchPathsStartWithNotifications() throws {
        let text = #"{"notifications":[{"id":"a"},{"kind":1,"actor":{"id":"z"}}],"has_more":true,"cursor":"c"}"#
        #expect(
            try offsets(text, isBatch: true) == [
                "": 0,
                "notifications": 17,
                "notifications[0]": 18,
                "notifications[0].id": 24,
                "notifications[1]": 29,
                "notifications[1].kind": try offset(of: "1,", in: text),
                "notifications[1].actor": try offset(of: #"{"id":"z"#, in: text),
                "notifications[1].actor.id": try offset(of: #""z""#, in: text),
                "hasMore": try offset(of: "true", in: text),
                "cursor": try offset(of: #""c""#, in: text),
            ])
    }

    @Test func unknownMembersAreSkippedAndNullsRecorded() throws {
        let text = #"{"extra":{"id":"no","tags":[1]},"title":null,"id":"x"}"#
        #expect(
            try offsets(text) == [
                "": 0, "title": try offset(of: "null", in: text), "id": try offset(of: #""x""#, in: text),
            ])
    }

    @Test func bytesThatDoNotScanGiveWhatWasFoundBeforeTheFailure() {
        let bytes = Array(#"{"id":"x","title":"#.utf8)
        let found = bytes.withUnsafeBytes { JSONCodec().memberValueOffsets(in: $0, isBatch: false) }
        // The input ends at byte 18, right where the value of "title" should start.
        #expect(found == ["": 0, "id": 6, "title": 18])
    }
}
