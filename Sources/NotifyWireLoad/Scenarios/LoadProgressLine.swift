#if Hummingbird
    /// The progress line of one finished row.
    enum LoadProgressLine {
        /// `ramp sse json: 10 subscribers, 100/100 delivered, p99 3.2 ms`.
        static func text(_ row: LoadRow) -> String {
            var line = "\(row.scenario) \(row.transport) \(row.codec): \(row.subscribers) subscribers, "
            line += "\(row.delivered)/\(row.expected) delivered"
            if let p99 = row.p99Ms { line += ", p99 \(Double(Int(p99 * 10)) / 10) ms" }
            if let failed = row.failedConnects, failed > 0 { line += ", \(failed) failed connects" }
            if let gap = row.outageSeconds { line += ", gap \(Int(gap)) s" }
            if let lost = row.lostAfterResume { line += ", \(lost) lost" }
            return line
        }
    }
#endif
