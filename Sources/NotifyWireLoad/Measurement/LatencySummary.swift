#if Hummingbird
    /// The median, 99th percentile and largest of publish-to-receive latency samples, in milliseconds.
    package struct LatencySummary: Sendable, Equatable {
        /// The median.
        package var p50Ms: Double
        /// The 99th percentile (nearest rank).
        package var p99Ms: Double
        /// The largest sample.
        package var maxMs: Double

        /// A summary of the given values.
        package init(p50Ms: Double, p99Ms: Double, maxMs: Double) {
            self.p50Ms = p50Ms
            self.p99Ms = p99Ms
            self.maxMs = maxMs
        }

        /// The summary of `nanoseconds` (in any order); `nil` when there are no samples.
        package init?(nanoseconds: [Int64]) {
            guard !nanoseconds.isEmpty else { return nil }
            let sorted = nanoseconds.sorted()
            p50Ms = Self.milliseconds(Self.rank(0.50, in: sorted))
            p99Ms = Self.milliseconds(Self.rank(0.99, in: sorted))
            maxMs = Self.milliseconds(sorted[sorted.count - 1])
        }

        /// The nearest-rank percentile `fraction` of non-empty `sorted` samples.
        private static func rank(_ fraction: Double, in sorted: [Int64]) -> Int64 {
            let position = Int((fraction * Double(sorted.count)).rounded(.up)) - 1
            return sorted[min(max(position, 0), sorted.count - 1)]
        }

        private static func milliseconds(_ nanoseconds: Int64) -> Double { Double(nanoseconds) / 1_000_000 }
    }
#endif
