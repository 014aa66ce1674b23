public import NotifyWireCore

/// The one error type of the framing layer (Server-Sent Events, WebSocket, poll and length-delimited streams).
///
/// It says what was wrong (``code`` and ``message``) and where: the byte ``offset`` in the stream being
/// read, when there is one. A payload that a codec could not encode or decode keeps the codec's error in
/// ``codecError``.
///
/// ```
/// framing error at byte 1048592: line is longer than the limit of 1048576 bytes
/// ```
public struct FramingError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What kind of problem it is. Values are never renamed or removed; new ones may be added.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        /// A stable, machine-readable name.
        public let name: String

        private init(_ name: String) { self.name = name }

        /// A line of the stream is longer than the parser's limit (``SSEParserLimits/maxLineBytes``).
        public static let lineTooLong = Code("lineTooLong")
        /// The data of one event is larger than the parser's limit (``SSEParserLimits/maxEventDataBytes``).
        public static let eventTooLarge = Code("eventTooLarge")
        /// A value given to a writer cannot be framed: an `id` or `event` containing CR, LF or NUL, or a
        /// negative `retry`.
        public static let invalidFieldValue = Code("invalidFieldValue")
        /// The data of an event for a binary codec is not standard padded base64.
        public static let invalidBase64 = Code("invalidBase64")
        /// The codec could not encode the notification (see ``FramingError/codecError``).
        public static let payloadEncodingFailed = Code("payloadEncodingFailed")
        /// The codec could not decode the payload of an event (see ``FramingError/codecError``).
        public static let payloadDecodingFailed = Code("payloadDecodingFailed")
        /// A WebSocket peer broke RFC 6455 framing: masking by role, reserved bits or opcodes, a non-minimal
        /// or oversized length encoding, a bad control frame, a fragmentation rule or a close payload. The
        /// connection must be closed with 1002 (``FramingError/closeCode``).
        public static let webSocketProtocolViolation = Code("webSocketProtocolViolation")
        /// A WebSocket text message or close reason is not valid UTF-8; close with 1007.
        public static let webSocketInvalidUTF8 = Code("webSocketInvalidUTF8")
        /// A WebSocket frame or message is larger than the decoder's limits (``WebSocketLimits``); close with
        /// 1009.
        public static let webSocketMessageTooBig = Code("webSocketMessageTooBig")
        /// A control frame given to the WebSocket encoder cannot be sent: a payload over 125 bytes, or a close
        /// code that may not be sent on the wire.
        public static let webSocketInvalidControlFrame = Code("webSocketInvalidControlFrame")
        /// A WebSocket opening handshake is invalid: a server rejecting a client's upgrade request, or a
        /// client rejecting the server's response.
        public static let webSocketHandshakeFailed = Code("webSocketHandshakeFailed")

        /// A length-delimited stream announces a message larger than the reader's limit
        /// (``LengthDelimitedReader/maxMessageBytes``), or a line of NDJSON grows past it.
        public static let streamMessageTooLarge = Code("streamMessageTooLarge")
        /// The length prefix of a length-delimited stream is not a valid unsigned varint: longer than 10
        /// bytes, or above 64 bits.
        public static let streamInvalidLength = Code("streamInvalidLength")
        /// A length-delimited stream ended inside a message or its length prefix.
        public static let streamTruncated = Code("streamTruncated")

        /// The name.
        public var description: String { name }
    }

    /// What kind of problem it is.
    public var code: Code
    /// The byte offset in the stream where the problem was found, counted from the first byte of the
    /// stream (a leading byte order mark included); `nil` when writing or when there is no stream position.
    public var offset: Int?
    /// One sentence, starting lower-case, saying what was wrong.
    public var message: String
    /// The codec's error, for ``Code/payloadEncodingFailed`` and ``Code/payloadDecodingFailed``.
    public var codecError: CodecError?

    /// The WebSocket close code to send the peer because of this error (RFC 6455 section 7.4.1): 1002 for
    /// ``Code/webSocketProtocolViolation``, 1007 for ``Code/webSocketInvalidUTF8``, 1009 for
    /// ``Code/webSocketMessageTooBig``; `nil` for every other code, which does not come from a peer's frames.
    public var closeCode: UInt16? {
        switch code {
        case .webSocketProtocolViolation: 1002
        case .webSocketInvalidUTF8: 1007
        case .webSocketMessageTooBig: 1009
        default: nil
        }
    }

    /// Creates an error.
    public init(_ code: Code, offset: Int? = nil, message: String, codecError: CodecError? = nil) {
        self.code = code
        self.offset = offset
        self.message = message
        self.codecError = codecError
    }

    /// `framing error at byte 17: line is longer than the limit of 16 bytes`.
    public var description: String {
        var text = "framing error"
        if let offset { text += " at byte \(offset)" }
        return text + ": " + message
    }
}
