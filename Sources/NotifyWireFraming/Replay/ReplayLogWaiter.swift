/// A long-poll waiting on a ``ReplayLog`` for an entry after `sequence` (in `partition`, when given), kept in
/// the log's locked state.
///
/// A slot is created `pending` before the waiting task suspends, becomes `waiting` when its continuation
/// is registered, and is removed when the continuation is resumed (by an append, by cancellation or at
/// registration). A cancellation that arrives before registration marks it `cancelled`, so that the
/// registration resumes at once; either way no continuation is left behind.
enum ReplayLogWaiter: Sendable {
    case pending
    case waiting(after: UInt64, partition: String?, CheckedContinuation<Bool, Never>)
    case cancelled
}
