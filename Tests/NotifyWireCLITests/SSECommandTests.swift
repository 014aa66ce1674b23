import Foundation
import NotifyWireTestSupport
import Testing

/// End-to-end tests of `notifywire sse parse` and `notifywire sse frame`.
@Suite struct SSECommandTests {
    private func run(_ arguments: [String], input: [UInt8] = []) async throws -> (
        status: Int32, standardOutput: [UInt8], standardError: String
    ) {
        let result = try await ExternalProcess.runCapturing(
            try BuiltProducts.notifywire(), arguments: arguments, input: input)
        return (result.status, result.standardOutput, String(decoding: result.standardError, as: UTF8.self))
    }

    @Test func parsePrintsWhatEveryConformanceVectorExpects() async throws {
        let url = RepositoryPaths.conformance.appendingPathComponent("sse/parse-vectors.json")
        let cases = try #require(
            try JSONSerialization.jsonObject(with: Data(try RepositoryPaths.bytes(of: url))) as? [[String: Any]]
        )
        try #require(cases.count > 50)
        for vector in cases {
            let name = vector["name"] as? String ?? "?"
            let input: [UInt8]
            if let text = vector["input"] as? String {
                input = Array(text.utf8)
            } else {
                let hex = try #require(vector["input_hex"] as? String)
                input = stride(from: 0, to: hex.count, by: 2).compactMap { offset in
                    let start = hex.index(hex.startIndex, offsetBy: offset)
                    return UInt8(hex[start..<hex.index(start, offsetBy: 2)], radix: 16)
                }
            }
            let result = try await run(["sse", "parse"], input: input)
            #expect(result.status == 0, "\(name): \(result.standardError)")
            let printed = try #require(
                try JSONSerialization.jsonObject(with: Data(result.standardOutput)) as? [String: Any], "\(name)"
            )
            let events = try #require(printed["events"] as? [[String: String]], "\(name)")
            #expect(events == (vector["events"] as? [[String: String]]), "\(name)")
            #expect((printed["retry"] as? Int) == (vector["retry"] as? Int), "\(name)")
            #expect((printed["retry"] is NSNull) == (vector["retry"] is NSNull), "\(name)")
        }
    }

    @Test(arguments: ["json", "msgpack", "protobuf"])
    func frameThenParseGivesTheBatchBack(codec: String) async throws {
        let vector = RepositoryPaths.vectors.appendingPathComponent("batch.json")
        let framed = try await run(["sse", "frame", "--codec", codec, "--batch", "--retry", "2500", vector.path])
        #expect(framed.status == 0, "\(framed.standardError)")
        let raw = try await run(["sse", "parse"], input: framed.standardOutput)
        let printed = try #require(try JSONSerialization.jsonObject(with: Data(raw.standardOutput)) as? [String: Any])
        #expect(printed["retry"] as? Int == 2500)
        #expect((printed["events"] as? [Any])?.count == 3)
        let decoded = try await run(["sse", "parse", "--decode", codec], input: framed.standardOutput)
        #expect(decoded.status == 0, "\(decoded.standardError)")
        // Each line is a canonical notification: joined into a batch they must be the vector's notifications.
        let lines = decoded.standardOutput.split(separator: 0x0A).map { String(decoding: $0, as: UTF8.self) }
        let expected = String(decoding: try RepositoryPaths.bytes(of: vector), as: UTF8.self)
        #expect(expected.hasPrefix("{\"notifications\":[" + lines.joined(separator: ",") + "]"))
        #expect(lines.count == 3)
    }

    @Test func binaryCodecsGoAsOneBase64DataLine() async throws {
        let vector = RepositoryPaths.vectors.appendingPathComponent("typical.json")
        let framed = try await run(["sse", "frame", "--codec", "protobuf", vector.path])
        let text = String(decoding: framed.standardOutput, as: UTF8.self)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.first == "id: 1048576")
        #expect(lines.filter { $0.hasPrefix("data: ") }.count == 1)
        let payload = try #require(lines.first { $0.hasPrefix("data: ") }?.dropFirst(6))
        let protobuf = RepositoryPaths.vectors.appendingPathComponent("typical.pb")
        #expect(Data(base64Encoded: String(payload)) == Data(try RepositoryPaths.bytes(of: protobuf)))
        #expect(text.hasSuffix("\n\n"))
    }

    @Test func invalidStreamPayloadIsAnErrorLine() async throws {
        let result = try await run(
            ["sse", "parse", "--decode", "protobuf"], input: Array("data: not base64!\n\n".utf8))
        #expect(result.status == 1)
        #expect(result.standardOutput.isEmpty)
        #expect(result.standardError.hasPrefix("error: "))
        #expect(result.standardError.filter { $0 == "\n" }.count == 1)
    }
}
