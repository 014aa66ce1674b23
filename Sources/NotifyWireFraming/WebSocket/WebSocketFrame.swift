public import NIOCore

/// One decoded WebSocket frame: its header fields and its payload, already unmasked.
public struct WebSocketFrame: Hashable, Sendable {
    /// Whether this is the last frame of its message.
    public var fin: Bool
    /// The RSV1, RSV2 and RSV3 bits as a 3-bit number (RSV1 is `0b100`).
    public var reservedBits: UInt8
    /// How to read the payload.
    public var opcode: WebSocketOpcode
    /// The unmasked payload.
    public var payload: ByteBuffer

    /// A frame with the given fields.
    public init(fin: Bool, reservedBits: UInt8 = 0, opcode: WebSocketOpcode, payload: ByteBuffer) {
        self.fin = fin
        self.reservedBits = reservedBits & 0x07
        self.opcode = opcode
        self.payload = payload
    }
}
