import Benchmark
import FramingBenchmarkSupport

/// Server-Sent Events: our parser against swift-openapi-runtime's on multi-megabyte streams, and our writer.
let benchmarks: @Sendable () -> Void = {
    SSESuite.register()
}
