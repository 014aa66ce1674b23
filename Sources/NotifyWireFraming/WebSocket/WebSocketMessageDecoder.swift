public import NIOCore

/// An incremental WebSocket decoder and message assembler (RFC 6455 sections 5 to 8) for either end of a
/// connection, shaped like SwiftNIO's single-step decoders:
///
/// ```swift
/// var decoder = WebSocketMessageDecoder(role: .server)
/// // for each chunk appended to `buffer`:
/// while let message = try decoder.decode(buffer: &buffer) { handle(message) }
/// ```
///
/// Fed chunks split anywhere, it delivers the same messages as for the whole input. On top of the frame
/// checks of ``WebSocketFrameDecoder`` it enforces: no continuation frame without a started message and no
/// new text or binary frame while one is open (control frames may come between fragments); text is UTF-8,
/// checked frame by frame across fragment boundaries so that an invalid prefix fails at the frame that
/// carries it, and a message must not end inside a sequence; a close payload is empty or a code that may
/// be sent on the wire followed by a UTF-8 reason; a message's total size is checked against
/// ``WebSocketLimits/maxMessageBytes`` from each frame's header, before its payload is buffered.
///
/// Every error is a ``FramingError`` whose ``FramingError/closeCode`` (1002, 1007 or 1009) is what to send
/// in the close frame, with its offset at the start of the offending frame (or at the invalid byte of a
/// text). After an error every call throws the same error; after a close frame nothing more is read (later
/// bytes are consumed and ignored, even malformed ones) and a message still open is dropped.
///
/// A single-frame message is a slice of the caller's buffer (unmasked in place, no copy); a fragmented one
/// is joined into its own buffer. Holding a slice while more masked frames are decoded from the same buffer
/// makes the next in-place unmask copy the buffer first (copy on write), so hand messages on promptly.
public struct WebSocketMessageDecoder: Sendable {
    private var reader: WebSocketFrameReader
    private var pendingHeader: WebSocketFrameHeader?
    /// The opcode (text or binary) of the fragmented message being assembled.
    private var openOpcode: WebSocketOpcode?
    private var assembled = ByteBuffer()
    private var messageBytes = 0
    private var utf8 = WebSocketUTF8Validator()
    private var failure: FramingError?

    /// Whether a close frame has been delivered; nothing more is read.
    public private(set) var isClosed = false
    /// The end of the connection this decoder sits on.
    public var role: WebSocketRole { reader.role }
    /// The limits it enforces.
    public var limits: WebSocketLimits { reader.limits }

    /// A decoder for `role` (a server expects masked frames, a client unmasked ones). `allowedReservedBits`
    /// names the RSV bits an extension negotiated on this connection (none by default).
    public init(role: WebSocketRole, limits: WebSocketLimits = .default, allowedReservedBits: UInt8 = 0) {
        reader = WebSocketFrameReader(role: role, limits: limits, allowedReservedBits: allowedReservedBits)
    }

    /// Returns the next complete message or control frame in `buffer`, or `nil` when more bytes are needed
    /// (the bytes of an incomplete frame stay in the buffer) or the connection is closed.
    public mutating func decode(buffer: inout ByteBuffer) throws(FramingError) -> WebSocketMessage? {
        if let failure { throw failure }
        if isClosed {
            buffer.moveReaderIndex(to: buffer.writerIndex)
            return nil
        }
        do {
            while true {
                if pendingHeader == nil {
                    guard let header = try reader.readHeader(from: &buffer) else { return nil }
                    try checkSequence(of: header)
                    pendingHeader = header
                }
                guard let header = pendingHeader, var payload = reader.readPayload(of: header, from: &buffer) else {
                    return nil
                }
                pendingHeader = nil
                if let message = try deliver(header: header, payload: &payload) {
                    if isClosed { buffer.moveReaderIndex(to: buffer.writerIndex) }
                    return message
                }
            }
        } catch {
            failure = error
            throw error
        }
    }

    /// The checks that need the message state and only the header: fragmentation order and message size.
    private mutating func checkSequence(of header: WebSocketFrameHeader) throws(FramingError) {
        guard !header.opcode.isControl else { return }
        if header.opcode == .continuation {
            guard openOpcode != nil else {
                throw reader.violation("a continuation frame arrived with no fragmented message open")
            }
        } else if let openOpcode {
            throw reader.violation("a new \(header.opcode) frame arrived while a \(openOpcode) message is open")
        }
        let (total, overflow) = (header.opcode == .continuation ? messageBytes : 0).addingReportingOverflow(
            header.payloadLength)
        if overflow || total > limits.maxMessageBytes {
            let size = overflow ? "more than \(Int.max)" : String(total)
            throw reader.tooBig("the message reaches \(size) bytes, over the message limit", limits.maxMessageBytes)
        }
    }

