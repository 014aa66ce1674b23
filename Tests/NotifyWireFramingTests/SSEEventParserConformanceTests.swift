import NotifyWireFraming
import Testing

/// Every case of `conformance/sse/parse-vectors.json`, fed whole, in the listed chunks and byte by byte.
@Suite struct SSEEventParserConformanceTests {
    /// The longest input that is also fed one byte at a time.
    static let byteByByteLimit = 4096

    @Test func vectorFileLoads() throws {
        let vectors = try SSEParseVector.loadAll()
        #expect(vectors.count >= 100)
        #expect(Set(vectors.map(\.name)).count == vectors.count, "case names must be unique")
    }

    @Test(arguments: SSEParseVector.names)
    func fedWhole(name: String) throws {
        let vector = try #require(SSEParseVector.named(name))
        let result = try SSEFeeding.parse(vector.input)
        #expect(result.events == vector.events)
        #expect(result.retry == vector.retry)
    }

    @Test(arguments: SSEParseVector.names)
    func fedInListedChunks(name: String) throws {
        let vector = try #require(SSEParseVector.named(name))
        let result = try SSEFeeding.parse(vector.input, splitAt: vector.chunks ?? [])
        #expect(result.events == vector.events)
        #expect(result.retry == vector.retry)
    }

    @Test(arguments: SSEParseVector.names)
    func fedOneByteAtATime(name: String) throws {
        let vector = try #require(SSEParseVector.named(name))
        guard vector.input.count <= Self.byteByByteLimit else { return }
        let result = try SSEFeeding.parse(vector.input, splitAt: SSEFeeding.stride(of: 1, count: vector.input.count))
        #expect(result.events == vector.events)
        #expect(result.retry == vector.retry)
    }
}
