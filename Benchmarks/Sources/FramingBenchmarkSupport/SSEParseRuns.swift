import NIOCore
import NotifyWire
import OpenAPIRuntime

/// One parse of a whole stream by each SSE parser, delivering every event to a consumer that reads its data.
enum SSEParseRuns {
    /// Ours: `SSEEventParser.decode(buffer:)` over each chunk until it returns `nil`, then `finish()`.
    static func ours(_ chunks: [ByteBuffer]) throws -> StreamTally {
        var parser = SSEEventParser()
        var tally = StreamTally()
        for chunk in chunks {
            var buffer = chunk
            while let event = try parser.decode(buffer: &buffer) {
                tally.add(event.data.utf8.count)
            }
        }
        parser.finish()
        return tally
    }

    /// swift-openapi-runtime 1.13.4: `asDecodedServerSentEvents()`, its public entry point for raw events
    /// (`ServerSentEventsLineDeserializationSequence` under `ServerSentEventsDeserializationSequence`; the
    /// `WithJSONData` variant adds `JSONDecoder` on top, which is not framing).
    static func peer(_ bytes: [UInt8], chunkSize: Int) async throws -> StreamTally {
        var tally = StreamTally()
        for try await event in ChunkedByteSequence(bytes: bytes, chunkSize: chunkSize).asDecodedServerSentEvents() {
            tally.add(event.data?.utf8.count ?? 0)
        }
        return tally
    }
}
