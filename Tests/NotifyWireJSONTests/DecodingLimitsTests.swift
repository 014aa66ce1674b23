import NotifyWireCore
import NotifyWireJSON
import Testing

/// Every ``DecodingLimits`` limit is enforced, with `.limitExceeded` at the offset where it was crossed.
@Suite struct DecodingLimitsTests {
    @Test func totalSizeIsCheckedFirst() throws {
        let limits = DecodingLimits(maxMessageBytes: 10)
        #expect(try decode(#"{"id":"x"}"#, limits: limits) == NotificationMessage(id: "x"))
        try RejectedInput(#"{"id":"xy"}"#, .limitExceeded, at: 10).check(limits: limits)
        // Checked before any syntax: even garbage of the wrong size is refused for its size.
        try RejectedInput("!!!!!!!!!!!", .limitExceeded, at: 10).check(limits: limits)
    }

    @Test func depthCountsEveryObjectAndArray() throws {
        let limits = DecodingLimits(maxDepth: 2)
        #expect(try decode(#"{"actor":{},"tags":[],"data":{},"zzz":[]}"#, limits: limits).actor == NotificationActor())
        try RejectedInput(#"{"zzz":[[]]}"#, .limitExceeded, at: 8, path: "zzz").check(limits: limits)
        try RejectedInput(#"{"zzz":[{}]}"#, .limitExceeded, at: 8, path: "zzz").check(limits: limits)
        try RejectedInput(#"{"actor":{"zzz":[]}}"#, .limitExceeded, at: 16, path: "actor.zzz").check(limits: limits)
        try RejectedInput(#"{"notifications":[{}]}"#, .limitExceeded, at: 18, path: "notifications[0]")
            .check(limits: limits, batch: true)
        try RejectedInput("{}", .limitExceeded, at: 0).check(limits: DecodingLimits(maxDepth: 0))
    }

    @Test func deepNestingInAnUnknownFieldIsRefusedWithoutRecursion() throws {
        let depth = 100_000
        let json = #"{"zzz":"# + String(repeating: "[", count: depth) + String(repeating: "]", count: depth) + "}"
        try RejectedInput(json, .limitExceeded, at: 106, path: "zzz").check()
        // With the limit raised out of the way, the iterative skipper still copes.
        let limits = DecodingLimits(maxDepth: .max)
        #expect(try decode(json, limits: limits) == NotificationMessage())
    }

    @Test func stringLengthCountsUnescapedUTF8Bytes() throws {
        let limits = DecodingLimits(maxStringBytes: 3)
        #expect(try decode(#"{"id":"abc"}"#, limits: limits).id == "abc")
        #expect(try decode(#"{"id":"\n\n\n"}"#, limits: limits).id == "\n\n\n")
        #expect(try decode(#"{"id":"\u00e9"}"#, limits: limits).id == "é")
        try RejectedInput(#"{"id":"abcd"}"#, .limitExceeded, at: 6, path: "id").check(limits: limits)
        try RejectedInput(#"{"id":"éé"}"#, .limitExceeded, at: 6, path: "id").check(limits: limits)
        try RejectedInput(#"{"id":"\u00e9\u00e9"}"#, .limitExceeded, at: 6, path: "id").check(limits: limits)
        try RejectedInput(#"{"zzz":["abcd"]}"#, .limitExceeded, at: 8, path: "zzz").check(limits: limits)
        // Member names are strings too.
        try RejectedInput(#"{"abcd":1}"#, .limitExceeded, at: 1).check(limits: limits)
    }

    @Test func entriesAreCountedPerArrayAndObject() throws {
        let limits = DecodingLimits(maxEntries: 2)
        #expect(try decode(#"{"tags":["a","b"],"data":{"k":"","l":""}}"#, limits: limits).tags == ["a", "b"])
        try RejectedInput(#"{"tags":["a","b","c"]}"#, .limitExceeded, at: 17, path: "tags").check(limits: limits)
        try RejectedInput(#"{"data":{"a":"","b":"","c":""}}"#, .limitExceeded, at: 23, path: "data").check(
            limits: limits)
        try RejectedInput(#"{"zzz":[0,0,0]}"#, .limitExceeded, at: 12, path: "zzz").check(limits: limits)
        try RejectedInput(#"{"zzz":{"a":0,"b":0,"c":0}}"#, .limitExceeded, at: 20, path: "zzz").check(limits: limits)
        try RejectedInput(#"{"id":"","url":"","title":""}"#, .limitExceeded, at: 18).check(limits: limits)
        try RejectedInput(#"{"notifications":[{},{},{}]}"#, .limitExceeded, at: 24, path: "notifications")
            .check(limits: limits, batch: true)
    }

    @Test func defaultsAreTheDocumentedOnes() {
        let limits = JSONCodec().limits
        #expect(limits.maxMessageBytes == 4 * 1024 * 1024)
        #expect(limits.maxDepth == 100)
        #expect(limits.maxStringBytes == 1024 * 1024)
        #expect(limits.maxEntries == 10_000)
    }
}
