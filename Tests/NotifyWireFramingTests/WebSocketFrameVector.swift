import Foundation
import NotifyWireTestSupport

/// One case of the vendored `conformance/websocket/frame-vectors.json` (see its README).
struct WebSocketFrameVector: Sendable {
    let name: String
    let role: String
    let input: [UInt8]
    let chunks: [Int]?
    let maxFrame: Int
    let maxMessage: Int
    let expect: WebSocketOutcome

    /// The vendored file; a missing file is a test failure.
    static var fileURL: URL {
        RepositoryPaths.conformance.appendingPathComponent("websocket/frame-vectors.json")
    }

    /// Every case of the file, in file order.
    static func loadAll() throws -> [WebSocketFrameVector] {
        let bytes = try RepositoryPaths.bytes(of: fileURL)
        guard let array = try JSONSerialization.jsonObject(with: Data(bytes)) as? [[String: Any]] else {
            throw WebSocketVectorFormatError(detail: "the top level is not an array of objects")
        }
        return try array.map(WebSocketFrameVector.init(json:))
    }

    /// The cases loaded once for parameterized tests (empty when the file is missing, which the test of the
    /// file itself reports).
    static let all: [WebSocketFrameVector] = (try? loadAll()) ?? []

    /// The case names to parameterize over; one impossible name when the file could not be loaded, so that
    /// the parameterized tests fail instead of running zero times.
    static let names: [String] = all.isEmpty ? ["<frame-vectors.json could not be loaded>"] : all.map(\.name)

    static func named(_ name: String) -> WebSocketFrameVector? { all.first { $0.name == name } }

    init(json: [String: Any]) throws {
        guard let name = json["name"] as? String else {
            throw WebSocketVectorFormatError(detail: "a case has no name")
        }
        self.name = name
        guard let role = json["role"] as? String, role == "server" || role == "client" else {
            throw WebSocketVectorFormatError(detail: "\(name): no valid role")
        }
        self.role = role
        guard let hex = json["input_hex"] as? String, let input = Hex.bytes(hex) else {
            throw WebSocketVectorFormatError(detail: "\(name): no valid input_hex")
        }
        self.input = input
        chunks = json["chunks"] as? [Int]
        let limits = json["limits"] as? [String: Int]
        maxFrame = limits?["max_frame"] ?? 1_048_576
        maxMessage = limits?["max_message"] ?? 1_048_576
        guard let expect = json["expect"] as? [String: Any] else {
            throw WebSocketVectorFormatError(detail: "\(name): no expect")
        }
        self.expect = try WebSocketOutcome(json: expect, name: name)
    }
}

/// The vector file does not have the documented shape.
struct WebSocketVectorFormatError: Error, CustomStringConvertible {
    let detail: String
    var description: String { "malformed frame-vectors.json: \(detail)" }
}

/// Lower-case hex, both ways.
enum Hex {
    static func bytes(_ hex: String) -> [UInt8]? {
        let digits = Array(hex.utf8)
        guard digits.count % 2 == 0 else { return nil }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(digits.count / 2)
        for index in stride(from: 0, to: digits.count, by: 2) {
            guard let byte = UInt8(String(decoding: digits[index..<index + 2], as: UTF8.self), radix: 16) else {
                return nil
            }
            bytes.append(byte)
        }
        return bytes
    }

    static func string(_ bytes: some Sequence<UInt8>) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var text: [UInt8] = []
        for byte in bytes {
            text.append(digits[Int(byte >> 4)])
            text.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: text, as: UTF8.self)
    }
}
