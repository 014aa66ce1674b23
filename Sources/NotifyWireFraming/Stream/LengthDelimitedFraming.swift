public import NotifyWireCore

/// How a length-delimited stream separates messages in a plain byte stream (an HTTP response body, a
/// file, a socket), chosen by the codec's payload kind.
public enum LengthDelimitedFraming: Hashable, Sendable {
    /// Each message is preceded by its length as an unsigned varint (LEB128, at most 10 bytes): the
    /// Protocol Buffers delimited format (`writeDelimitedTo`), used for the binary codecs.
    case varintPrefixed
    /// Each message is one line ending in LF: newline-delimited JSON (`application/x-ndjson`), used for
    /// text codecs, whose output never contains a raw line feed.
    case newlineDelimited

    /// The framing for `codec`: ``newlineDelimited`` for text, ``varintPrefixed`` for binary.
    public init(for codec: some NotificationCodec) {
        self = codec.payloadKind == .text ? .newlineDelimited : .varintPrefixed
    }

    /// The media type of a stream of `codec`'s messages: `application/x-ndjson` for text codecs; for
    /// binary ones, the codec's media type with `; delimited=varint` (a NotifyWire convention).
    public static func mediaType(for codec: some NotificationCodec) -> String {
        codec.payloadKind == .text ? "application/x-ndjson" : codec.mediaType + "; delimited=varint"
    }
}
