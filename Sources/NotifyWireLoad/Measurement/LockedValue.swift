#if Hummingbird
    import Synchronization

    /// A value shared between tasks behind a lock: a class, so that escaping closures can capture it.
    final class LockedValue<Value: Sendable>: Sendable {
        private let mutex: Mutex<Value>

        /// A box holding `value`.
        init(_ value: Value) { mutex = Mutex(value) }

        /// Runs `body` with exclusive access to the value.
        func withLock<Result: Sendable>(_ body: (inout Value) -> Result) -> Result {
            mutex.withLock { body(&$0) }
        }
    }
#endif
