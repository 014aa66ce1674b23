import Foundation
import NotifyWireFraming
import NotifyWireTestSupport

/// One case of the vendored `conformance/sse/parse-vectors.json` (see its README).
struct SSEParseVector: Sendable {
    let name: String
    let input: [UInt8]
    let chunks: [Int]?
    let events: [SSEEvent]
    let retry: Int?

    /// The vendored file; a missing file is a test failure.
    static var fileURL: URL {
        RepositoryPaths.conformance.appendingPathComponent("sse/parse-vectors.json")
    }

    /// Every case of the file, in file order.
    static func loadAll() throws -> [SSEParseVector] {
        let bytes = try RepositoryPaths.bytes(of: fileURL)
        guard let array = try JSONSerialization.jsonObject(with: Data(bytes)) as? [[String: Any]] else {
            throw VectorFormatError(detail: "the top level is not an array of objects")
        }
        return try array.map(SSEParseVector.init(json:))
    }

    /// The cases loaded once for parameterized tests (empty when the file is missing, which the test of the
    /// file itself reports).
    static let all: [SSEParseVector] = (try? loadAll()) ?? []

    /// The case names to parameterize over; a single impossible name when the file could not be loaded, so
    /// that the parameterized tests fail instead of running zero times.
    static let names: [String] = all.isEmpty ? ["<parse-vectors.json could not be loaded>"] : all.map(\.name)

    static func named(_ name: String) -> SSEParseVector? { all.first { $0.name == name } }

    init(json: [String: Any]) throws {
        guard let name = json["name"] as? String else { throw VectorFormatError(detail: "a case has no name") }
        self.name = name
        if let text = json["input"] as? String {
            input = Array(text.utf8)
        } else if let hex = json["input_hex"] as? String {
            input = try Self.bytes(hex: hex)
        } else {
            throw VectorFormatError(detail: "\(name): no input")
        }
        chunks = json["chunks"] as? [Int]
        guard let events = json["events"] as? [[String: String]] else {
            throw VectorFormatError(detail: "\(name): no events")
        }
        self.events = try events.map { event in
            guard let type = event["type"], let data = event["data"], let id = event["lastEventId"] else {
                throw VectorFormatError(detail: "\(name): an event lacks type, data or lastEventId")
            }
            return SSEEvent(type: type, data: data, lastEventID: id)
        }
        retry = json["retry"] as? Int
    }

    private static func bytes(hex: String) throws -> [UInt8] {
        let digits = Array(hex.utf8)
        guard digits.count % 2 == 0 else { throw VectorFormatError(detail: "odd hex length") }
        return try stride(from: 0, to: digits.count, by: 2).map { index in
            guard let byte = UInt8(String(decoding: digits[index..<index + 2], as: UTF8.self), radix: 16) else {
                throw VectorFormatError(detail: "bad hex")
            }
            return byte
        }
    }
}

/// The vector file does not have the documented shape.
struct VectorFormatError: Error, CustomStringConvertible {
    let detail: String
    var description: String { "malformed parse-vectors.json: \(detail)" }
}
