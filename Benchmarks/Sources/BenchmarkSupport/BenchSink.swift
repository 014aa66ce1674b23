import Benchmark

/// Keeps decoded values alive past the optimizer, through package-benchmark's `blackHole`.
enum BenchSink {
    @inline(never)
    static func consume<T>(_ value: T) {
        blackHole(value)
    }
}
