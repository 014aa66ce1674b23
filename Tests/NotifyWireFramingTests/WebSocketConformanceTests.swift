import NotifyWireFraming
import Testing

/// Every case of `conformance/websocket/frame-vectors.json`, fed whole, in the listed chunks and one byte at
/// a time.
@Suite struct WebSocketConformanceTests {
    @Test func vectorFileLoads() throws {
        let vectors = try WebSocketFrameVector.loadAll()
        #expect(vectors.count >= 100)
        #expect(Set(vectors.map(\.name)).count == vectors.count, "case names must be unique")
        #expect(vectors.contains { $0.chunks != nil })
        #expect(vectors.contains { $0.expect.error != nil })
    }

    private func decode(_ vector: WebSocketFrameVector, splitAt offsets: [Int]) -> WebSocketOutcome {
        WebSocketFeeding.decode(
            vector.input, role: vector.role == "server" ? .server : .client,
            limits: WebSocketLimits(maxFramePayloadBytes: vector.maxFrame, maxMessageBytes: vector.maxMessage),
            splitAt: offsets)
    }

    @Test(arguments: WebSocketFrameVector.names)
    func fedWhole(name: String) throws {
        let vector = try #require(WebSocketFrameVector.named(name))
        #expect(decode(vector, splitAt: []) == vector.expect)
    }

    @Test(arguments: WebSocketFrameVector.names)
    func fedInListedChunks(name: String) throws {
        let vector = try #require(WebSocketFrameVector.named(name))
        #expect(decode(vector, splitAt: vector.chunks ?? []) == vector.expect)
    }

    @Test(arguments: WebSocketFrameVector.names)
    func fedOneByteAtATime(name: String) throws {
        let vector = try #require(WebSocketFrameVector.named(name))
        let offsets = WebSocketFeeding.stride(of: 1, count: vector.input.count)
        #expect(decode(vector, splitAt: offsets) == vector.expect)
    }
}
