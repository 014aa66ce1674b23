import Benchmark
import BenchmarkSupport

/// The codec suite on the `large` payload: ours, the peers and the C limit, encode and decode.
let benchmarks: @Sendable () -> Void = {
    CodecSuite.register("large")
}