    /// Handles a complete frame; returns what it completes, if anything.
    private mutating func deliver(
        header: WebSocketFrameHeader,
        payload: inout ByteBuffer
    ) throws(FramingError) -> WebSocketMessage? {
        switch header.opcode {
        case .ping: return .ping(payload)
        case .pong: return .pong(payload)
        case .close:
            let close = try Self.parseClose(payload, offset: reader.frameOffset)
            isClosed = true
            openOpcode = nil
            assembled = ByteBuffer()
            return .close(close)
        case .continuation:
            try validateText(payload, endsMessage: header.fin)
            messageBytes += payload.readableBytes
            assembled.writeBuffer(&payload)
            guard header.fin, let opcode = openOpcode else { return nil }
            let message = assembled
            openOpcode = nil
            assembled = ByteBuffer()
            messageBytes = 0
            return opcode == .text ? .text(message) : .binary(message)
        default:
            if header.opcode == .text {
                utf8 = WebSocketUTF8Validator()
                try validateText(payload, endsMessage: header.fin, isText: true)
            }
            if header.fin { return header.opcode == .text ? .text(payload) : .binary(payload) }
            openOpcode = header.opcode
            messageBytes = payload.readableBytes
            // Copied at once (it must be, to append), so that no slice keeps the caller's buffer shared and
            // the next in-place unmask does not copy that buffer.
            assembled = ByteBufferAllocator().buffer(
                capacity: min(limits.maxMessageBytes, max(256, payload.readableBytes * 2)))
            assembled.writeImmutableBuffer(payload)
            return nil
        }
    }

    /// Validates the next bytes of a text message (nothing for binary), failing at the first invalid byte.
    private mutating func validateText(
        _ payload: ByteBuffer,
        endsMessage: Bool,
        isText: Bool? = nil
    ) throws(FramingError) {
        guard isText ?? (openOpcode == .text) else { return }
        let payloadOffset = reader.streamOffset - payload.readableBytes
        if let bad = payload.withUnsafeReadableBytes({ utf8.validate($0) }) {
            throw FramingError(
                .webSocketInvalidUTF8, offset: payloadOffset + bad,
                message: "the text message is not valid UTF-8")
        }
        if endsMessage && !utf8.isAtBoundary {
            throw FramingError(
                .webSocketInvalidUTF8, offset: reader.streamOffset,
                message: "the text message ends inside a UTF-8 sequence")
        }
    }

    /// Reads a close payload: empty, or a 2-byte code that may be sent on the wire and a UTF-8 reason.
    private static func parseClose(_ payload: ByteBuffer, offset: Int) throws(FramingError) -> WebSocketClose? {
        guard payload.readableBytes > 0 else { return nil }
        guard let rawCode = payload.getInteger(at: payload.readerIndex, as: UInt16.self) else {
            throw FramingError(
                .webSocketProtocolViolation, offset: offset,
                message: "the close frame has a 1-byte payload; a code takes 2 bytes")
        }
        let code = WebSocketCloseCode(rawValue: rawCode)
        guard code.isValidOnTheWire else {
            throw FramingError(
                .webSocketProtocolViolation, offset: offset,
                message: "the close code \(rawCode) may not be sent on the wire")
        }
        let reasonBytes = payload.getSlice(at: payload.readerIndex + 2, length: payload.readableBytes - 2)
        let reason = reasonBytes ?? ByteBuffer()
        guard reason.withUnsafeReadableBytes({ WebSocketUTF8Validator.isValid($0) }) else {
            throw FramingError(.webSocketInvalidUTF8, offset: offset, message: "the close reason is not valid UTF-8")
        }
        return WebSocketClose(code: code, reason: String(buffer: reason))
    }
}

extension WebSocketMessageDecoder: NIOSingleStepByteToMessageDecoder {
    /// The decoder produces messages and control frames.
    public typealias InboundOut = WebSocketMessage

    /// Decodes what remains; an incomplete frame at the end of the stream is not an error.
    public mutating func decodeLast(buffer: inout ByteBuffer, seenEOF: Bool) throws(FramingError) -> WebSocketMessage? {
        try decode(buffer: &buffer)
    }
}
