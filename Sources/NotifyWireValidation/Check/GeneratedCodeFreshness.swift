import Foundation

/// Checks that the committed protoc-c output is what `protoc-c` makes of the schema today, byte for byte
/// (the same comparison as `make check-generated`, for the `.proto` files of the checked folder).
enum GeneratedCodeFreshness {
    static func disagreements(schemas: URL, generated: URL) -> (checked: Int, found: [SchemaDisagreement]) {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent(
            "notifywire-check-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: scratch) }
        let protos = protoFiles(under: schemas) + ["google/protobuf/timestamp.proto"]
        do {
            try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
            let result = try ProtoSchemaLoader.run(
                "protoc-c",
                ["--c_out=\(scratch.path)", "-I", schemas.path, "-I", ProtoSchemaLoader.wellKnownInclude] + protos)
            guard result.status == 0 else {
                return (
                    0, [SchemaDisagreement(file: schemas.path, message: "protoc-c failed: \(result.standardError)")]
                )
            }
        } catch {
            return (0, [SchemaDisagreement(file: schemas.path, message: "protoc-c cannot run: \(error)")])
        }
        var found: [SchemaDisagreement] = []
        var checked = 0
        for proto in protos {
            let stem = String(proto.dropLast(".proto".count))
            for (made, committed) in [
                ("\(stem).pb-c.h", "include/\(stem).pb-c.h"), ("\(stem).pb-c.c", "\(stem).pb-c.c"),
            ] {
                checked += 1
                let committedPath = generated.appendingPathComponent(committed).path
                let fresh = FileManager.default.contents(atPath: scratch.appendingPathComponent(made).path)
                guard let old = FileManager.default.contents(atPath: committedPath) else {
                    found.append(
                        SchemaDisagreement(file: committedPath, message: "the generated file is not committed"))
                    continue
                }
                if old != fresh {
                    found.append(
                        SchemaDisagreement(
                            file: committedPath,
                            message: "differs from what protoc-c makes of \(proto); run make generate"))
                }
            }
        }
        return (checked, found)
    }

    /// The `.proto` files under `folder`, relative to it, sorted.
    static func protoFiles(under folder: URL) -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: folder.path) else { return [] }
        return enumerator.compactMap { $0 as? String }.filter { $0.hasSuffix(".proto") }.sorted()
    }
}
