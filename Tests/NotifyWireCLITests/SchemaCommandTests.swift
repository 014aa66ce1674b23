import Foundation
import NotifyWireTestSupport
import Testing

/// End-to-end tests of `notifywire schema diff` over hand-made edits of the schema
/// (`Tests/Fixtures/schema-diff/`): each edit's first line says which categories it must produce
/// (`// expect: A B` or `// expect: none`), and its folder whether it breaks anything.
@Suite struct SchemaCommandTests {
    private func run(_ arguments: [String]) async throws -> (
        status: Int32, standardOutput: String, standardError: String
    ) {
        let result = try await ExternalProcess.runCapturing(try BuiltProducts.notifywire(), arguments: arguments)
        return (
            result.status, String(decoding: result.standardOutput, as: UTF8.self),
            String(decoding: result.standardError, as: UTF8.self)
        )
    }

    private static let fixtures = RepositoryPaths.fixtures.appendingPathComponent("schema-diff")

    /// The `// expect:` categories and the `// old:` file (default `base.proto`) of an edit.
    private func header(of edit: URL) throws -> (expected: Set<String>, old: URL) {
        let text = String(decoding: try RepositoryPaths.bytes(of: edit), as: UTF8.self)
        var expected: Set<String> = []
        var old = Self.fixtures.appendingPathComponent("base.proto")
        for line in text.split(separator: "\n").prefix(2) {
            if line.hasPrefix("// expect: ") {
                expected = Set(line.dropFirst("// expect: ".count).split(separator: " ").map(String.init))
                expected.remove("none")
            } else if line.hasPrefix("// old: ") {
                old = Self.fixtures.appendingPathComponent(String(line.dropFirst("// old: ".count)))
            }
        }
        return (expected, old)
    }

    private func diff(_ edit: URL) async throws -> (status: Int32, changes: [[String: Any]], expected: Set<String>) {
        let (expected, old) = try header(of: edit)
        let result = try await run(["schema", "diff", "--output", "json", old.path, edit.path])
        let report = try #require(
            try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any],
            "\(result.standardError)")
        return (result.status, try #require(report["changes"] as? [[String: Any]]), expected)
    }

    @Test(arguments: try RepositoryPaths.files(in: fixtures.appendingPathComponent("breaking")))
    func breakingEditIsReportedAndExitsOne(edit: URL) async throws {
        let (status, changes, expected) = try await diff(edit)
        #expect(status == 1)
        #expect(Set(changes.compactMap { $0["category"] as? String }) == expected)
        #expect(changes.contains { ($0["breaks"] as? [String])?.isEmpty == false })
    }

    @Test(arguments: try RepositoryPaths.files(in: fixtures.appendingPathComponent("compatible")))
    func compatibleEditIsListedAndExitsZero(edit: URL) async throws {
        let (status, changes, expected) = try await diff(edit)
        #expect(status == 0)
        #expect(Set(changes.compactMap { $0["category"] as? String }) == expected)
        #expect(changes.allSatisfy { ($0["breaks"] as? [String])?.isEmpty == true })
    }

    @Test func atLeastTenEditsOfEachKind() throws {
        #expect(try RepositoryPaths.files(in: Self.fixtures.appendingPathComponent("breaking")).count >= 10)
        #expect(try RepositoryPaths.files(in: Self.fixtures.appendingPathComponent("compatible")).count >= 10)
    }

    @Test func formsBrokenByARemovedField() async throws {
        // Removing `url` (13) without `reserved` frees its number (binary, MessagePack number keys) and its
        // name (JSON, MessagePack name keys).
        let (_, changes, _) = try await diff(Self.fixtures.appendingPathComponent("breaking/remove-field.proto"))
        let breaks = Dictionary(
            uniqueKeysWithValues: changes.compactMap { change in
                (change["category"] as? String).map { ($0, Set(change["breaks"] as? [String] ?? [])) }
            })
        #expect(breaks["FIELD_NO_DELETE_UNLESS_NUMBER_RESERVED"] == ["wire", "msgpack-numbers"])
        #expect(breaks["FIELD_NO_DELETE_UNLESS_NAME_RESERVED"] == ["json", "msgpack-names"])
    }

    @Test func githubOutputAnnotatesTheNewFile() async throws {
        let edit = Self.fixtures.appendingPathComponent("breaking/rename-enum-value.proto").path
        let result = try await run(
            ["schema", "diff", "--output", "github", Self.fixtures.appendingPathComponent("base.proto").path, edit])
        #expect(result.status == 1)
        // COMMENT (1) became COMMENTED: JSON writes enum values by name, the binary forms by number.
        #expect(
            result.standardOutput
                == "::error file=\(edit),title=notifywire schema diff%3A ENUM_VALUE_SAME_NAME::"
                + "notify.v1.Kind.COMMENT: value 1 was renamed to COMMENTED (breaks json)\n")
    }

    @Test func readsTheOldSchemaFromGit() async throws {
        let path = "Tests/Fixtures/schema-diff/base.proto"
        let result = try await run(
            ["schema", "diff", "git:HEAD:\(path)", Self.fixtures.appendingPathComponent("base.proto").path])
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardOutput == "0 changes, 0 breaking\n")
    }

    @Test(arguments: [
        ["schema", "diff", "/nonexistent/a.proto", "/nonexistent/b.proto"],
        ["schema", "diff", "git:no-such-ref-anywhere:x.proto", "/nonexistent/b.proto"],
        ["schema", "diff", "only-one.proto"],
    ])
    func unusableInputsAreUsageErrors(arguments: [String]) async throws {
        let result = try await run(arguments)
        #expect(result.status == 64)
        #expect(result.standardOutput.isEmpty)
    }
}
