/// What a WebSocket decoder accepts before it fails with ``FramingError/Code/webSocketMessageTooBig`` (close
/// code 1009). Both limits are checked from a frame's header, before any of its payload is buffered.
public struct WebSocketLimits: Hashable, Sendable {
    /// The largest payload of one frame, in bytes. Default 1 MiB (1 048 576).
    public var maxFramePayloadBytes: Int
    /// The largest data message, in bytes: the sum of the payloads of its fragments (control frames do not
    /// count). Default 1 MiB (1 048 576).
    public var maxMessageBytes: Int

    /// Limits with the given values; negative values are treated as 0.
    public init(maxFramePayloadBytes: Int = 1 << 20, maxMessageBytes: Int = 1 << 20) {
        self.maxFramePayloadBytes = max(0, maxFramePayloadBytes)
        self.maxMessageBytes = max(0, maxMessageBytes)
    }

    /// 1 MiB per frame and per message.
    public static let `default` = WebSocketLimits()
}
