#if Hummingbird
    import Foundation

    /// Runs blocking work (waiting on a child process, `curl`, a Python client) on a thread of its own, so that
    /// the end-to-end tests never hold one of Swift concurrency's few cooperative threads while they wait (the
    /// in-process server tests of this target run beside them and need those threads).
    enum BlockingWork {
        /// Runs `body` on a new thread and returns its result.
        static func run<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async throws -> T {
            try await withCheckedThrowingContinuation { continuation in
                Thread.detachNewThread {
                    continuation.resume(with: Result { try body() })
                }
            }
        }
    }
#endif
