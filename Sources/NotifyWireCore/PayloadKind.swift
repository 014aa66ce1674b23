/// Whether a codec's bytes are text or binary, which decides how framing carries them
/// (a WebSocket text or binary message; raw `data:` lines or base64 in Server-Sent Events).
public enum PayloadKind: Hashable, Sendable {
    /// UTF-8 text (JSON).
    case text
    /// Arbitrary bytes (MessagePack, Protocol Buffers).
    case binary
}
