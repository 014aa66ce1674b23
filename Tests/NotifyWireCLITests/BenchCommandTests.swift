import Foundation
import NotifyWireTestSupport
import Testing

/// End-to-end tests of `notifywire bench`: the shape of `--json`, `--svg` and `--corpus` output, with one
/// 1 ms round per measurement so they stay quick. Timings are never asserted, only structure and sizes.
@Suite struct BenchCommandTests {
    private static let quick = ["bench", "--rounds", "1", "--milliseconds", "1"]
    private static let codecIDs: Set<String> = [
        "json", "msgpack-names", "msgpack-numbers", "protobuf", "foundation-json",
    ]

    private func run(_ arguments: [String]) async throws -> (
        status: Int32, standardOutput: [UInt8], standardError: String
    ) {
        let result = try await ExternalProcess.runCapturing(try BuiltProducts.notifywire(), arguments: arguments)
        return (result.status, result.standardOutput, String(decoding: result.standardError, as: UTF8.self))
    }

    private func rows(_ output: [UInt8]) throws -> [[String: Any]] {
        try #require(try JSONSerialization.jsonObject(with: Data(output)) as? [[String: Any]])
    }

    private func vectorSize(_ name: String) throws -> Int {
        try RepositoryPaths.bytes(of: RepositoryPaths.vectors.appendingPathComponent(name)).count
    }

    private func temporaryFile(_ name: String) -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("notifywire-bench-\(UUID().uuidString)-\(name)")
    }

    @Test func jsonRowsHaveExactlyTheDocumentedKeysAndTheVectorSizes() async throws {
        let result = try await run(Self.quick + ["--entry", "minimal", "--entry", "typical", "--json"])
        #expect(result.status == 0, "\(result.standardError)")
        let rows = try rows(result.standardOutput)
        #expect(rows.count == 2 * Self.codecIDs.count)
        for row in rows {
            #expect(Set(row.keys) == ["codec", "message", "bytes", "encodeNs", "decodeNs"])
            let encode = try #require(row["encodeNs"] as? Double)
            let decode = try #require(row["decodeNs"] as? Double)
            #expect(encode > 0 && decode > 0)
        }
        for message in ["minimal", "typical"] {
            let forMessage = rows.filter { $0["message"] as? String == message }
            #expect(Set(forMessage.compactMap { $0["codec"] as? String }) == Self.codecIDs)
            func bytes(_ codec: String) -> Int? {
                forMessage.first { $0["codec"] as? String == codec }?["bytes"] as? Int
            }
            // Our codecs write exactly the committed golden vectors.
            #expect(bytes("json") == (try vectorSize("\(message).json")))
            #expect(bytes("msgpack-names") == (try vectorSize("\(message).names.msgpack")))
            #expect(bytes("msgpack-numbers") == (try vectorSize("\(message).numbers.msgpack")))
            #expect(bytes("protobuf") == (try vectorSize("\(message).pb")))
            // Foundation writes the same document shape; it escapes "/" and non-ASCII differently, so only
            // a size close to ours is expected.
            let foundation = try #require(bytes("foundation-json"))
            let ours = try vectorSize("\(message).json")
            #expect(foundation >= ours && foundation <= ours * 3 / 2, "\(foundation) vs \(ours)")
        }
    }

    @Test func tableNamesEveryCodecAndTheFoundationRatio() async throws {
        let result = try await run(Self.quick + ["--entry", "minimal"])
        #expect(result.status == 0, "\(result.standardError)")
        let table = String(decoding: result.standardOutput, as: UTF8.self)
        for name in ["Foundation JSON", "JSON", "MessagePack (names)", "MessagePack (numbers)", "Protocol Buffers"] {
            #expect(table.contains(name))
        }
        #expect(table.contains("×Fdn"))
    }

    @Test func svgIsAStandaloneChartWithOneBarPerCodecAndPanel() async throws {
        let chart = temporaryFile("chart.svg")
        defer { try? FileManager.default.removeItem(at: chart) }
        let result = try await run(Self.quick + ["--entry", "minimal", "--entry", "large", "--svg", chart.path])
        #expect(result.status == 0, "\(result.standardError)")
        let svg = String(decoding: try RepositoryPaths.bytes(of: chart), as: UTF8.self)
        #expect(svg.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\""))
        #expect(svg.hasSuffix("</svg>\n"))
        // One background plus 2 entries × 5 codecs × 3 panels (bytes, encode ns, decode ns).
        #expect(svg.components(separatedBy: "<rect ").count - 1 == 1 + 2 * 5 * 3)
        for text in [">minimal<", ">large<", ">bytes<", ">encode ns<", ">decode ns<", ">Protocol Buffers<"] {
            #expect(svg.contains(text), "\(text)")
        }
        // The table still goes to standard output.
        #expect(String(decoding: result.standardOutput, as: UTF8.self).contains("Foundation JSON"))
    }

    @Test func corpusRowsCarryTheFileNamesInFileOrder() async throws {
        let typical = String(
            decoding: try RepositoryPaths.bytes(of: RepositoryPaths.vectors.appendingPathComponent("typical.json")),
            as: UTF8.self)
        let corpus = temporaryFile("corpus.json")
        let chart = temporaryFile("corpus.svg")
        defer {
            try? FileManager.default.removeItem(at: corpus)
            try? FileManager.default.removeItem(at: chart)
        }
        let document = """
            { "zeta <&>": \(typical),
              "alpha": {"id": "x", "kind": "MENTION", "createdAt": "2026-01-01T00:00:00Z", "recipientId": "u",
                        "tags": ["a}", "b]", "c\\"{"]} }
            """
        try Data(document.utf8).write(to: corpus)
        let result = try await run(Self.quick + ["--corpus", corpus.path, "--json", "--svg", chart.path])
        #expect(result.status == 0, "\(result.standardError)")
        let rows = try rows(result.standardOutput)
        var messages: [String] = []
        for row in rows {
            if let message = row["message"] as? String, !messages.contains(message) { messages.append(message) }
        }
        #expect(messages == ["zeta <&>", "alpha"])
        let typicalJSON = rows.first { $0["message"] as? String == "zeta <&>" && $0["codec"] as? String == "json" }
        #expect(typicalJSON?["bytes"] as? Int == (try vectorSize("typical.json")))
        let svg = String(decoding: try RepositoryPaths.bytes(of: chart), as: UTF8.self)
        #expect(svg.contains(">zeta &lt;&amp;&gt;<"))
        #expect(!svg.contains("zeta <&>"))
    }

    @Test(arguments: [
        (#"{"bad": {"id": "x", "kind": "NOPE"}}"#, "'bad'"),
        (#"{"a": {"id": "x"}"#, "corpus: expected '}'"),
        (#"{}"#, "no entries"),
        (#"[1]"#, "corpus: expected '{'"),
    ])
    func invalidCorpusIsOneErrorLineAndExitOne(document: String, mentions: String) async throws {
        let corpus = temporaryFile("bad.json")
        defer { try? FileManager.default.removeItem(at: corpus) }
        try Data(document.utf8).write(to: corpus)
        let result = try await run(Self.quick + ["--corpus", corpus.path])
        #expect(result.status == 1)
        #expect(result.standardOutput.isEmpty)
        #expect(result.standardError.hasPrefix("error: "))
        #expect(result.standardError.filter { $0 == "\n" }.count == 1, "\(result.standardError)")
        #expect(result.standardError.contains(mentions), "\(result.standardError)")
    }
}
