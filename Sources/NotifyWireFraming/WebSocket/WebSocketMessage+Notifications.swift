import NIOCore
public import NotifyWireCore

extension WebSocketMessage {
    /// Decodes the notification a data message carries with `codec`, which must match the message type: a
    /// text message for a text codec, a binary message for a binary one. Control frames carry none.
    public func notification(codec: some NotificationCodec) throws(FramingError) -> NotificationMessage {
        let payload: ByteBuffer
        switch (self, codec.payloadKind) {
        case (.text(let bytes), .text), (.binary(let bytes), .binary):
            payload = bytes
        default:
            throw FramingError(
                .payloadDecodingFailed,
                message: "a \(kindName) message does not carry a \(codec.format.displayName) notification")
        }
        do {
            return try codec.decodeNotification(from: payload)
        } catch {
            throw FramingError(
                .payloadDecodingFailed, message: "the codec could not decode the message: \(error)",
                codecError: error)
        }
    }

    private var kindName: String {
        switch self {
        case .text: "text"
        case .binary: "binary"
        case .ping: "ping"
        case .pong: "pong"
        case .close: "close"
        }
    }
}
