import Foundation
import NotifyWireTestSupport

/// Runs Debian's `protoc` (and `protoc-c`) against `Schemas/`, the independent implementation that the
/// tests check our bytes with.
enum Protoc {
    /// Where `google/protobuf/timestamp.proto` is installed (libprotobuf-dev / protobuf-compiler).
    static let wellKnownInclude = "/usr/include"
    /// `Schemas/notify/v1/notification.proto`.
    static var schemaFile: String {
        RepositoryPaths.schemas.appendingPathComponent("notify/v1/notification.proto").path
    }
    /// The `-I` arguments every run uses.
    static var includes: [String] { ["-I", RepositoryPaths.schemas.path, "-I", wellKnownInclude] }

    /// `protoc --encode=notify.v1.<type>`: the bytes for `text`.
    static func encode(_ text: String, type: String) async throws -> [UInt8] {
        try await ExternalProcess.run(
            "protoc",
            arguments: ["--encode=notify.v1.\(type)"] + includes + [schemaFile],
            input: Array(text.utf8)
        )
    }

    /// `protoc --decode=notify.v1.<type>`: the text for `bytes`; a parse failure is thrown.
    static func decode(_ bytes: [UInt8], type: String) async throws -> String {
        let output = try await ExternalProcess.run(
            "protoc",
            arguments: ["--decode=notify.v1.\(type)"] + includes + [schemaFile],
            input: bytes
        )
        return String(decoding: output, as: UTF8.self)
    }

    /// A new empty temporary folder.
    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("notifywire-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
