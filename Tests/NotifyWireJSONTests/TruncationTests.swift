import NotifyWireCore
import NotifyWireJSON
import NotifyWireTestSupport
import Testing

/// Every proper prefix of every golden vector is refused as `.truncated` at the offset where it ends:
/// never accepted, never a crash.
@Suite struct TruncationTests {
    @Test(arguments: SampleCorpus.entries.map(\.name))
    func everyPrefixIsRefused(name: String) throws {
        let bytes = try GoldenVectorTests.vector(named: name)
        let entry = try GoldenVectorTests.entry(named: name)
        let codec = JSONCodec()
        for length in 0..<bytes.count {
            let prefix = Array(bytes[0..<length])
            let error = try #require(throws: CodecError.self, "prefix of \(length) bytes") {
                if entry.batch != nil {
                    _ = try codec.decodeBatch(from: prefix)
                } else {
                    _ = try codec.decodeNotification(from: prefix)
                }
            }
            #expect(error.code == .truncated, "prefix of \(length) bytes: \(error)")
            #expect(error.offset == length, "prefix of \(length) bytes: \(error)")
        }
    }

    @Test(arguments: SampleCorpus.entries.map(\.name))
    func theWholeVectorIsAccepted(name: String) throws {
        let bytes = try GoldenVectorTests.vector(named: name)
        let entry = try GoldenVectorTests.entry(named: name)
        if entry.batch != nil {
            #expect(try JSONCodec().decodeBatch(from: bytes) == entry.batch)
        } else {
            #expect(try JSONCodec().decodeNotification(from: bytes) == entry.notification)
        }
    }
}
