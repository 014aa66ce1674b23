import Foundation
import HTTPTypes
import NIOCore
import NotifyWireCore
import NotifyWireFraming
import NotifyWireJSON
import NotifyWireTestSupport
import Testing

/// Python's `websockets` (its sans-I/O objects, `Tests/Python/websocket_peer.py`) as an independent
/// implementation: it parses the frames we write, we decode the frames it writes, and each side accepts
/// the other's handshake.
@Suite struct WebSocketPythonPeerTests {
    static func peer(of role: WebSocketRole) -> String { role == .server ? "client" : "server" }

    /// Our frames for the corpus through both kinds of codec, with control frames among them.
    static func ourStream(role: WebSocketRole, maxFrame: Int?) throws -> [UInt8] {
        let encoder = WebSocketFrameEncoder(role: role, maxFramePayloadBytes: maxFrame)
        var stream = ByteBuffer()
        try encoder.write(SampleCorpus.batch, codec: JSONCodec(), into: &stream)
        try encoder.writePing(payload: ByteBuffer(string: "are you there?"), into: &stream)
        try encoder.write(SampleCorpus.large, codec: WrappedBinaryTestCodec(), into: &stream)
        try encoder.write(SampleCorpus.typical, codec: JSONCodec(), into: &stream)
        encoder.writeMessage(.binary, payload: ByteBuffer(repeating: 0x5A, count: 70_000), into: &stream)
        try encoder.writePong(payload: ByteBuffer(), into: &stream)
        try encoder.writeClose(code: .goingAway, reason: "déjà vu", into: &stream)
        return Array(stream.readableBytesView)
    }

    @Test(arguments: [WebSocketRole.server, .client], [nil, 1000, 125] as [Int?])
    func pythonParsesTheFramesWeWrite(role: WebSocketRole, maxFrame: Int?) async throws {
        let stream = try Self.ourStream(role: role, maxFrame: maxFrame)
        let ours = WebSocketFeeding.decode(stream, role: role == .server ? .client : .server)
        #expect(ours.error == nil && ours.control.count == 3)
        #expect(ours.messages.count == SampleCorpus.batch.notifications.count + 3)
        let printed = try await PythonPeer.run(
            script: "websocket_peer.py", arguments: ["messages", "--receiver", Self.peer(of: role)], input: stream)
        let theirs = try #require(try JSONSerialization.jsonObject(with: Data(printed)) as? [String: Any])
        #expect(try WebSocketOutcome(json: theirs.merging(["error": NSNull()]) { $1 }, name: "python") == ours)
        let framesPrinted = try await PythonPeer.run(
            script: "websocket_peer.py", arguments: ["frames", "--receiver", Self.peer(of: role)], input: stream)
        let frames = try #require(try JSONSerialization.jsonObject(with: Data(framesPrinted)) as? [[String: Any]])
        let lengths = frames.compactMap { ($0["payload_hex"] as? String).map { $0.count / 2 } }
        #expect(lengths.count == frames.count)
        #expect(frames.filter { $0["opcode"] as? String == "continuation" }.isEmpty == (maxFrame == nil))
        let dataLengths = zip(frames, lengths).filter {
            ($0.0["opcode"] as? String).map { !["ping", "pong", "close"].contains($0) } ?? false
        }
        #expect(dataLengths.allSatisfy { $0.1 <= (maxFrame ?? Int.max) })
    }

    /// Operations for the peer to send, and what our decoder must deliver for them.
    static var operations: [[String: Any]] {
        [
            ["op": "text", "payload_hex": Hex.string("hello".utf8)],
            // "€" (E2 82 AC) split inside its sequence, a ping between the fragments.
            ["op": "text", "payload_hex": "e282", "fin": false],
            ["op": "ping", "payload_hex": "0102"],
            ["op": "continuation", "payload_hex": "ac21", "fin": true],
            ["op": "binary", "payload_hex": Hex.string([UInt8](repeating: 0xA5, count: 70_000))],
            ["op": "binary", "payload_hex": "", "fin": false],
            ["op": "continuation", "payload_hex": Hex.string([UInt8](repeating: 7, count: 300)), "fin": false],
            ["op": "pong", "payload_hex": ""],
            ["op": "continuation", "payload_hex": "ff", "fin": true],
            ["op": "text", "payload_hex": ""],
            ["op": "close", "code": 1000, "reason": "fin"],
        ]
    }

