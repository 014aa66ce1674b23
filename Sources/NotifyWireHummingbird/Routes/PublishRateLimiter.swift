#if Hummingbird
    import Synchronization

    /// A token bucket per publisher credential (``NotifyWireServerConfiguration/maxPublishesPerSecond``): each
    /// credential may publish that many requests a second, in bursts of at most as many (and at least one), and
    /// gets 429 beyond.
    ///
    /// The buckets are kept in memory, at most ``maxCredentials`` of them: past that the oldest are forgotten
    /// (a forgotten credential starts again with a full bucket), so that no number of credentials grows the
    /// server's memory without bound.
    final class PublishRateLimiter: Sendable {
        static let maxCredentials = 10_000

        private struct Bucket {
            var tokens: Double
            var updated: ContinuousClock.Instant
        }

        let rate: Double
        private let buckets = Mutex<[String: Bucket]>([:])

        /// The most publishes in a burst: the rate, and at least one.
        var burst: Double { max(1, rate) }

        init(rate: Double) { self.rate = max(rate, 0.001) }

        /// Takes one publish for `credential`: `nil` when allowed, else how long until the next one is.
        func take(for credential: String, now: ContinuousClock.Instant = .now) -> Duration? {
            buckets.withLock { buckets in
                if buckets[credential] == nil, buckets.count >= Self.maxCredentials {
                    let oldest = buckets.min { $0.value.updated < $1.value.updated }?.key
                    if let oldest { buckets[oldest] = nil }
                }
                var bucket = buckets[credential] ?? Bucket(tokens: burst, updated: now)
                let elapsed = now - bucket.updated
                let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
                bucket.tokens = min(burst, bucket.tokens + seconds * rate)
                bucket.updated = now
                defer { buckets[credential] = bucket }
                guard bucket.tokens >= 1 else {
                    return .milliseconds(Int64(((1 - bucket.tokens) / rate * 1000).rounded(.up)))
                }
                bucket.tokens -= 1
                return nil
            }
        }
    }
#endif
