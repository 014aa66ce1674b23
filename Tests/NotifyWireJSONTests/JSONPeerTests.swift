import Foundation
import NotifyWireCore
import NotifyWireJSON
import NotifyWireTestSupport
import Testing

/// Independent implementations check our JSON: Python's `jsonschema` against
/// `Schemas/notify/v1/notification.schema.json`, and Python's `google.protobuf.json_format`.
@Suite struct JSONPeerTests {
    private let codec = JSONCodec()

    private func randomNotifications(count: Int, seed: UInt64) -> [NotificationMessage] {
        var generator = SeededGenerator(seed: seed)
        return (0..<count).map { _ in RandomNotifications.notification(using: &generator) }
    }

    private func randomBatches(count: Int, seed: UInt64) -> [NotificationBatch] {
        var generator = SeededGenerator(seed: seed)
        return (0..<count).map { _ in RandomNotifications.batch(using: &generator) }
    }

    /// One document per line: canonical JSON escapes every control character, so it never holds a raw newline.
    private func lines(_ documents: [[UInt8]]) -> [UInt8] {
        documents.flatMap { $0 + [0x0A] }
    }

    private func outputLines(_ output: [UInt8]) -> [[UInt8]] {
        output.split(separator: 0x0A, omittingEmptySubsequences: true).map(Array.init)
    }

    @Test func jsonSchemaAcceptsEveryNotificationWeWrite() async throws {
        let values = SampleCorpus.entries.compactMap(\.notification) + randomNotifications(count: 300, seed: 11)
        let documents = try values.map { try codec.encodedBytes($0) }
        let verdicts = try await PythonPeer.run(
            script: "json_peer.py", arguments: ["validate"], input: lines(documents))
        #expect(outputLines(verdicts).count == documents.count)
        #expect(outputLines(verdicts).allSatisfy { $0 == Array("ok".utf8) })
    }

    @Test func jsonSchemaAcceptsEveryBatchWeWrite() async throws {
        let values = [SampleCorpus.batch, SampleCorpus.typicalBatch(count: 100)] + randomBatches(count: 60, seed: 12)
        let documents = try values.map { try codec.encodedBytes($0) }
        let verdicts = try await PythonPeer.run(
            script: "json_peer.py",
            arguments: ["validate", "--batch"],
            input: lines(documents)
        )
        #expect(outputLines(verdicts).count == documents.count)
        #expect(outputLines(verdicts).allSatisfy { $0 == Array("ok".utf8) })
    }

    @Test func jsonSchemaRejectsWhatTheFormForbids() async throws {
        // The schema is not a rubber stamp: each of these breaks the JSON form.
        let documents = [
            #"{"id":5}"#, #"{"kind":"NOPE"}"#, #"{"sequence":"-1"}"#, #"{"createdAt":"2026-13-01T00:00:00Z"}"#,
            #"{"data":{"a":1}}"#, #"{"tags":"x"}"#, #"{"display_name":"x"}"#, #"{"actor":{"name":"x"}}"#,
        ].map { Array($0.utf8) }
        let result = try await ExternalProcess.runCapturing(
            PythonPeer.interpreter,
            arguments: [RepositoryPaths.root.appendingPathComponent("Tests/Python/json_peer.py").path, "validate"],
            input: lines(documents)
        )
        #expect(result.status == 1)
        #expect(outputLines(result.standardOutput).count == documents.count)
        #expect(outputLines(result.standardOutput).allSatisfy { $0 == Array("invalid".utf8) })
    }

    @Test func protobufJSONFormatAndWeReadEachOther() async throws {
        let values = SampleCorpus.entries.compactMap(\.notification) + randomNotifications(count: 200, seed: 13)
        let documents = try values.map { try codec.encodedBytes($0) }
        let printed = outputLines(
            try await PythonPeer.run(script: "json_peer.py", arguments: ["json-format"], input: lines(documents))
        )
        try #require(printed.count == values.count)
        for (value, text) in zip(values, printed) {
            #expect(try codec.decodeNotification(from: text) == value, "\(String(decoding: text, as: UTF8.self))")
        }
    }

    @Test func protobufJSONFormatReadsOurBatches() async throws {
        let values = [SampleCorpus.batch] + randomBatches(count: 40, seed: 14)
        let documents = try values.map { try codec.encodedBytes($0) }
        let printed = outputLines(
            try await PythonPeer.run(
                script: "json_peer.py", arguments: ["json-format", "--batch"], input: lines(documents))
        )
        try #require(printed.count == values.count)
        for (value, text) in zip(values, printed) {
            #expect(try codec.decodeBatch(from: text) == value)
        }
    }
}
