public import NIOCore

/// What a ``WebSocketMessageDecoder`` delivers: a complete data message (its fragments joined) or a
/// control frame, the moment it arrives.
public enum WebSocketMessage: Hashable, Sendable {
    /// A text message; its bytes are valid UTF-8.
    case text(ByteBuffer)
    /// A binary message.
    case binary(ByteBuffer)
    /// A ping; the application answers with a pong carrying the same payload.
    case ping(ByteBuffer)
    /// A pong.
    case pong(ByteBuffer)
    /// A close frame: its code and UTF-8 reason, or `nil` for an empty payload. Nothing is read after it.
    case close(WebSocketClose?)
}

/// The payload of a non-empty close frame (RFC 6455 section 5.5.1).
public struct WebSocketClose: Hashable, Sendable {
    /// Why the peer closes; always valid on the wire in a decoded frame.
    public var code: WebSocketCloseCode
    /// The reason, possibly empty.
    public var reason: String

    /// A close payload with `code` and `reason`.
    public init(code: WebSocketCloseCode, reason: String = "") {
        self.code = code
        self.reason = reason
    }
}
