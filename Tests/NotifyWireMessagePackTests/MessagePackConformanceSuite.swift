import Foundation
import NotifyWireTestSupport

/// The vendored MessagePack conformance suite (`Tests/Fixtures/conformance/msgpack/msgpack-test-suite.json`),
/// flattened to one case per listed encoding.
struct MessagePackConformanceCase: Sendable, CustomStringConvertible {
    /// A value of the suite, as its JSON states it.
    indirect enum Value: Sendable, Equatable {
        case none
        case bool(Bool)
        case binary(String)
        /// A `number` that is a whole number.
        case integer(Int64)
        /// A `number` with a fraction.
        case float(Double)
        /// A `bignum`, as its decimal text.
        case bignum(String)
        case string(String)
        case array([Value])
        case map([String: Value])
        case timestamp(seconds: Int64, nanos: Int64)
        case ext(type: Int, hex: String)
    }

    /// The YAML file the case comes from (`50.timestamp.yaml`).
    let file: String
    /// The case's position in its file.
    let caseIndex: Int
    /// The encoding, as hex with `-` between bytes.
    let hex: String
    /// The value the encoding stands for.
    let value: Value

    var description: String { "\(file) #\(caseIndex) \(hex)" }

    /// The encoding's bytes.
    var bytes: [UInt8] { MessagePackBytes.hex(hex) ?? [] }

    /// Whether the encoding is a float32 or float64 (the spec's type bytes 0xca, 0xcb).
    var isFloatEncoding: Bool { bytes.first == 0xCA || bytes.first == 0xCB }

    static let path = RepositoryPaths.conformance.appendingPathComponent("msgpack/msgpack-test-suite.json")

    /// Every encoding of every case; a missing or unreadable file throws.
    static func load() throws -> [MessagePackConformanceCase] {
        let data = Data(try RepositoryPaths.bytes(of: path))
        guard let files = try JSONSerialization.jsonObject(with: data) as? [String: [[String: Any]]] else {
            throw UnreadableSuite(reason: "the file is not a map of case lists")
        }
        var cases: [MessagePackConformanceCase] = []
        for file in files.keys.sorted() {
            for (caseIndex, entry) in (files[file] ?? []).enumerated() {
                let value = try parse(entry, file: file)
                for hex in entry["msgpack"] as? [String] ?? [] {
                    cases.append(MessagePackConformanceCase(file: file, caseIndex: caseIndex, hex: hex, value: value))
                }
            }
        }
        return cases
    }

    /// The cases, or none when the file is missing (``MessagePackConformanceTests/theSuiteIsPresent()`` fails then).
    static let all: [MessagePackConformanceCase] = (try? load()) ?? []

    private static func parse(_ entry: [String: Any], file: String) throws -> Value {
        if let text = entry["bignum"] as? String { return .bignum(text) }
        if entry.keys.contains("nil") { return .none }
        if let flag = entry["bool"] as? Bool { return .bool(flag) }
        if let hex = entry["binary"] as? String { return .binary(hex) }
        if let number = entry["number"] as? NSNumber { return numberValue(number) }
        if let text = entry["string"] as? String { return .string(text) }
        if let pair = entry["timestamp"] as? [NSNumber], pair.count == 2 {
            return .timestamp(seconds: pair[0].int64Value, nanos: pair[1].int64Value)
        }
        if let pair = entry["ext"] as? [Any], pair.count == 2, let type = pair[0] as? Int, let hex = pair[1] as? String
        {
            return .ext(type: type, hex: hex)
        }
        if let array = entry["array"] { return try nested(array, file: file) }
        if let map = entry["map"] { return try nested(map, file: file) }
        throw UnreadableSuite(reason: "a case of \(file) has no value this test knows")
    }

    private static func numberValue(_ number: NSNumber) -> Value {
        let double = number.doubleValue
        if double.rounded() == double, let integer = Int64(exactly: double) { return .integer(integer) }
        return .float(double)
    }

    private static func nested(_ any: Any, file: String) throws -> Value {
        switch any {
        case let text as String: return .string(text)
        case let array as [Any]: return .array(try array.map { try nested($0, file: file) })
        case let map as [String: Any]: return .map(try map.mapValues { try nested($0, file: file) })
        case let number as NSNumber: return numberValue(number)
        default: throw UnreadableSuite(reason: "an element of \(file) is of an unknown kind")
        }
    }
}

/// The suite file is there but not in the shape this test reads.
struct UnreadableSuite: Error, CustomStringConvertible {
    let reason: String
    var description: String { "msgpack-test-suite.json: \(reason)" }
}
