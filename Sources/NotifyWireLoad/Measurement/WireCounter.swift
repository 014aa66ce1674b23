#if Hummingbird
    import Synchronization

    /// Bytes the subscriber connections of one case read and wrote, counted by every connection at once.
    package final class WireCounter: Sendable {
        private let read = Atomic<Int>(0)
        private let written = Atomic<Int>(0)

        /// A counter at zero.
        package init() {}

        /// Adds `count` bytes read.
        package func addRead(_ count: Int) { read.wrappingAdd(count, ordering: .relaxed) }

        /// Adds `count` bytes written.
        package func addWritten(_ count: Int) { written.wrappingAdd(count, ordering: .relaxed) }

        /// Bytes read and written so far, together.
        package var total: Int { read.load(ordering: .relaxed) &+ written.load(ordering: .relaxed) }
    }
#endif