    static var expectedFromOperations: WebSocketOutcome {
        var outcome = WebSocketOutcome()
        outcome.messages = [
            .init(opcode: "text", payloadHex: Hex.string("hello".utf8)),
            .init(opcode: "text", payloadHex: "e282ac21"),
            .init(opcode: "binary", payloadHex: Hex.string([UInt8](repeating: 0xA5, count: 70_000))),
            .init(opcode: "binary", payloadHex: Hex.string([UInt8](repeating: 7, count: 300)) + "ff"),
            .init(opcode: "text", payloadHex: ""),
        ]
        outcome.control = [
            .init(opcode: "ping", payloadHex: "0102"), .init(opcode: "pong", payloadHex: ""),
            .init(opcode: "close", payloadHex: "03e8" + Hex.string("fin".utf8)),
        ]
        return outcome
    }

    @Test(arguments: [WebSocketRole.server, .client])
    func weDecodeTheFramesPythonWrites(role: WebSocketRole) async throws {
        let input = try JSONSerialization.data(withJSONObject: Self.operations)
        let stream = try await PythonPeer.run(
            script: "websocket_peer.py", arguments: ["write", "--role", Self.peer(of: role)], input: [UInt8](input))
        #expect(WebSocketFeeding.decode(stream, role: role) == Self.expectedFromOperations)
        var generator = SeededGenerator(seed: 17)
        for _ in 0..<3 {
            let offsets = WebSocketFeeding.randomOffsets(count: stream.count, using: &generator)
            #expect(WebSocketFeeding.decode(stream, role: role, splitAt: offsets) == Self.expectedFromOperations)
        }
    }

    /// An HTTP/1.1 head: a start line and header fields.
    static func head(_ startLine: String, _ fields: HTTPFields) -> [UInt8] {
        Array(
            (([startLine] + fields.map { "\($0.name.rawName): \($0.value)" }).joined(separator: "\r\n") + "\r\n\r\n")
                .utf8)
    }

    @Test func pythonAcceptsOurRequestAndWeVerifyItsResponse() async throws {
        let client = WebSocketClientHandshake(
            host: "example.com", subprotocols: [WebSocketSubprotocols.protobuf, WebSocketSubprotocols.json])
        let response = try await PythonPeer.run(
            script: "websocket_peer.py", arguments: ["accept", "--subprotocol", "notifywire.v1.json"],
            input: Self.head("GET /notifications HTTP/1.1\r\nHost: \(client.host)", client.headers))
        let lines = String(decoding: response, as: UTF8.self).components(separatedBy: "\r\n")
        let status = HTTPResponse.Status(code: try #require(Int(lines[0].split(separator: " ")[1])))
        var fields = HTTPFields()
        for line in lines.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            let name = try #require(HTTPField.Name(String(line[..<colon])), "header line \(line)")
            fields.append(HTTPField(name: name, value: String(line[line.index(after: colon)...])))
        }
        #expect(try client.verify(status: status, headers: fields) == "notifywire.v1.json")
    }

    @Test func pythonVerifiesOurResponse() async throws {
        let key = WebSocketClientHandshake.randomKey()
        let request = WebSocketClientHandshake(host: "example.com", subprotocols: ["notifywire.v1.json"], key: key)
        let response = WebSocketServerHandshake(subprotocols: WebSocketSubprotocols([JSONCodec()]))
            .respond(method: .get, headers: request.headers)
        try #require(response.isAccepted)
        let printed = try await PythonPeer.run(
            script: "websocket_peer.py",
            arguments: ["check-response", "--key", key, "--subprotocol", "notifywire.v1.json"],
            input: Self.head("HTTP/1.1 \(response.status)", response.headers))
        #expect(String(decoding: printed, as: UTF8.self) == "notifywire.v1.json\n")
    }
}
