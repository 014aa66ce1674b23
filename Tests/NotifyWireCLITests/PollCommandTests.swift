import Foundation
import NotifyWire
import NotifyWireTestSupport
import Testing

/// End-to-end tests of `notifywire poll respond`, `notifywire stream frame|parse` and `notifywire bench --wire`.
@Suite struct PollCommandTests {
    private func run(_ arguments: [String], input: [UInt8] = []) async throws -> (
        status: Int32, standardOutput: [UInt8], standardError: String
    ) {
        let result = try await ExternalProcess.runCapturing(
            try BuiltProducts.notifywire(), arguments: arguments, input: input)
        return (result.status, result.standardOutput, String(decoding: result.standardError, as: UTF8.self))
    }

    static var batchInput: [UInt8] { (try? JSONCodec().encodedBytes(SampleCorpus.batch)) ?? [] }

    /// Splits an HTTP/1.1 response into its head lines and body.
    static func split(_ bytes: [UInt8]) -> (lines: [String], body: [UInt8])? {
        let separator: [UInt8] = [0x0D, 0x0A, 0x0D, 0x0A]
        guard let end = (0...max(0, bytes.count - 4)).first(where: { Array(bytes[$0..<$0 + 4]) == separator }) else {
            return nil
        }
        let head = String(decoding: bytes[..<end], as: UTF8.self)
        return (head.components(separatedBy: "\r\n"), Array(bytes[(end + 4)...]))
    }

