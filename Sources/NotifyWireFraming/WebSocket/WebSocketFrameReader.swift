import NIOCore

/// The frame-level half of the WebSocket decoders: reads one header, checking everything a header alone
/// can break, then waits for the payload and unmasks it in place in the caller's buffer.
///
/// Header checks, as soon as the bytes that carry them are there: reserved bits without an extension,
/// reserved opcodes, masking by role, fragmented or oversized (> 125 bytes) control frames, non-minimal
/// length encodings, a 64-bit length with its top bit set, and a payload over the frame limit. A header is
/// consumed only once complete, and a payload only once all of it is readable; so nothing is buffered for a
/// frame before its length has passed the limits.
struct WebSocketFrameReader: Sendable {
    let role: WebSocketRole
    let limits: WebSocketLimits
    /// The RSV bits an extension negotiated (`0b100` for RSV1); zero without one.
    let allowedReservedBits: UInt8
    /// The offset in the stream of the buffer's reader index.
    private(set) var streamOffset = 0
    /// The offset in the stream of the last header read.
    private(set) var frameOffset = 0

    init(role: WebSocketRole, limits: WebSocketLimits, allowedReservedBits: UInt8) {
        self.role = role
        self.limits = limits
        self.allowedReservedBits = allowedReservedBits & 0x07
    }

    /// Reads and consumes one complete header; returns `nil`, consuming nothing, while it is incomplete.
    mutating func readHeader(from buffer: inout ByteBuffer) throws(FramingError) -> WebSocketFrameHeader? {
        let start = buffer.readerIndex
        guard let first = buffer.getInteger(at: start, as: UInt8.self),
            let second = buffer.getInteger(at: start + 1, as: UInt8.self)
        else { return nil }
        frameOffset = streamOffset
        let fin = first & 0x80 != 0
        let reservedBits = first >> 4 & 0x07
        let opcode = WebSocketOpcode(rawValue: first)
        let masked = second & 0x80 != 0
        let shortLength = second & 0x7F
        if reservedBits & ~allowedReservedBits != 0 {
            throw violation("reserved bits \(Self.describe(reservedBits)) are set but no extension was negotiated")
        }
        if opcode.isReserved { throw violation("the frame uses the \(opcode) opcode") }
        if masked != role.expectsMaskedFrames {
            throw violation(
                role == .server ? "a frame from the client is not masked" : "a frame from the server is masked")
        }
        if opcode.isControl {
            if !fin { throw violation("a \(opcode) control frame is fragmented") }
            if shortLength > 125 { throw violation("a \(opcode) control frame claims more than 125 payload bytes") }
        }
        var headerSize = 2
        let length: Int
        switch shortLength {
        case 126:
            guard let extended = buffer.getInteger(at: start + 2, as: UInt16.self) else { return nil }
            guard extended >= 126 else {
                throw violation("the 16-bit length form carries \(extended), which fits the 7-bit form")
            }
            length = Int(extended)
            headerSize += 2
        case 127:
            guard let extended = buffer.getInteger(at: start + 2, as: UInt64.self) else { return nil }
            guard extended & (1 << 63) == 0 else {
                throw violation("the 64-bit length has its most significant bit set")
            }
            guard extended > 0xFFFF else {
                throw violation("the 64-bit length form carries \(extended), which fits a shorter form")
            }
            guard extended <= UInt64(limits.maxFramePayloadBytes) else {
                throw tooBig(
                    "the frame claims \(extended) payload bytes, over the frame limit", limits.maxFramePayloadBytes)
            }
            length = Int(extended)
            headerSize += 8
        default:
            length = Int(shortLength)
        }
        if length > limits.maxFramePayloadBytes {
            throw tooBig("the frame claims \(length) payload bytes, over the frame limit", limits.maxFramePayloadBytes)
        }
        var maskingKey: WebSocketMaskingKey?
        if masked {
            guard let key = buffer.getInteger(at: start + headerSize, as: UInt32.self) else { return nil }
            maskingKey = WebSocketMaskingKey(value: key)
            headerSize += 4
        }
        buffer.moveReaderIndex(forwardBy: headerSize)
        streamOffset += headerSize
        return WebSocketFrameHeader(
            fin: fin, reservedBits: reservedBits, opcode: opcode, maskingKey: maskingKey, payloadLength: length)
    }

    /// Reads the payload of `header` once all of it is readable: unmasks it in place in `buffer` and returns
    /// it as a slice of `buffer` (no copy); returns `nil`, consuming nothing, while it is incomplete.
    mutating func readPayload(of header: WebSocketFrameHeader, from buffer: inout ByteBuffer) -> ByteBuffer? {
        let length = header.payloadLength
        guard buffer.readableBytes >= length else { return nil }
        if let key = header.maskingKey, length > 0 {
            buffer.withUnsafeMutableReadableBytes { raw in
                key.apply(to: UnsafeMutableRawBufferPointer(rebasing: raw[0..<length]))
            }
        }
        guard let payload = buffer.readSlice(length: length) else { return nil }
        streamOffset += length
        return payload
    }

    /// A 1002 error about the current frame.
    func violation(_ message: String) -> FramingError {
        FramingError(.webSocketProtocolViolation, offset: frameOffset, message: message)
    }

    /// A 1009 error about the current frame.
    func tooBig(_ message: String, _ limit: Int) -> FramingError {
        FramingError(.webSocketMessageTooBig, offset: frameOffset, message: message + " of \(limit) bytes")
    }

    private static func describe(_ bits: UInt8) -> String {
        var names: [String] = []
        if bits & 0b100 != 0 { names.append("RSV1") }
        if bits & 0b010 != 0 { names.append("RSV2") }
        if bits & 0b001 != 0 { names.append("RSV3") }
        return names.joined(separator: ", ")
    }
}
