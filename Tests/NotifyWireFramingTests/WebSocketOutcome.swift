import NIOCore
import NotifyWireFraming

/// What decoding an input gives, in the vectors' terms: the data messages, the control frames, and the
/// first error as its kind and close code.
struct WebSocketOutcome: Equatable, CustomStringConvertible {
    /// One message or control frame: its opcode name and lower-case hex payload.
    struct Item: Equatable {
        let opcode: String
        let payloadHex: String
    }

    /// The first error: `protocol`, `invalid_utf8` or `too_big`, and its close code.
    struct Failure: Equatable {
        let kind: String
        let closeCode: Int
    }

    var messages: [Item] = []
    var control: [Item] = []
    var error: Failure?

    var description: String {
        let messages = self.messages.map { "\($0.opcode):\($0.payloadHex.prefix(40))" }
        let control = self.control.map { "\($0.opcode):\($0.payloadHex.prefix(40))" }
        return "messages \(messages) control \(control) error \(error.map { "\($0.kind) \($0.closeCode)" } ?? "none")"
    }

    init() {}

    init(json: [String: Any], name: String) throws {
        func items(_ key: String) throws -> [Item] {
            guard let list = json[key] as? [[String: String]] else {
                throw WebSocketVectorFormatError(detail: "\(name): no \(key) list")
            }
            return try list.map {
                guard let opcode = $0["opcode"], let hex = $0["payload_hex"] else {
                    throw WebSocketVectorFormatError(detail: "\(name): an item lacks opcode or payload_hex")
                }
                return Item(opcode: opcode, payloadHex: hex)
            }
        }
        messages = try items("messages")
        control = try items("control")
        if let failure = json["error"] as? [String: Any] {
            guard let kind = failure["kind"] as? String, let code = failure["close_code"] as? Int else {
                throw WebSocketVectorFormatError(detail: "\(name): an error lacks kind or close_code")
            }
            error = Failure(kind: kind, closeCode: code)
        }
    }

    /// Records what the decoder delivered.
    mutating func record(_ message: WebSocketMessage) {
        switch message {
        case .text(let payload):
            messages.append(Item(opcode: "text", payloadHex: Hex.string(payload.readableBytesView)))
        case .binary(let payload):
            messages.append(Item(opcode: "binary", payloadHex: Hex.string(payload.readableBytesView)))
        case .ping(let payload): control.append(Item(opcode: "ping", payloadHex: Hex.string(payload.readableBytesView)))
        case .pong(let payload): control.append(Item(opcode: "pong", payloadHex: Hex.string(payload.readableBytesView)))
        case .close(let close):
            var bytes: [UInt8] = []
            if let close {
                bytes = [UInt8(close.code.rawValue >> 8), UInt8(close.code.rawValue & 0xFF)] + Array(close.reason.utf8)
            }
            control.append(Item(opcode: "close", payloadHex: Hex.string(bytes)))
        }
    }

    /// Records the error the decoder threw, as the vectors name it.
    mutating func record(_ failure: FramingError) {
        let kind: String
        switch failure.code {
        case .webSocketProtocolViolation: kind = "protocol"
        case .webSocketInvalidUTF8: kind = "invalid_utf8"
        case .webSocketMessageTooBig: kind = "too_big"
        default: kind = "unexpected \(failure.code)"
        }
        error = Failure(kind: kind, closeCode: failure.closeCode.map(Int.init) ?? -1)
    }
}
