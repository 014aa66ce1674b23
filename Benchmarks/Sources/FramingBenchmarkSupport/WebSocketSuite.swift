import Benchmark
import NIOCore
import NotifyWire

/// Registers the WebSocket suite: decoding masked client frames with our `WebSocketMessageDecoder` and with
/// SwiftNIO's `WebSocketFrameDecoder` on the same bytes, and the cost per message of each encoder.
public enum WebSocketSuite {
    /// The size of the reads that deliver the stream to the decoders.
    static let readSize = 64 << 10

    /// Declares every benchmark of the suite.
    public static func register() {
        let streams: [WebSocketBenchStream]
        let typicalJSON: ByteBuffer
        do {
            streams = [WebSocketBenchStream.binary64KiB(), try WebSocketBenchStream.json()]
            var payload = ByteBuffer()
            try JSONCodec().encode(SampleCorpus.typical, into: &payload)
            typicalJSON = payload
        } catch {
            print("WebSocket suite: setup failed: \(error)")
            return
        }
        for stream in streams {
            registerDecode(stream)
        }
        registerEncode(typicalJSON)
    }

    private static func registerDecode(_ stream: WebSocketBenchStream) {
        let chunks = stream.chunks(of: readSize)
        let expected = stream.expected
        let bytes = stream.stream.readableBytes
        let contestants: [(name: String, decode: ([ByteBuffer]) throws -> StreamTally)] = [
            ("ours_ws-\(stream.name)_decode", OursWebSocketRuns.decode),
            ("peer_nio_ws-\(stream.name)_decode", PeerWebSocketRuns.decode),
        ]
        for (name, decode) in contestants {
            Benchmark(name, configuration: FramingConfiguration.stream) { benchmark in
                for _ in benchmark.scaledIterations {
                    let tally = try decode(chunks)
                    guard tally == expected else {
                        throw StreamMismatch(contestant: name, expected: expected, got: tally)
                    }
                }
                benchmark.measurement(FramingConfiguration.streamBytes, bytes)
            }
        }
    }

    private static func registerEncode(_ payload: ByteBuffer) {
        let output = ReusedOutput(capacity: payload.readableBytes + 64)
        let ours = OursWebSocketRuns.encoder()
        Benchmark("ours_ws-json_encode", configuration: FramingConfiguration.perMessage) { benchmark in
            for _ in benchmark.scaledIterations {
                ours(payload, output)
            }
            blackHole(output.buffer.readableBytes)
            benchmark.measurement(FramingConfiguration.payloadBytes, payload.readableBytes)
        }
        let peer: (ByteBuffer) throws -> Void
        do {
            peer = try PeerWebSocketRuns.encoder()
        } catch {
            print("WebSocket suite: setup failed: \(error)")
            return
        }
        Benchmark("peer_nio_ws-json_encode", configuration: FramingConfiguration.perMessage) { benchmark in
            for _ in benchmark.scaledIterations {
                try peer(payload)
            }
            benchmark.measurement(FramingConfiguration.payloadBytes, payload.readableBytes)
        }
    }
}
