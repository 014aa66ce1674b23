import Foundation
import NotifyWireTestSupport
import Testing

/// The committed protoc-c output in `Sources/CNotifyWireProto` is byte for byte what `protoc-c` makes of
/// `Schemas/` today (the same check as `make check-generated`, from `swift test`).
@Suite struct GeneratedCodeTests {
    static let generated = [
        ("notify/v1/notification.pb-c.c", "notify/v1/notification.pb-c.c"),
        ("notify/v1/notification.pb-c.h", "include/notify/v1/notification.pb-c.h"),
        ("google/protobuf/timestamp.pb-c.c", "google/protobuf/timestamp.pb-c.c"),
        ("google/protobuf/timestamp.pb-c.h", "include/google/protobuf/timestamp.pb-c.h"),
    ]

    @Test func committedCodeIsWhatProtocCGenerates() async throws {
        let scratch = try Protoc.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: scratch) }
        _ = try await ExternalProcess.run(
            "protoc-c",
            arguments: ["--c_out=\(scratch.path)"] + Protoc.includes + [
                Protoc.schemaFile, Protoc.wellKnownInclude + "/google/protobuf/timestamp.proto",
            ]
        )
        let target = RepositoryPaths.root.appendingPathComponent("Sources/CNotifyWireProto")
        for (fresh, committed) in Self.generated {
            let expected = try RepositoryPaths.bytes(of: scratch.appendingPathComponent(fresh))
            let actual = try RepositoryPaths.bytes(of: target.appendingPathComponent(committed))
            #expect(!expected.isEmpty)
            #expect(actual == expected, "\(committed) differs from protoc-c output: run `make generate`")
        }
    }
}
