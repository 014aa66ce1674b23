#if Hummingbird
    import Synchronization

    /// The notifications a case published successfully (by number): its expected count, and how many of them
    /// were published before a given number (the outage's catch-up).
    final class PublishLedger: Sendable {
        private let numbers = Mutex<[Int]>([])

        /// An empty ledger.
        init() {}

        /// Adds the numbers of published notifications.
        func add(_ published: [Int]) {
            guard !published.isEmpty else { return }
            numbers.withLock { $0 += published }
        }

        /// Notifications published so far.
        var count: Int { numbers.withLock { $0.count } }

        /// Notifications published whose number is below `threshold`.
        func count(below threshold: Int) -> Int {
            numbers.withLock { $0.reduce(0) { $0 + ($1 < threshold ? 1 : 0) } }
        }
    }
#endif
