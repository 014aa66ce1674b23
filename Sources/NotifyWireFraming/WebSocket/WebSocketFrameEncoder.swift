public import NIOCore

/// Writes WebSocket frames (RFC 6455 section 5) for either end of a connection, at the writer index of the
/// caller's buffer.
///
/// A server's frames are unmasked; a client's are masked, each frame with a fresh key from
/// ``maskingKeySource`` (by default ``WebSocketMaskingKey/random()``, backed by the system's
/// cryptographically secure generator). Data messages longer than ``maxFramePayloadBytes`` are split into a
/// first frame and continuation frames. Control frames are checked: at most 125 payload bytes, and a close
/// code that may be sent on the wire.
///
/// A notification is encoded once by its codec straight into the caller's buffer after room left for the
/// frame header, so the payload is not copied; the header goes into that room once the payload's length is
/// known (when the guess of the header's size is wrong, or when fragmenting, the payload is shifted in
/// place by the few header bytes).
public struct WebSocketFrameEncoder: Sendable {
    /// The end of the connection this encoder writes for.
    public let role: WebSocketRole
    /// The largest payload of one data frame; longer messages are fragmented. `nil` never fragments.
    /// Values below 1 are treated as 1.
    public let maxFramePayloadBytes: Int?
    /// Where a client's masking keys come from; one key is drawn per frame.
    public let maskingKeySource: @Sendable () -> WebSocketMaskingKey

    /// An encoder for `role`, fragmenting data messages at `maxFramePayloadBytes` when given.
    /// `maskingKeySource` exists for tests that need fixed keys; keep the default in production.
    public init(
        role: WebSocketRole,
        maxFramePayloadBytes: Int? = nil,
        maskingKeySource: @escaping @Sendable () -> WebSocketMaskingKey = WebSocketMaskingKey.random
    ) {
        self.role = role
        self.maxFramePayloadBytes = maxFramePayloadBytes.map { max(1, $0) }
        self.maskingKeySource = maskingKeySource
    }

    /// Writes one data message carrying `payload`: `.text` (the caller vouches that it is UTF-8) or
    /// `.binary`; any other opcode is written as binary.
    public func writeMessage(_ opcode: WebSocketOpcode, payload: ByteBuffer, into buffer: inout ByteBuffer) {
        let start = buffer.writerIndex
        let headroom = headroomGuess
        buffer.reserveCapacity(minimumWritableBytes: headroom + payload.readableBytes)
        buffer.writeRepeatingByte(0, count: headroom)
        buffer.writeImmutableBuffer(payload)
        frameInPlace(opcode: opcode == .text ? .text : .binary, start: start, headroom: headroom, into: &buffer)
    }

    /// Writes one frame exactly as given (no fragmentation, no checks): `maskingKey` masks the payload when
    /// present. For tests and for callers that build their own frames.
    public func writeFrame(
        fin: Bool,
        opcode: WebSocketOpcode,
        payload: ByteBuffer,
        maskingKey: WebSocketMaskingKey?,
        into buffer: inout ByteBuffer
    ) {
        let header = WebSocketFrameHeader(
            fin: fin, opcode: opcode, maskingKey: maskingKey, payloadLength: payload.readableBytes)
        header.write(into: &buffer)
        let payloadStart = buffer.writerIndex
        buffer.writeImmutableBuffer(payload)
        if let maskingKey, payload.readableBytes > 0 {
            let from = payloadStart - buffer.readerIndex
            buffer.withUnsafeMutableReadableBytes { raw in
                maskingKey.apply(to: UnsafeMutableRawBufferPointer(rebasing: raw[from...]))
            }
        }
    }

    /// Writes a ping carrying `payload` (at most 125 bytes).
    public func writePing(payload: ByteBuffer = ByteBuffer(), into buffer: inout ByteBuffer) throws(FramingError) {
        try writeControl(.ping, payload: payload, into: &buffer)
    }

    /// Writes a pong carrying `payload` (at most 125 bytes): the payload of the ping it answers.
    public func writePong(payload: ByteBuffer = ByteBuffer(), into buffer: inout ByteBuffer) throws(FramingError) {
        try writeControl(.pong, payload: payload, into: &buffer)
    }

    /// Writes a close frame: empty when `code` is `nil` (then `reason` must be empty), else the code, which
    /// must be valid on the wire, and the UTF-8 reason, together at most 125 bytes.
    public func writeClose(
        code: WebSocketCloseCode?,
        reason: String = "",
        into buffer: inout ByteBuffer
    ) throws(FramingError) {
        var payload = ByteBuffer()
        if let code {
            guard code.isValidOnTheWire else {
                throw FramingError(
                    .webSocketInvalidControlFrame, message: "the close code \(code) may not be sent on the wire")
            }
            payload.writeInteger(code.rawValue)
            payload.writeString(reason)
        } else if !reason.isEmpty {
            throw FramingError(.webSocketInvalidControlFrame, message: "a close reason needs a close code")
        }
        try writeControl(.close, payload: payload, into: &buffer)
    }

    private func writeControl(
        _ opcode: WebSocketOpcode,
        payload: ByteBuffer,
        into buffer: inout ByteBuffer
    ) throws(FramingError) {
        guard payload.readableBytes <= 125 else {
            throw FramingError(
                .webSocketInvalidControlFrame,
                message: "a \(opcode) payload of \(payload.readableBytes) bytes is over the limit of 125 bytes")
        }
        writeFrame(
            fin: true, opcode: opcode, payload: payload,
            maskingKey: role.masksOutgoingFrames ? maskingKeySource() : nil, into: &buffer)
    }

    /// The room left before a payload whose length is not known yet: a header with a 16-bit length (most
    /// notifications are 126 bytes to 64 KiB), or a 7-bit one when frames are that small anyway.
    var headroomGuess: Int {
        WebSocketFrameHeader.encodedSize(
            payloadLength: min(maxFramePayloadBytes ?? 126, 126), masked: role.masksOutgoingFrames)
    }
}
