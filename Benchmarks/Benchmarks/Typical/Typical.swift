import Benchmark
import BenchmarkSupport

/// The codec suite on the `typical` payload: ours, the peers and the C limit, encode and decode.
let benchmarks: @Sendable () -> Void = {
    CodecSuite.register("typical")
}
