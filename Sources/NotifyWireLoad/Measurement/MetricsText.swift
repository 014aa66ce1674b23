#if Hummingbird
    /// Reads Prometheus text exposition (`GET /metrics`).
    enum MetricsText {
        /// The sum of every sample of metric `name` (any labels); `nil` when there is none.
        static func sum(of name: String, in text: String) -> Int? {
            var total: Double?
            for line in text.split(separator: "\n") where line.hasPrefix(name) {
                let rest = line.dropFirst(name.count)
                guard let next = rest.first, next == "{" || next == " " else { continue }
                guard let valueText = rest.split(separator: " ").last, let value = Double(valueText) else { continue }
                total = (total ?? 0) + value
            }
            return total.flatMap { Int(exactly: $0.rounded()) }
        }
    }
#endif
