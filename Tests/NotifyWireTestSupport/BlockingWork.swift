import Foundation

/// Runs blocking work (waiting on a child process, `curl`, a Python peer) on a thread of its own, so that a test
/// never holds one of Swift concurrency's cooperative threads while it waits: there are as many as there are
/// cores, and the tests running beside it (in-process servers, timeouts) need them.
public enum BlockingWork {
    /// Runs `body` on a new thread and returns its result.
    public static func run<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            Thread.detachNewThread {
                continuation.resume(with: Result { try body() })
            }
        }
    }
}
