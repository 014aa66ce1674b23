import Benchmark

/// The metrics and run settings of the framing suites.
enum FramingConfiguration {
    /// The custom metric of stream benchmarks: bytes parsed or decoded per iteration. MB/s is
    /// `throughput × streamBytes ÷ 1,000,000` (throughput is in iterations per second, scaling factor 1).
    static let streamBytes = BenchmarkMetric.custom("streamBytes", polarity: .prefersLarger, useScalingFactor: false)

    /// The custom metric of per-message benchmarks: bytes of the payload framed per operation.
    static let payloadBytes = BenchmarkMetric.custom("payloadBytes", polarity: .prefersLarger, useScalingFactor: false)

    /// One iteration parses or decodes a whole multi-megabyte stream.
    static var stream: Benchmark.Configuration {
        Benchmark.Configuration(
            metrics: [.wallClock, .throughput, .mallocCountTotal, streamBytes],
            timeUnits: .microseconds,
            warmupIterations: 2,
            scalingFactor: .one,
            maxDuration: .seconds(3),
            maxIterations: 60,
            thresholds: [.mallocCountTotal: BenchmarkThresholds(absolute: [.p90: 0])]
        )
    }

    /// One iteration frames 1,000 messages (times and malloc counts are per message).
    static var perMessage: Benchmark.Configuration {
        Benchmark.Configuration(
            metrics: [.wallClock, .throughput, .mallocCountTotal, payloadBytes],
            warmupIterations: 3,
            scalingFactor: .kilo,
            maxDuration: .seconds(1),
            maxIterations: 1_000,
            thresholds: [.mallocCountTotal: BenchmarkThresholds(absolute: [.p90: 0])]
        )
    }
}
