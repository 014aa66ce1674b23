public import Foundation

/// Paths inside the repository, found from this file's location so that tests run from any directory.
public enum RepositoryPaths {
    /// The repository root (the folder holding `Package.swift`).
    public static let root: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // NotifyWireTestSupport
        .deletingLastPathComponent()  // Tests
        .deletingLastPathComponent()

    /// `Schemas/`.
    public static var schemas: URL { root.appendingPathComponent("Schemas") }
    /// `Schemas/vectors/`.
    public static var vectors: URL { schemas.appendingPathComponent("vectors") }
    /// `Tests/Fixtures/`.
    public static var fixtures: URL { root.appendingPathComponent("Tests/Fixtures") }
    /// `Tests/Fixtures/conformance/`, the vendored copy of `../shared/conformance/`.
    public static var conformance: URL { fixtures.appendingPathComponent("conformance") }

    /// Reads a file that a test needs; a missing file is a test failure (thrown), never a skip.
    public static func bytes(of url: URL) throws -> [UInt8] {
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw MissingFixture(path: url.path)
        }
        return [UInt8](data)
    }

    /// Lists the regular files of a folder, sorted by name; a missing or empty folder is an error.
    public static func files(in folder: URL) throws -> [URL] {
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        guard !names.isEmpty else { throw MissingFixture(path: folder.path + " (empty)") }
        return names.map { folder.appendingPathComponent($0) }
    }
}

/// A fixture file that a test needs is not there.
public struct MissingFixture: Error, CustomStringConvertible {
    /// The path that was looked for.
    public let path: String
    /// Says which file is missing and how to restore it.
    public var description: String {
        "missing fixture \(path): restore it from git, or run `make sync-conformance` for conformance data"
    }
}
