/// One event dispatched by ``SSEEventParser``, as `EventSource` would deliver it to a `MessageEvent`.
public struct SSEEvent: Hashable, Sendable {
    /// The event type: the last `event:` value of the event, or `"message"` when there was none or it was empty.
    public var type: String
    /// The `data:` values of the event joined with LF (the final LF removed). Invalid UTF-8 in the stream
    /// has been replaced with U+FFFD.
    public var data: String
    /// The stream's last event ID when the event was dispatched: the last `id:` value seen so far in the
    /// stream (it persists across events), or `""`.
    public var lastEventID: String

    /// Creates an event.
    public init(type: String = "message", data: String, lastEventID: String = "") {
        self.type = type
        self.data = data
        self.lastEventID = lastEventID
    }
}
