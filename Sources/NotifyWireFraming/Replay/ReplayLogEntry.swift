/// One entry of a ``ReplayLog``: a payload and the sequence it was sent under.
public struct ReplayLogEntry<Payload: Sendable>: Sendable {
    /// The notification's `sequence`, which is also the `id:` of its Server-Sent Event.
    public var sequence: UInt64
    /// What is kept: the framed or encoded bytes, or the notification itself.
    public var payload: Payload
    /// The size charged against ``ReplayLogLimits/maxBytes``.
    public var byteCount: Int
    /// The partition it belongs to (for notifications: the recipient), or `nil` for every partition: long-polls
    /// waiting on a partition are woken only by its entries and those without a partition
    /// (``ReplayLog/waitForEntry(after:partition:timeout:)``).
    public var partition: String?

    /// Creates an entry.
    public init(sequence: UInt64, payload: Payload, byteCount: Int, partition: String? = nil) {
        self.sequence = sequence
        self.payload = payload
        self.byteCount = byteCount
        self.partition = partition
    }
}

extension ReplayLogEntry: Equatable where Payload: Equatable {}
extension ReplayLogEntry: Hashable where Payload: Hashable {}
