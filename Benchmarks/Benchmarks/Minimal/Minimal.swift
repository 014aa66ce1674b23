import Benchmark
import BenchmarkSupport

/// The codec suite on the `minimal` payload: ours, the peers and the C limit, encode and decode.
let benchmarks: @Sendable () -> Void = {
    CodecSuite.register("minimal")
}
