import Foundation
import NotifyWireTestSupport
import Testing

/// End-to-end tests of `notifywire validate`, including agreement with Python's `jsonschema` on every file of
/// `Tests/Fixtures/validation/` (the folder says what each file should be: `valid/` or `invalid/`).
@Suite struct ValidateCommandTests {
    private func run(_ arguments: [String]) async throws -> (
        status: Int32, standardOutput: String, standardError: String
    ) {
        let result = try await ExternalProcess.runCapturing(try BuiltProducts.notifywire(), arguments: arguments)
        return (
            result.status, String(decoding: result.standardOutput, as: UTF8.self),
            String(decoding: result.standardError, as: UTF8.self)
        )
    }

    private static let fixtures = RepositoryPaths.fixtures.appendingPathComponent("validation")

    /// `valid NAME` / `invalid NAME` per file, as `notifywire validate --strict --output json` decides.
    private func verdictsOfNotifyWire(_ files: [URL], batch: Bool) async throws -> [String: String] {
        let result = try await run(
            ["validate", "--strict", "--output", "json"] + (batch ? ["--batch"] : []) + files.map(\.path))
        #expect(result.status == (result.standardOutput.contains("\"valid\": false") ? 1 : 0))
        let report = try #require(
            try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any])
        let entries = try #require(report["files"] as? [[String: Any]])
        var verdicts: [String: String] = [:]
        for entry in entries {
            let file = try #require(entry["file"] as? String)
            let valid = try #require(entry["valid"] as? Bool)
            verdicts[URL(fileURLWithPath: file).lastPathComponent] = valid ? "valid" : "invalid"
        }
        return verdicts
    }

    /// The same verdicts from `jsonschema` against `$defs/ValidNotification` (or `ValidNotificationBatch`).
    private func verdictsOfJSONSchema(_ files: [URL], batch: Bool) async throws -> [String: String] {
        let output = try await PythonPeer.run(
            script: "validation_peer.py", arguments: (batch ? ["--batch"] : []) + files.map(\.path))
        var verdicts: [String: String] = [:]
        for line in String(decoding: output, as: UTF8.self).split(separator: "\n") {
            let parts = line.split(separator: " ", maxSplits: 1).map(String.init)
            if parts.count == 2 { verdicts[parts[1]] = parts[0] }
        }
        return verdicts
    }

    @Test(arguments: ["valid", "invalid"])
    func jsonschemaAndNotifyWireAgreeOnEveryFixture(folder: String) async throws {
        let files = try RepositoryPaths.files(in: Self.fixtures.appendingPathComponent(folder))
        let batches = files.filter { $0.lastPathComponent.hasPrefix("batch-") }
        let singles = files.filter { !$0.lastPathComponent.hasPrefix("batch-") }
        var ours = try await verdictsOfNotifyWire(singles, batch: false)
        await ours.merge(try verdictsOfNotifyWire(batches, batch: true)) { first, _ in first }
        var theirs = try await verdictsOfJSONSchema(singles, batch: false)
        await theirs.merge(try verdictsOfJSONSchema(batches, batch: true)) { first, _ in first }
        #expect(ours.count == files.count)
        for file in files {
            let name = file.lastPathComponent
            #expect(ours[name] == folder, "notifywire: \(name)")
            #expect(theirs[name] == folder, "jsonschema: \(name)")
        }
    }

    @Test func tableHasAtLeastFortyFiles() throws {
        let valid = try RepositoryPaths.files(in: Self.fixtures.appendingPathComponent("valid"))
        let invalid = try RepositoryPaths.files(in: Self.fixtures.appendingPathComponent("invalid"))
        #expect(valid.count >= 15)
        #expect(invalid.count >= 25)
        #expect(valid.count + invalid.count >= 40)
    }

    @Test func githubOutputIsOneAnnotationPerProblem() async throws {
        let syntax = Self.fixtures.appendingPathComponent("invalid/syntax-error.json").path
        let several = Self.fixtures.appendingPathComponent("invalid/several-problems.json").path
        let valid = Self.fixtures.appendingPathComponent("valid/minimal.json").path
        let result = try await run(["validate", "--output", "github", syntax, several, valid])
        #expect(result.status == 1)
        // syntax-error.json lacks the comma at the end of line 4, so the parser stops at the `"` that opens
        // line 5's member, in column 3. several-problems.json breaks seven rules, reported in table order, each
        // at the first character of the value: line 2 `  "id": "",` (column 9), line 3
        // `  "kind": "KIND_UNSPECIFIED",` (column 11), line 4 `  "url": "nope",` (column 10), line 8
        // `  "data": {` (column 11), line 6 `    "avatarUrl": "x"` (column 18). The missing createdAt and
        // recipientId point at the object that should hold them, whose `{` is line 1, column 1.
        let title = "title=notifywire validate%3A "
        let expected = [
            "::error file=\(syntax),line=5,col=3,\(title)decode.malformed::expected ',' or '}', found '\"'",
            "::error file=\(several),line=2,col=9,\(title)notification.id.nonEmpty::id: must be set and not empty",
            "::error file=\(several),line=3,col=11,\(title)notification.kind.specified::"
                + "kind: must be set and not KIND_UNSPECIFIED",
            "::error file=\(several),line=1,col=1,\(title)notification.createdAt.present::"
                + "createdAt: must be set, between 0001-01-01 and 9999-12-31",
            "::error file=\(several),line=1,col=1,\(title)notification.recipientId.nonEmpty::"
                + "recipientId: must be set and not empty",
            "::error file=\(several),line=4,col=10,\(title)notification.url.absoluteHTTP::"
                + "url: must be an absolute http(s) URL when set",
            "::error file=\(several),line=8,col=11,\(title)notification.data.nonEmptyKeys::data: keys must not be empty",
            "::error file=\(several),line=6,col=18,\(title)actor.avatarUrl.absoluteHTTP::"
                + "actor.avatarUrl: must be an absolute http(s) URL when set",
        ]
        #expect(result.standardOutput.split(separator: "\n").map(String.init) == expected)
    }

    @Test func textOutputNamesFileLineAndColumn() async throws {
        let syntax = Self.fixtures.appendingPathComponent("invalid/trailing-comma.json").path
        let result = try await run(["validate", syntax])
        #expect(result.status == 1)
        // The only line of trailing-comma.json ends `"u",}`: the `}` is its 90th character.
        #expect(result.standardOutput.hasPrefix("\(syntax):1:90: error: "))
        #expect(result.standardOutput.hasSuffix("1 file checked, 1 invalid\n"))
    }

    @Test func textOutputPlacesRuleViolationsInsideABatch() async throws {
        let batch = Self.fixtures.appendingPathComponent("invalid/batch-second-invalid.json").path
        let result = try await run(["validate", "--batch", batch])
        #expect(result.status == 1)
        // The second notification's line 10 is `      "id": "",` (the empty string's quote in column 13) and its
        // line 14 is `      "url": "relative"` (the URL's quote in column 14).
        let expected = [
            "\(batch):10:13: error: notifications[1].id: must be set and not empty [notification.id.nonEmpty]",
            "\(batch):14:14: error: notifications[1].url: must be an absolute http(s) URL when set "
                + "[notification.url.absoluteHTTP]",
            "1 file checked, 1 invalid",
        ]
        #expect(result.standardOutput.split(separator: "\n").map(String.init) == expected)
    }

    @Test func validFilesExitZero() async throws {
        let files = try RepositoryPaths.files(in: Self.fixtures.appendingPathComponent("valid"))
            .filter { !$0.lastPathComponent.hasPrefix("batch-") }
        let result = try await run(["validate", "--strict"] + files.map(\.path))
        #expect(result.status == 0, "\(result.standardOutput)")
        #expect(result.standardOutput.hasSuffix("\(files.count) files checked, 0 invalid\n"))
    }

    @Test func binaryVectorsValidateInEveryFormat() async throws {
        let vectors = try RepositoryPaths.files(in: RepositoryPaths.vectors)
            .filter { !$0.lastPathComponent.hasPrefix("batch") }
        let result = try await run(["validate", "--strict"] + vectors.map(\.path))
        #expect(result.status == 0, "\(result.standardOutput)")
    }

    @Test(arguments: [
        ["validate"],
        ["validate", "/nonexistent/notification.json"],
        ["validate", "--output", "xml", "a.json"],
        ["validate", "--format", "yaml", "a.json"],
    ])
    func usageErrorsExitSixtyFour(arguments: [String]) async throws {
        let result = try await run(arguments)
        #expect(result.status == 64)
        #expect(result.standardOutput.isEmpty)
    }
}
