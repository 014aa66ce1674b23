public import NIOCore
public import NotifyWireCore

/// Decodes the notifications of a length-delimited stream of `codec`'s messages from chunks split
/// anywhere: a ``LengthDelimitedReader`` followed by the codec.
public struct LengthDelimitedNotificationDecoder<Codec: NotificationCodec>: Sendable {
    /// The payload codec.
    public let codec: Codec
    /// The framing reader.
    public private(set) var reader: LengthDelimitedReader

    /// A decoder of `codec`'s stream; messages above `maxMessageBytes` (default: the codec's
    /// ``NotifyWireCore/DecodingLimits/maxMessageBytes``) are rejected before they are buffered.
    public init(codec: Codec, maxMessageBytes: Int? = nil) {
        self.codec = codec
        self.reader = LengthDelimitedReader(
            framing: LengthDelimitedFraming(for: codec),
            maxMessageBytes: maxMessageBytes ?? codec.limits.maxMessageBytes)
    }

    /// The next notification, or `nil` when more input is needed.
    ///
    /// - Throws: the reader's errors, and ``FramingError/Code/payloadDecodingFailed`` (with the codec's
    ///   error and the stream offset of the message) when a message does not decode.
    public mutating func decode(buffer: inout ByteBuffer) throws(FramingError) -> NotificationMessage? {
        let start = reader.streamOffset
        guard let message = try reader.decode(buffer: &buffer) else { return nil }
        return try notification(from: message, offset: start)
    }

    /// The last notification when the stream ends (see ``LengthDelimitedReader/decodeLast(buffer:seenEOF:)``).
    public mutating func decodeLast(buffer: inout ByteBuffer, seenEOF: Bool) throws(FramingError)
        -> NotificationMessage?
    {
        let start = reader.streamOffset
        guard let message = try reader.decodeLast(buffer: &buffer, seenEOF: seenEOF) else { return nil }
        return try notification(from: message, offset: start)
    }

    /// Decodes every notification of a complete stream.
    public mutating func decodeAll(_ stream: ByteBuffer) throws(FramingError) -> [NotificationMessage] {
        var buffer = stream
        var notifications: [NotificationMessage] = []
        while let notification = try decode(buffer: &buffer) { notifications.append(notification) }
        if let last = try decodeLast(buffer: &buffer, seenEOF: true) { notifications.append(last) }
        return notifications
    }

    private func notification(from message: ByteBuffer, offset: Int) throws(FramingError) -> NotificationMessage {
        do {
            return try codec.decodeNotification(from: message)
        } catch {
            throw FramingError(
                .payloadDecodingFailed, offset: offset,
                message: "the codec could not decode the message: \(error)", codecError: error)
        }
    }
}
