import Benchmark
import FramingBenchmarkSupport

/// WebSocket: decoding masked client frames, ours against SwiftNIO's decoder, and each encoder's cost.
let benchmarks: @Sendable () -> Void = {
    WebSocketSuite.register()
}
