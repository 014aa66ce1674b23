public import NIOCore
public import NotifyWireCore

/// A whole event stream parsed at once: its events and the reconnection state it leaves. For tools and
/// tests that hold the complete stream (`notifywire sse parse`); servers and clients use
/// ``SSEEventParser`` incrementally.
public struct SSEParsedStream: Hashable, Sendable {
    /// The events dispatched, in order.
    public var events: [SSEEvent]
    /// The reconnection time in milliseconds in force at the end of the stream, or `nil` when the stream
    /// never set one.
    public var retry: Int?
    /// The stream's last event ID at the end (`""` when none was committed).
    public var lastEventID: String

    /// Parses the readable bytes of `stream` as a complete stream: an incomplete final event is discarded.
    public init(parsing stream: ByteBuffer, limits: SSEParserLimits = .default) throws(FramingError) {
        var parser = SSEEventParser(limits: limits)
        var buffer = stream
        var events: [SSEEvent] = []
        while let event = try parser.decode(buffer: &buffer) { events.append(event) }
        parser.finish()
        self.events = events
        self.retry = parser.retry
        self.lastEventID = parser.lastEventID
    }

    /// Parses `bytes` as a complete stream.
    public init(parsing bytes: [UInt8], limits: SSEParserLimits = .default) throws(FramingError) {
        try self.init(parsing: ByteBuffer(bytes: bytes), limits: limits)
    }

    /// Decodes every event's payload with `codec` (base64 for a binary codec), in order.
    public func notifications(codec: some NotificationCodec) throws(FramingError) -> [NotificationMessage] {
        let decoder = SSENotificationDecoder(codec: codec)
        var notifications: [NotificationMessage] = []
        notifications.reserveCapacity(events.count)
        for event in events { notifications.append(try decoder.notification(from: event)) }
        return notifications
    }
}
