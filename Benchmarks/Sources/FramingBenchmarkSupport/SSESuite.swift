import Benchmark
import NIOCore
import NotifyWire

/// Registers the SSE suite: our `SSEEventParser` against swift-openapi-runtime's parser on the same streams
/// and chunkings, and our `SSEEventWriter`'s cost per event.
public enum SSESuite {
    /// The chunk sizes the streams are fed in.
    static let chunkSizes = [(label: "1KiB", bytes: 1 << 10), (label: "64KiB", bytes: 64 << 10)]

    /// Declares every benchmark of the suite.
    public static func register() {
        let streams: [SSEBenchStream]
        do {
            streams = [
                try SSEBenchStream(name: "json", codec: JSONCodec()),
                try SSEBenchStream(name: "base64", codec: MessagePackCodec()),
            ]
        } catch {
            print("SSE suite: setup failed: \(error)")
            return
        }
        for stream in streams {
            for chunkSize in chunkSizes {
                registerParse(stream, chunkSize: chunkSize.bytes, label: chunkSize.label)
            }
        }
        registerWriter()
    }

    private static func registerParse(_ stream: SSEBenchStream, chunkSize: Int, label: String) {
        let chunks = stream.chunks(of: chunkSize)
        let bytes = stream.bytes
        let expected = stream.expected
        let oursName = "ours_sse-\(stream.name)_parse-\(label)"
        Benchmark(oursName, configuration: FramingConfiguration.stream) { benchmark in
            for _ in benchmark.scaledIterations {
                let tally = try SSEParseRuns.ours(chunks)
                guard tally == expected else {
                    throw StreamMismatch(contestant: oursName, expected: expected, got: tally)
                }
            }
            benchmark.measurement(FramingConfiguration.streamBytes, bytes.count)
        }
        let peerName = "peer_openapi-runtime_sse-\(stream.name)_parse-\(label)"
        Benchmark(peerName, configuration: FramingConfiguration.stream) { benchmark in
            for _ in benchmark.scaledIterations {
                let tally = try await SSEParseRuns.peer(bytes, chunkSize: chunkSize)
                guard tally == expected else {
                    throw StreamMismatch(contestant: peerName, expected: expected, got: tally)
                }
            }
            benchmark.measurement(FramingConfiguration.streamBytes, bytes.count)
        }
    }

    /// Framing one already encoded typical notification into a reused buffer (cleared first): JSON as a
    /// `data:` line, MessagePack as base64.
    private static func registerWriter() {
        let writer = SSEEventWriter()
        let cases: [(name: String, codec: any NotificationCodec, kind: PayloadKind)] = [
            ("json", JSONCodec(), .text),
            ("base64", MessagePackCodec(), .binary),
        ]
        for (name, codec, kind) in cases {
            let payload: ByteBuffer
            do {
                payload = ByteBuffer(bytes: try codec.encodedBytes(SampleCorpus.typical))
            } catch {
                print("SSE suite: setup failed: \(error)")
                return
            }
            let output = ReusedOutput(capacity: payload.readableBytes * 2 + 64)
            let id = String(SampleCorpus.typical.sequence)
            Benchmark("ours_sse-\(name)_write", configuration: FramingConfiguration.perMessage) { benchmark in
                for _ in benchmark.scaledIterations {
                    output.buffer.clear()
                    try writer.write(payload: payload, id: id, kind: kind, into: &output.buffer)
                }
                blackHole(output.buffer.readableBytes)
                benchmark.measurement(FramingConfiguration.payloadBytes, payload.readableBytes)
            }
        }
    }
}
