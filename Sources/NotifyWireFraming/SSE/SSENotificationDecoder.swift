public import NIOCore
public import NotifyWireCore

/// Turns a Server-Sent Events stream back into notifications with a given codec: the receiving half of
/// ``SSEEventWriter``.
///
/// Each event's data is one payload: UTF-8 text for a text codec (JSON), standard padded base64 for a
/// binary codec (MessagePack, Protocol Buffers). Every event is decoded, whatever its type. For a
/// reconnect, send ``lastEventID`` in `Last-Event-ID` and wait ``retry`` milliseconds (when set).
///
/// ```swift
/// var decoder = SSENotificationDecoder(codec: JSONCodec())
/// while let notification = try decoder.decode(buffer: &chunk) { show(notification) }
/// ```
public struct SSENotificationDecoder<Codec: NotificationCodec>: Sendable {
    /// The codec that decodes each event's payload.
    public let codec: Codec
    /// The event parser underneath.
    public private(set) var parser: SSEEventParser

    /// Creates a decoder at the start of a stream.
    public init(codec: Codec, limits: SSEParserLimits = .default) {
        self.codec = codec
        self.parser = SSEEventParser(limits: limits)
    }

    /// The stream's last event ID, to send in `Last-Event-ID` when reconnecting.
    public var lastEventID: String { parser.lastEventID }
    /// The reconnection time in milliseconds the stream set, or `nil`.
    public var retry: Int? { parser.retry }

    /// Reads bytes from `buffer` until an event is complete and returns its notification; returns `nil`
    /// when every byte has been consumed without completing an event. Call it again until it returns `nil`.
    ///
    /// A payload that does not decode throws ``FramingError/Code/invalidBase64`` or
    /// ``FramingError/Code/payloadDecodingFailed``; that event is consumed and the stream stays usable, so
    /// calling again goes on with the next event. Stream errors (limits) are those of
    /// ``SSEEventParser/decode(buffer:)``.
    public mutating func decode(buffer: inout ByteBuffer) throws(FramingError) -> NotificationMessage? {
        guard let event = try parser.decode(buffer: &buffer) else { return nil }
        return try notification(from: event)
    }

    /// Ends the stream, discarding an incomplete event (see ``SSEEventParser/finish()``).
    public mutating func finish() {
        parser.finish()
    }

    /// Decodes the notification carried by one event.
    public func notification(from event: SSEEvent) throws(FramingError) -> NotificationMessage {
        var data = event.data
        let result: Result<NotificationMessage, FramingError> = data.withUTF8 { bytes in
            Result { () throws(FramingError) in try decodePayload(UnsafeRawBufferPointer(bytes)) }
        }
        return try result.get()
    }

    private func decodePayload(_ text: UnsafeRawBufferPointer) throws(FramingError) -> NotificationMessage {
        switch codec.payloadKind {
        case .text:
            do {
                return try codec.decodeNotification(from: text)
            } catch {
                throw Self.decodingFailed(error)
            }
        case .binary:
            var payload = ByteBufferAllocator().buffer(capacity: text.count / 4 * 3)
            try Base64.decode(text, into: &payload)
            do {
                return try codec.decodeNotification(from: payload)
            } catch {
                throw Self.decodingFailed(error)
            }
        }
    }

    private static func decodingFailed(_ error: CodecError) -> FramingError {
        FramingError(
            .payloadDecodingFailed,
            message: "the codec could not decode the event's payload: \(error)",
            codecError: error
        )
    }
}
