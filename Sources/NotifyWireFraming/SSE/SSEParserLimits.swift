/// Limits that ``SSEEventParser`` enforces while it buffers a stream, so that a peer that never sends a
/// line end, or an endless event, cannot make it buffer without bound.
public struct SSEParserLimits: Hashable, Sendable {
    /// The longest line accepted, in bytes, not counting its line end (a leading byte order mark counts).
    /// Default: 1 MiB.
    public var maxLineBytes: Int
    /// The largest data of one event accepted, in bytes: the `data:` values of the event plus one LF per
    /// `data:` line, as the data buffer of the standard holds them before dispatch. Default: 4 MiB (the
    /// default ``NotifyWireCore/DecodingLimits/maxMessageBytes`` of the codecs, as UTF-8 text; a base64
    /// payload is 4/3 of its bytes).
    ///
    /// The limit counts bytes received, which is what the parser buffers. The dispatched
    /// ``SSEEvent/data`` can be larger: each byte of invalid UTF-8 becomes U+FFFD, 3 bytes of UTF-8, so an
    /// event's data is at most 3 × `maxEventDataBytes` bytes (reached by a stream of invalid bytes only).
    public var maxEventDataBytes: Int

    /// Creates limits; every argument defaults to the safe default documented on its property.
    public init(maxLineBytes: Int = 1024 * 1024, maxEventDataBytes: Int = 4 * 1024 * 1024) {
        self.maxLineBytes = maxLineBytes
        self.maxEventDataBytes = maxEventDataBytes
    }

    /// The safe defaults.
    public static let `default` = SSEParserLimits()
}
