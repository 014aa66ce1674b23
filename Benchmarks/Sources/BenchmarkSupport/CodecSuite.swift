import Benchmark
import NotifyWire

/// Registers one codec suite: ours, the peers and the C limit, encode and decode, on one payload.
public enum CodecSuite {
    /// The custom metric: bytes of the encoding an operation writes or reads.
    static let encodedBytes = BenchmarkMetric.custom("encodedBytes", polarity: .prefersSmaller, useScalingFactor: false)

    /// Declares every benchmark of the suite for the payload `name` (`typical`).
    public static func register(_ name: String) {
        guard let payload = BenchPayload.named(name) else {
            print("unknown payload \(name)")
            return
        }
        let contestants: [Contestant]
        do {
            contestants =
                try OursContestants.make(payload: payload) + PeerContestants.make(payload: payload)
                + LimitContestants.make(payload: payload)
        } catch {
            print("suite \(name): setup failed: \(error)")
            return
        }
        Benchmark.defaultConfiguration = .init(
            metrics: [.wallClock, .throughput, .mallocCountTotal, encodedBytes],
            warmupIterations: 3,
            scalingFactor: payload.isBatch ? .one : .kilo,
            maxDuration: .seconds(1),
            maxIterations: 1_000,
            thresholds: [.mallocCountTotal: BenchmarkThresholds(absolute: [.p90: 0])]
        )
        for contestant in contestants {
            let run = contestant.run
            let size = contestant.encodedSize
            // package-benchmark writes threshold files under a shell-safe name (spaces become `_`) but
            // reads them back under the raw name, so names carry no spaces: `ours_json_encode`.
            Benchmark(String(contestant.name.map { $0 == " " ? "_" : $0 })) { benchmark in
                for _ in benchmark.scaledIterations {
                    try run()
                }
                benchmark.measurement(encodedBytes, size)
            }
        }
    }
}
