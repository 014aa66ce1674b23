public import NIOCore

/// The header of one WebSocket frame (RFC 6455 section 5.2): everything before the payload.
public struct WebSocketFrameHeader: Hashable, Sendable {
    /// Whether this is the last frame of its message (always `true` for control frames).
    public var fin: Bool
    /// The RSV1, RSV2 and RSV3 bits as a 3-bit number (RSV1 is `0b100`); zero unless an extension is
    /// negotiated.
    public var reservedBits: UInt8
    /// How to read the payload.
    public var opcode: WebSocketOpcode
    /// The masking key, present exactly when the frame comes from a client.
    public var maskingKey: WebSocketMaskingKey?
    /// The length of the payload in bytes.
    public var payloadLength: Int

    /// A header with the given fields.
    public init(
        fin: Bool,
        reservedBits: UInt8 = 0,
        opcode: WebSocketOpcode,
        maskingKey: WebSocketMaskingKey?,
        payloadLength: Int
    ) {
        self.fin = fin
        self.reservedBits = reservedBits & 0x07
        self.opcode = opcode
        self.maskingKey = maskingKey
        self.payloadLength = max(0, payloadLength)
    }

    /// The number of bytes the header takes on the wire: 2, plus 2 or 8 for the extended length, plus 4 for
    /// a masking key. Always the minimal length encoding.
    public var encodedSize: Int { Self.encodedSize(payloadLength: payloadLength, masked: maskingKey != nil) }

    /// The size of a header for a payload of `payloadLength` bytes.
    static func encodedSize(payloadLength: Int, masked: Bool) -> Int {
        let lengthBytes = payloadLength < 126 ? 0 : (payloadLength <= 0xFFFF ? 2 : 8)
        return 2 + lengthBytes + (masked ? 4 : 0)
    }

    /// Writes the header at `buffer`'s writer index, with the minimal length encoding.
    public func write(into buffer: inout ByteBuffer) {
        let first = (fin ? 0x80 : 0) | reservedBits << 4 | opcode.rawValue
        let maskBit: UInt8 = maskingKey == nil ? 0 : 0x80
        buffer.writeInteger(first)
        if payloadLength < 126 {
            buffer.writeInteger(maskBit | UInt8(payloadLength))
        } else if payloadLength <= 0xFFFF {
            buffer.writeInteger(maskBit | 126)
            buffer.writeInteger(UInt16(payloadLength))
        } else {
            buffer.writeInteger(maskBit | 127)
            buffer.writeInteger(UInt64(payloadLength))
        }
        if let maskingKey { buffer.writeInteger(maskingKey.value) }
    }
}
