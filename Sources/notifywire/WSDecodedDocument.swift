import NIOCore
import NotifyWire

/// The JSON document that `notifywire ws decode` prints, in the shape of the WebSocket conformance vectors'
/// `expect`, written by hand so that its key order is fixed.
struct WSDecodedDocument {
    private var messages: [(opcode: String, payload: [UInt8])] = []
    private var control: [(opcode: String, payload: [UInt8])] = []
    /// The first error, if decoding stopped at one.
    var failure: FramingError?

    /// Records a delivered message or control frame.
    mutating func append(_ message: WebSocketMessage) {
        switch message {
        case .text(let payload): messages.append(("text", Array(payload.readableBytesView)))
        case .binary(let payload): messages.append(("binary", Array(payload.readableBytesView)))
        case .ping(let payload): control.append(("ping", Array(payload.readableBytesView)))
        case .pong(let payload): control.append(("pong", Array(payload.readableBytesView)))
        case .close(let close):
            var payload: [UInt8] = []
            if let close {
                payload = [UInt8(close.code.rawValue >> 8), UInt8(truncatingIfNeeded: close.code.rawValue)]
                payload += Array(close.reason.utf8)
            }
            control.append(("close", payload))
        }
    }

    /// The document, one line ending in LF.
    func json() -> [UInt8] {
        var text = "{\"messages\":" + Self.list(messages) + ",\"control\":" + Self.list(control) + ",\"error\":"
        if let failure {
            text +=
                "{\"kind\":\"\(Self.kind(of: failure))\",\"close_code\":\(failure.closeCode.map(String.init) ?? "null")}"
        } else {
            text += "null"
        }
        return Array((text + "}\n").utf8)
    }

    private static func list(_ items: [(opcode: String, payload: [UInt8])]) -> String {
        "["
            + items.map { "{\"opcode\":\"\($0.opcode)\",\"payload_hex\":\"\(hex($0.payload))\"}" }.joined(
                separator: ",")
            + "]"
    }

    private static func kind(of error: FramingError) -> String {
        switch error.code {
        case .webSocketInvalidUTF8: "invalid_utf8"
        case .webSocketMessageTooBig: "too_big"
        default: "protocol"
        }
    }

    private static func hex(_ bytes: [UInt8]) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var text: [UInt8] = []
        text.reserveCapacity(bytes.count * 2)
        for byte in bytes {
            text.append(digits[Int(byte >> 4)])
            text.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: text, as: UTF8.self)
    }
}
