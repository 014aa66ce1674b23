import NotifyWireCore
import Testing

@Suite struct CodecErrorTests {
    @Test func descriptionSaysWhatAndWhere() {
        let error = CodecError(
            .typeMismatch,
            format: .json,
            offset: 17,
            path: "actor.displayName",
            message: "expected a string, found a number"
        )
        #expect(
            error.description == "JSON decode error at byte 17 (actor.displayName): expected a string, found a number")
    }

    @Test func descriptionOmitsWhatIsUnknown() {
        let error = CodecError(
            .unencodable, format: .messagePack, operation: .encode, message: "timestamp out of range")
        #expect(error.description == "MessagePack encode error: timestamp out of range")
    }

    @Test func codesCompareByName() {
        #expect(CodecError.Code.truncated == CodecError.Code.truncated)
        #expect(CodecError.Code.truncated != CodecError.Code.malformed)
        #expect(CodecError.Code.limitExceeded.description == "limitExceeded")
    }
}
