import Foundation
import NotifyWireTestSupport
import Testing

/// `notifywire schema check` on our own `Schemas/` (part of `make test` through `swift test`), and on broken
/// copies of it, where each planted disagreement must be reported as its own line.
@Suite struct SchemaCheckCommandTests {
    private func run(_ arguments: [String]) async throws -> (
        status: Int32, standardOutput: String, standardError: String
    ) {
        let result = try await ExternalProcess.runCapturing(try BuiltProducts.notifywire(), arguments: arguments)
        return (
            result.status, String(decoding: result.standardOutput, as: UTF8.self),
            String(decoding: result.standardError, as: UTF8.self)
        )
    }

    @Test func ourSchemasAgree() async throws {
        let generated = RepositoryPaths.root.appendingPathComponent("Sources/CNotifyWireProto").path
        let result = try await run(["schema", "check", RepositoryPaths.schemas.path, "--generated", generated])
        #expect(result.status == 0, "\(result.standardOutput)\(result.standardError)")
        #expect(result.standardOutput.hasSuffix(" 0 disagreements\n"))
    }

    /// A scratch copy of `Schemas/` and the generated code, changed by `edit`, checked.
    private func checkBrokenCopy(_ edit: (URL) throws -> Void) async throws -> (status: Int32, lines: [String]) {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("schema-check-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: scratch) }
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        let schemas = scratch.appendingPathComponent("Schemas")
        try FileManager.default.copyItem(at: RepositoryPaths.schemas, to: schemas)
        try FileManager.default.copyItem(
            at: RepositoryPaths.root.appendingPathComponent("Sources/CNotifyWireProto"),
            to: scratch.appendingPathComponent("Sources/CNotifyWireProto"))
        try edit(schemas)
        let result = try await run(["schema", "check", schemas.path])
        let lines = result.standardOutput.split(separator: "\n").map(String.init).filter { !$0.contains("comparisons") }
        return (result.status, lines)
    }

    private func replace(_ old: String, with new: String, in file: URL) throws {
        let text = try String(contentsOf: file, encoding: .utf8)
        #expect(text.contains(old), "fixture text to replace is gone: \(old)")
        try text.replacingOccurrences(of: old, with: new).write(to: file, atomically: true, encoding: .utf8)
    }

    @Test func jsonSchemaPropertyRenamedIsOneLine() async throws {
        let result = try await checkBrokenCopy { schemas in
            try replace(
                #""avatarUrl": { "type": "string" }"#, with: #""avatarURL": { "type": "string" }"#,
                in: schemas.appendingPathComponent("notify/v1/notification.schema.json"))
        }
        #expect(result.status == 1)
        #expect(
            result.lines.map { $0.components(separatedBy: ".schema.json: ").last ?? $0 } == [
                "notify.v1.Actor.avatar_url: $defs/Actor has no property avatarUrl",
                "notify.v1.Actor: $defs/Actor has property avatarURL, which is not a field",
            ])
    }

    @Test func jsonSchemaEnumValueMissingIsOneLine() async throws {
        let result = try await checkBrokenCopy { schemas in
            try replace(
                #""MESSAGE", "SYSTEM_ALERT"]"#, with: #""MESSAGE"]"#,
                in: schemas.appendingPathComponent("notify/v1/notification.schema.json"))
        }
        #expect(result.status == 1)
        #expect(result.lines.count == 1)
        #expect(result.lines.first?.contains("notify.v1.Kind: $defs/Kind lists") == true)
    }

    @Test func protoFieldRenamedDisagreesWithModelAndJSONSchemaAndGeneratedCode() async throws {
        let result = try await checkBrokenCopy { schemas in
            try replace(
                "string title = 6;", with: "string headline = 6;",
                in: schemas.appendingPathComponent("notify/v1/notification.proto"))
        }
        #expect(result.status == 1)
        let joined = result.lines.joined(separator: "\n")
        #expect(joined.contains("notify.v1.Notification.headline: the Swift model names field 6 title"))
        #expect(joined.contains("$defs/Notification has no property headline"))
        #expect(joined.contains("notification.pb-c.c: differs from what protoc-c makes"))
        #expect(joined.contains("notification.pb-c.h: differs from what protoc-c makes"))
    }

    @Test func vectorWithAChangedByteIsReported() async throws {
        let result = try await checkBrokenCopy { schemas in
            // A changed id makes the JSON form decode to a model that differs from the three binary forms.
            let file = schemas.appendingPathComponent("vectors/minimal.json")
            let text = try String(contentsOf: file, encoding: .utf8)
            let changed = text.replacingOccurrences(of: #""id":""#, with: #""id":"X"#)
            #expect(changed != text)
            try changed.write(to: file, atomically: true, encoding: .utf8)
        }
        #expect(result.status == 1)
        #expect(result.lines.contains { $0.contains("minimal.") && $0.contains("decodes to a different model") })
    }
}
