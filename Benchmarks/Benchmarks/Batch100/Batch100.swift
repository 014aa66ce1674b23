import Benchmark
import BenchmarkSupport

/// The codec suite on the `batch100` payload: ours, the peers and the C limit, encode and decode.
let benchmarks: @Sendable () -> Void = {
    CodecSuite.register("batch100")
}
