import Dispatch

/// Times closures in rounds. ``calibrate(_:)`` finds how many calls last at least the target duration;
/// ``nanosecondsPerCall(iterations:_:)`` times one round of that many calls. The caller interleaves
/// contestants round by round, so that the noise of a shared machine falls on all of them alike, and
/// reports the median round.
struct Stopwatch {
    /// The shortest time one round runs, in nanoseconds.
    let targetNanoseconds: UInt64

    /// How many calls of `body` last at least the target duration (after one warm-up call).
    func calibrate(_ body: () throws -> Void) rethrows -> Int {
        try body()
        var iterations = 1
        while iterations < 1 << 30 {
            let start = DispatchTime.now().uptimeNanoseconds
            for _ in 0..<iterations { try body() }
            let elapsed = DispatchTime.now().uptimeNanoseconds - start
            if elapsed >= targetNanoseconds { break }
            if elapsed < targetNanoseconds / 100 {
                iterations *= 10
            } else {
                let scaled = Double(iterations) * 1.1 * Double(targetNanoseconds) / Double(max(elapsed, 1))
                iterations = max(iterations + 1, Int(scaled))
            }
        }
        return iterations
    }

    /// Nanoseconds per call of `body`, over one round of `iterations` calls.
    func nanosecondsPerCall(iterations: Int, _ body: () throws -> Void) rethrows -> Double {
        let start = DispatchTime.now().uptimeNanoseconds
        for _ in 0..<iterations { try body() }
        let elapsed = DispatchTime.now().uptimeNanoseconds - start
        return Double(elapsed) / Double(max(iterations, 1))
    }

    /// The median of a list of samples (0 for an empty one).
    static func median(_ samples: [Double]) -> Double {
        let sorted = samples.sorted()
        guard !sorted.isEmpty else { return 0 }
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }
}
