public import NIOCore

/// An incremental decoder of single WebSocket frames (RFC 6455 section 5), shaped like SwiftNIO's
/// single-step decoders. Most servers want ``WebSocketMessageDecoder`` instead, which adds the message-level
/// checks (fragmentation, UTF-8, close payloads, the message limit).
///
/// It checks everything a frame can break on its own: masking by role, reserved bits (unless
/// ``allowedReservedBits`` says an extension uses them), reserved opcodes, minimal length encodings, the top
/// bit of a 64-bit length, control frames of at most 125 bytes that are never fragmented, and the frame
/// limit, all from the header before any payload is buffered. Payloads are unmasked in place in the
/// caller's buffer, eight bytes at a time, and returned as slices of it.
///
/// Bytes of an incomplete frame stay in the buffer (a header is consumed once complete): feed the same
/// buffer again with more bytes appended, as `NIOSingleStepByteToMessageProcessor` does. After an error,
/// every call throws the same error.
public struct WebSocketFrameDecoder: Sendable {
    private var reader: WebSocketFrameReader
    private var pendingHeader: WebSocketFrameHeader?
    private var failure: FramingError?

    /// The end of the connection this decoder sits on.
    public var role: WebSocketRole { reader.role }
    /// The limits it enforces (only ``WebSocketLimits/maxFramePayloadBytes`` applies to single frames).
    public var limits: WebSocketLimits { reader.limits }
    /// The RSV bits a negotiated extension uses; others must be zero.
    public var allowedReservedBits: UInt8 { reader.allowedReservedBits }

    /// A decoder for `role` (a server expects masked frames, a client unmasked ones).
    public init(role: WebSocketRole, limits: WebSocketLimits = .default, allowedReservedBits: UInt8 = 0) {
        reader = WebSocketFrameReader(role: role, limits: limits, allowedReservedBits: allowedReservedBits)
    }

    /// Returns the next complete frame in `buffer`, or `nil` when more bytes are needed.
    public mutating func decode(buffer: inout ByteBuffer) throws(FramingError) -> WebSocketFrame? {
        if let failure { throw failure }
        do {
            if pendingHeader == nil { pendingHeader = try reader.readHeader(from: &buffer) }
            guard let header = pendingHeader, let payload = reader.readPayload(of: header, from: &buffer) else {
                return nil
            }
            pendingHeader = nil
            return WebSocketFrame(
                fin: header.fin, reservedBits: header.reservedBits, opcode: header.opcode, payload: payload)
        } catch {
            failure = error
            throw error
        }
    }
}

extension WebSocketFrameDecoder: NIOSingleStepByteToMessageDecoder {
    /// The decoder produces frames.
    public typealias InboundOut = WebSocketFrame

    /// Decodes what remains; an incomplete frame at the end of the stream is not an error.
    public mutating func decodeLast(buffer: inout ByteBuffer, seenEOF: Bool) throws(FramingError) -> WebSocketFrame? {
        try decode(buffer: &buffer)
    }
}
