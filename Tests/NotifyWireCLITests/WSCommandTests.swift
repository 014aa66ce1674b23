import Foundation
import NotifyWireTestSupport
import Testing

/// End-to-end tests of `notifywire ws decode` and `notifywire ws frame`.
@Suite struct WSCommandTests {
    private func run(_ arguments: [String], input: [UInt8] = []) async throws -> (
        status: Int32, standardOutput: [UInt8], standardError: String
    ) {
        let result = try await ExternalProcess.runCapturing(
            try BuiltProducts.notifywire(), arguments: arguments, input: input)
        return (result.status, result.standardOutput, String(decoding: result.standardError, as: UTF8.self))
    }

    private static func bytes(hex: String) throws -> [UInt8] {
        let digits = Array(hex.utf8)
        return try stride(from: 0, to: digits.count, by: 2).map { index in
            try #require(UInt8(String(decoding: digits[index..<index + 2], as: UTF8.self), radix: 16))
        }
    }

    private static func hex(_ bytes: [UInt8]) -> String {
        bytes.map { String($0, radix: 16).count == 1 ? "0" + String($0, radix: 16) : String($0, radix: 16) }.joined()
    }

    /// The printed document as a Foundation object, for comparison with a vector's `expect`.
    private func decode(_ arguments: [String], input: [UInt8]) async throws -> NSDictionary {
        let result = try await run(["ws", "decode"] + arguments, input: input)
        #expect(result.status == 0, "\(result.standardError)")
        return try #require(try JSONSerialization.jsonObject(with: Data(result.standardOutput)) as? NSDictionary)
    }

    @Test func decodePrintsWhatEveryConformanceVectorExpects() async throws {
        let url = RepositoryPaths.conformance.appendingPathComponent("websocket/frame-vectors.json")
        let cases = try #require(
            try JSONSerialization.jsonObject(with: Data(try RepositoryPaths.bytes(of: url))) as? [[String: Any]]
        )
        try #require(cases.count >= 100)
        for vector in cases {
            let name = vector["name"] as? String ?? "?"
            let role = try #require(vector["role"] as? String, "\(name)")
            var arguments = ["--role", role]
            if let limits = vector["limits"] as? [String: Int] {
                arguments += ["--max-frame", String(try #require(limits["max_frame"]))]
                arguments += ["--max-message", String(try #require(limits["max_message"]))]
            }
            let input = try Self.bytes(hex: try #require(vector["input_hex"] as? String))
            let printed = try await decode(arguments, input: input)
            let expected = try #require(vector["expect"] as? NSDictionary)
            #expect(printed == expected, "\(name)")
        }
    }

    @Test(arguments: ["json", "msgpack", "protobuf"], ["server", "client"])
    func frameThenDecodeGivesTheBatchBack(codec: String, role: String) async throws {
        let vector = RepositoryPaths.vectors.appendingPathComponent("batch.json")
        for maxFrame in [nil, "7"] as [String?] {
            let framed = try await run(
                ["ws", "frame", "--codec", codec, "--role", role, "--batch", vector.path]
                    + (maxFrame.map { ["--max-frame", $0] } ?? []))
            #expect(framed.status == 0, "\(framed.standardError)")
            let printed = try await decode(
                ["--role", role == "server" ? "client" : "server"], input: framed.standardOutput)
            #expect(printed["error"] is NSNull)
            #expect((printed["control"] as? [Any])?.isEmpty == true)
            let messages = try #require(printed["messages"] as? [[String: String]])
            #expect(messages.count == 3)
            #expect(messages.allSatisfy { $0["opcode"] == (codec == "json" ? "text" : "binary") })
            // Each message decodes alone to one notification of the batch, in order.
            var lines: [String] = []
            for (index, message) in messages.enumerated() {
                let one = try await run(
                    ["convert", "--from", codec, "--to", "json"],
                    input: try Self.bytes(hex: message["payload_hex"] ?? ""))
                #expect(one.status == 0, "message \(index): \(one.standardError)")
                lines.append(String(decoding: one.standardOutput, as: UTF8.self).trimmingCharacters(in: .newlines))
            }
            let expected = String(decoding: try RepositoryPaths.bytes(of: vector), as: UTF8.self)
            #expect(expected.hasPrefix("{\"notifications\":[" + lines.joined(separator: ",") + "]"))
        }
    }

    @Test(arguments: ["json", "msgpack", "protobuf"])
    func aFramedNotificationIsTheCodecsBytes(codec: String) async throws {
        let vector = RepositoryPaths.vectors.appendingPathComponent("typical.json")
        let encoded = try await run(["convert", "--from", "json", "--to", codec, vector.path])
        #expect(encoded.status == 0, "\(encoded.standardError)")
        let framed = try await run(["ws", "frame", "--codec", codec, "--role", "client", vector.path])
        let printed = try await decode(["--role", "server"], input: framed.standardOutput)
        let messages = try #require(printed["messages"] as? [[String: String]])
        #expect(messages.map { $0["payload_hex"] } == [Self.hex(encoded.standardOutput)])
    }

    @Test func clientFramesAreMaskedAndServerFramesAreNot() async throws {
        let vector = RepositoryPaths.vectors.appendingPathComponent("minimal.json")
        let server = try await run(["ws", "frame", "--role", "server", vector.path]).standardOutput
        let client = try await run(["ws", "frame", "--role", "client", vector.path]).standardOutput
        #expect(server.count > 2 && server[1] & 0x80 == 0)
        #expect(client.count == server.count + 4 && client[1] & 0x80 != 0)
        // Decoded by the wrong end, each is a protocol error (close code 1002).
        let wrong = try await decode(["--role", "server"], input: server)
        #expect((wrong["error"] as? NSDictionary) == ["kind": "protocol", "close_code": 1002] as NSDictionary)
    }

    @Test func unreadableInputIsAnErrorLine() async throws {
        let result = try await run(["ws", "decode", "--role", "server", "/nonexistent/frames.bin"])
        #expect(result.status == 1)
        #expect(result.standardOutput.isEmpty)
        #expect(result.standardError.hasPrefix("error: "))
        let invalid = try await run(["ws", "frame", "--role", "server"], input: Array("{not json".utf8))
        #expect(invalid.status == 1 && invalid.standardOutput.isEmpty && invalid.standardError.hasPrefix("error: "))
    }
}
