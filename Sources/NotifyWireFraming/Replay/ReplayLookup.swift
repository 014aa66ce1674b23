/// The answer of a ``ReplayLog`` to a reconnecting client's last event ID.
public enum ReplayLookup<Payload: Sendable>: Sendable {
    /// Every retained entry after the client's sequence, oldest first (empty when the client is up to date).
    case entries([ReplayLogEntry<Payload>])
    /// Entries after the client's sequence have been evicted: the client missed notifications that the log
    /// can no longer replay, so the server should tell it to resync (for example by a full reload).
    case tooOld
    /// The id is not a sequence this log can place: not a decimal number that fits in 64 bits (empty,
    /// signs, spaces and non-ASCII digits included), or greater than the newest sequence ever appended (from
    /// another server, or from before a restart). The server decides; treating the client as new is usual.
    case unknown
}

extension ReplayLookup: Equatable where Payload: Equatable {}