    @Test(arguments: [
        ("application/json", "json"), ("application/x-msgpack", "msgpack"), ("application/protobuf", "protobuf"),
    ])
    func respondPrintsTheExactResponse(accept: String, format: String) async throws {
        let result = try await run(["poll", "respond", "--accept", accept, "--limit", "1"], input: Self.batchInput)
        #expect(result.status == 0, "\(result.standardError)")
        let response = try #require(Self.split(result.standardOutput))
        let codec = try #require(CodecRegistry.standard.codec(named: format))
        let first = try #require(SampleCorpus.batch.notifications.first)
        let expectedBody = try codec.encodedBytes(
            NotificationBatch(notifications: [first], cursor: String(first.sequence), hasMore: true))
        #expect(response.body == expectedBody)
        #expect(
            response.lines == [
                "HTTP/1.1 200 OK", "Content-Type: \(codec.mediaType)", "Content-Length: \(expectedBody.count)",
                "Cache-Control: no-store", "Vary: Accept", "ETag: \"\(format).\(first.sequence)-\(first.sequence)+\"",
                "X-Poll-Interval: 5",
            ])
    }

    @Test func ifNoneMatchGives304AndErrorsGetTheirStatus() async throws {
        let last = try #require(SampleCorpus.batch.notifications.last?.sequence)
        let notModified = try await run(
            ["poll", "respond", "--cursor", String(last), "--if-none-match", "\"json.\(last)\""], input: Self.batchInput
        )
        #expect(Self.split(notModified.standardOutput)?.lines.first == "HTTP/1.1 304 Not Modified")
        #expect(Self.split(notModified.standardOutput)?.body.isEmpty == true)
        let cases: [([String], String)] = [
            (["--cursor", "abc"], "HTTP/1.1 400 Bad Request"),
            (["--limit", "0"], "HTTP/1.1 400 Bad Request"),
            (["--accept", "text/html"], "HTTP/1.1 406 Not Acceptable"),
            (["--cursor", "0", "--retain", "1"], "HTTP/1.1 410 Gone"),
        ]
        for (arguments, statusLine) in cases {
            let result = try await run(["poll", "respond"] + arguments, input: Self.batchInput)
            #expect(result.status == 0)
            #expect(Self.split(result.standardOutput)?.lines.first == statusLine, "\(arguments)")
        }
        let broken = try await run(["poll", "respond"], input: Array("{\"notifications\":[".utf8))
        #expect(broken.status == 1)
        #expect(broken.standardOutput.isEmpty)
        #expect(broken.standardError.hasPrefix("error: "))
    }

    @Test(arguments: ["json", "msgpack", "protobuf"])
    func streamFrameThenParseGivesTheNotificationsBack(codec: String) async throws {
        let framed = try await run(["stream", "frame", "--codec", codec, "--batch"], input: Self.batchInput)
        #expect(framed.status == 0, "\(framed.standardError)")
        let parsed = try await run(["stream", "parse", "--codec", codec], input: framed.standardOutput)
        #expect(parsed.status == 0, "\(parsed.standardError)")
        let lines = parsed.standardOutput.split(separator: 0x0A)
        let expected = try SampleCorpus.batch.notifications.map { try JSONCodec().encodedBytes($0) }
        #expect(lines.map(Array.init) == expected)
        if codec == "json" { #expect(framed.standardOutput == expected.flatMap { $0 + [0x0A] }) }
        let truncated = try await run(
            ["stream", "parse", "--codec", codec], input: Array(framed.standardOutput.dropLast(3)))
        if codec != "json" {
            #expect(truncated.status == 1)
            #expect(truncated.standardOutput.isEmpty)
        }
    }

    @Test(arguments: [
        (Array(repeating: UInt8(0x80), count: 10) + [0x01], "is not an unsigned varint"),
        ([0xFF, 0xFF, 0xFF, 0x7F], "above the limit of 4096 bytes"),
    ])
    func streamParseRejectsHostilePrefixes(input: [UInt8], expected: String) async throws {
        let result = try await run(["stream", "parse", "--codec", "protobuf", "--max-bytes", "4096"], input: input)
        #expect(result.status == 1)
        #expect(result.standardOutput.isEmpty)
        #expect(result.standardError.hasPrefix("error: framing error at byte 0: "))
        #expect(result.standardError.contains(expected))
    }

    @Test func benchWirePrintsATableAndItsSentence() async throws {
        let result = try await run(["bench", "--wire"])
        #expect(result.status == 0, "\(result.standardError)")
        let text = String(decoding: result.standardOutput, as: UTF8.self)
        let lines = text.split(separator: "\n").map(String.init)
        let header = try #require(lines.first { $0.hasPrefix("entry") })
        for column in ["payload", "SSE", "WebSocket", "stream", "poll ×1", "poll ×10", "poll ×100"] {
            #expect(header.contains(column))
        }
        for entry in ["minimal", "typical", "large"] {
            for codec in ["JSON", "MessagePack (names)", "MessagePack (numbers)", "Protocol Buffers"] {
                #expect(lines.contains { $0.hasPrefix(entry) && $0.contains(codec) }, "\(entry) \(codec)")
            }
        }
        #expect(text.contains("Bytes on the wire per notification"))
    }

    @Test func benchWireJSONMatchesTheLibrary() async throws {
        let result = try await run(["bench", "--wire", "--json", "--entry", "typical"])
        #expect(result.status == 0, "\(result.standardError)")
        let rows = try #require(
            try JSONSerialization.jsonObject(with: Data(result.standardOutput)) as? [[String: Any]])
        #expect(rows.count == 4)
        for row in rows {
            let id = try #require(row["codecID"] as? String)
            let codec: any NotificationCodec =
                switch id {
                case "json": JSONCodec()
                case "msgpack-names": MessagePackCodec(keyStyle: .names)
                case "msgpack-numbers": MessagePackCodec(keyStyle: .fieldNumbers)
                default: ProtobufCodec()
                }
            let payload = try codec.encodedBytes(SampleCorpus.typical).count
            #expect(row["payload"] as? Int == payload)
            let sse = try #require(row["sse"] as? Int)
            let webSocket = try #require(row["webSocket"] as? Int)
            let stream = try #require(row["stream"] as? Int)
            let poll1 = try #require(row["poll1"] as? Double)
            let poll100 = try #require(row["poll100"] as? Double)
            // Independent bounds: a server frame header is 2 or 4 bytes here; a stream adds 1 or 2 bytes.
            #expect(webSocket - payload == (payload < 126 ? 2 : 4))
            #expect(stream - payload == (codec.payloadKind == .text ? 1 : (payload < 128 ? 1 : 2)))
            // SSE: "id: <sequence>\n" + "data: " + payload (base64 for binary) + "\n\n".
            let data = codec.payloadKind == .text ? payload : (payload + 2) / 3 * 4
            #expect(sse == "id: \(SampleCorpus.typical.sequence)\n".utf8.count + 6 + data + 2)
            #expect(poll1 > poll100)
            #expect(poll100 > Double(payload) * 0.9)
        }
    }
}
