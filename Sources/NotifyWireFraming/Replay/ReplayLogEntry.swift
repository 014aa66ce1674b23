/// One entry of a ``ReplayLog``: a payload and the sequence it was sent under.
public struct ReplayLogEntry<Payload: Sendable>: Sendable {
    /// The notification's `sequence`, which is also the `id:` of its Server-Sent Event.
    public var sequence: UInt64
    /// What is kept: the framed or encoded bytes, or the notification itself.
    public var payload: Payload
    /// The size charged against ``ReplayLogLimits/maxBytes``.
    public var byteCount: Int

    /// Creates an entry.
    public init(sequence: UInt64, payload: Payload, byteCount: Int) {
        self.sequence = sequence
        self.payload = payload
        self.byteCount = byteCount
    }
}

extension ReplayLogEntry: Equatable where Payload: Equatable {}
extension ReplayLogEntry: Hashable where Payload: Hashable {}
