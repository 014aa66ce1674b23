/// The opcode of a WebSocket frame (RFC 6455 section 5.2): four bits saying how to read the payload.
///
/// Open like an error code: any 4-bit value can be represented, so that a decoder can name the reserved
/// opcodes it rejects.
public struct WebSocketOpcode: Hashable, Sendable, CustomStringConvertible {
    /// The 4-bit value on the wire (0...15).
    public let rawValue: UInt8

    /// The opcode with the value `rawValue & 0x0F`.
    public init(rawValue: UInt8) { self.rawValue = rawValue & 0x0F }

    /// `0x0`: a later fragment of a text or binary message.
    public static let continuation = WebSocketOpcode(rawValue: 0x0)
    /// `0x1`: the first (or only) frame of a UTF-8 text message.
    public static let text = WebSocketOpcode(rawValue: 0x1)
    /// `0x2`: the first (or only) frame of a binary message.
    public static let binary = WebSocketOpcode(rawValue: 0x2)
    /// `0x8`: the close control frame.
    public static let close = WebSocketOpcode(rawValue: 0x8)
    /// `0x9`: the ping control frame.
    public static let ping = WebSocketOpcode(rawValue: 0x9)
    /// `0xA`: the pong control frame.
    public static let pong = WebSocketOpcode(rawValue: 0xA)

    /// Whether this is a control opcode (`0x8...0xF`): close, ping, pong or a reserved control opcode.
    public var isControl: Bool { rawValue & 0x08 != 0 }

    /// Whether the opcode is reserved by RFC 6455 (`0x3...0x7` and `0xB...0xF`).
    public var isReserved: Bool {
        switch rawValue {
        case 0x0, 0x1, 0x2, 0x8, 0x9, 0xA: false
        default: true
        }
    }

    /// `text`, `binary`, `continuation`, `close`, `ping`, `pong`, or `reserved 0xN`.
    public var description: String {
        switch rawValue {
        case 0x0: "continuation"
        case 0x1: "text"
        case 0x2: "binary"
        case 0x8: "close"
        case 0x9: "ping"
        case 0xA: "pong"
        default: "reserved 0x" + String(rawValue, radix: 16)
        }
    }
}
