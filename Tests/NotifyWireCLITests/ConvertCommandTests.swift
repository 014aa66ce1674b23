import Foundation
import NotifyWireTestSupport
import Testing

/// End-to-end tests that run the built `notifywire` executable.
@Suite struct ConvertCommandTests {
    private func run(_ arguments: [String], input: [UInt8] = []) async throws -> (
        status: Int32, standardOutput: [UInt8], standardError: String
    ) {
        let result = try await ExternalProcess.runCapturing(
            try BuiltProducts.notifywire(), arguments: arguments, input: input)
        return (result.status, result.standardOutput, String(decoding: result.standardError, as: UTF8.self))
    }

    @Test func jsonToJSONWritesTheCanonicalForm() async throws {
        // snake_case names, an enum by number, a number for uint64, whitespace and an offset timestamp in;
        // the canonical form out.
        let input =
            #"{ "recipient_id": "u", "id": "x", "kind": 2, "sequence": 7, "created_at": "2026-01-01T01:00:00.5+01:00" }"#
        let result = try await run(["convert", "--from", "json", "--to", "json"], input: Array(input.utf8))
        #expect(result.status == 0, "\(result.standardError)")
        #expect(
            String(decoding: result.standardOutput, as: UTF8.self)
                == #"{"id":"x","kind":"MENTION","createdAt":"2026-01-01T00:00:00.500Z","recipientId":"u","sequence":"7"}"#
        )
        #expect(result.standardError.isEmpty)
    }

    @Test func readsAFileArgument() async throws {
        let vector = RepositoryPaths.vectors.appendingPathComponent("typical.json")
        let result = try await run(["convert", "--from", "json", "--to", "json", vector.path])
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardOutput == (try RepositoryPaths.bytes(of: vector)))
    }

    @Test func batchFlagReadsABatch() async throws {
        let vector = RepositoryPaths.vectors.appendingPathComponent("batch.json")
        let result = try await run(
            ["convert", "--from", "json", "--to", "json", "--batch"], input: try RepositoryPaths.bytes(of: vector))
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardOutput == (try RepositoryPaths.bytes(of: vector)))
    }

    @Test(arguments: [
        (#"{"id":"x","kind":"NOPE"}"#, "kind"),
        (#"{"id":"x",}"#, "byte 10"),
        (#"{"actor":{"displayName":5}}"#, "actor.displayName"),
    ])
    func invalidInputPrintsOneErrorLineAndExitsOne(input: String, mentions: String) async throws {
        let result = try await run(["convert", "--from", "json", "--to", "json"], input: Array(input.utf8))
        #expect(result.status == 1)
        #expect(result.standardOutput.isEmpty)
        #expect(result.standardError.hasPrefix("error: "))
        #expect(result.standardError.filter { $0 == "\n" }.count == 1, "exactly one line: \(result.standardError)")
        #expect(result.standardError.contains(mentions))
    }

    @Test func missingFileIsAnErrorLine() async throws {
        let result = try await run(["convert", "--from", "json", "--to", "json", "/nonexistent/notification.json"])
        #expect(result.status == 1)
        #expect(result.standardOutput.isEmpty)
        #expect(result.standardError.hasPrefix("error: cannot read /nonexistent/notification.json"))
    }

    @Test(arguments: [
        ["convert", "--from", "yaml", "--to", "json"],
        ["convert", "--to", "json"],
        ["convert", "--from", "json", "--to", "json", "--no-such-option"],
        ["no-such-command"],
    ])
    func usageErrorsExitSixtyFour(arguments: [String]) async throws {
        let result = try await run(arguments)
        #expect(result.status == 64, "\(result.standardError)")
        #expect(result.standardOutput.isEmpty)
    }
}
