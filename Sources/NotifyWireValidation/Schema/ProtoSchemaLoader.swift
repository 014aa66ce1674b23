import Foundation
import NotifyWireProcess

/// Loads a `.proto` file, from the working tree or from git (`git:REF:PATH`), by running
/// `protoc --descriptor_set_out --include_imports` and reading its output with ``ProtoDescriptorReader``.
public enum ProtoSchemaLoader {
    /// The folder holding `google/protobuf/*.proto`: `$PROTOC_WELL_KNOWN_INCLUDE`, else `/usr/include`.
    public static var wellKnownInclude: String {
        ProcessInfo.processInfo.environment["PROTOC_WELL_KNOWN_INCLUDE"] ?? "/usr/include"
    }

    /// Loads `source`: a path to a `.proto`, or `git:REF:PATH` (the file as committed at REF, read with
    /// `git show`). Imports resolve in `includePaths` (working-tree folders), beside the file, and in the
    /// well-known folder.
    public static func load(_ source: String, includePaths: [String] = []) throws(SchemaToolError) -> ProtoSchema {
        let scratch = FileManager.default.temporaryDirectory
            .appendingPathComponent("notifywire-schema-\(UUID().uuidString)")
        do {
            try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        } catch {
            throw SchemaToolError("cannot create a temporary folder: \(error)")
        }
        defer { try? FileManager.default.removeItem(at: scratch) }
        var protoPath = source
        if source.hasPrefix("git:") {
            let parts = source.dropFirst(4).split(separator: ":", maxSplits: 1).map(String.init)
            guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else {
                throw SchemaToolError("\(source) is not of the form git:REF:PATH")
            }
            let shown = try run("git", ["show", "\(parts[0]):\(parts[1])"])
            guard shown.status == 0 else {
                throw SchemaToolError("git show \(parts[0]):\(parts[1]) failed: \(shown.standardError)")
            }
            let copy = scratch.appendingPathComponent(URL(fileURLWithPath: parts[1]).lastPathComponent)
            guard FileManager.default.createFile(atPath: copy.path, contents: Data(shown.standardOutput)) else {
                throw SchemaToolError("cannot write \(copy.path)")
            }
            protoPath = copy.path
        } else if !FileManager.default.isReadableFile(atPath: source) {
            throw SchemaToolError("cannot read \(source): no such readable file")
        }
        return try compile(protoPath, includePaths: includePaths, scratch: scratch)
    }

    /// Runs protoc on one file and reads the descriptor set it writes.
    static func compile(_ protoPath: String, includePaths: [String], scratch: URL) throws(SchemaToolError)
        -> ProtoSchema
    {
        let output = scratch.appendingPathComponent("descriptor.pb").path
        let url = URL(fileURLWithPath: protoPath)
        let folder = url.deletingLastPathComponent().path
        let result = try run(
            "protoc",
            [
                "--descriptor_set_out=\(output)", "--include_imports", "-I", folder,
            ] + includePaths.flatMap { ["-I", $0] } + ["-I", wellKnownInclude, url.lastPathComponent])
        guard result.status == 0, let data = FileManager.default.contents(atPath: output) else {
            throw SchemaToolError("protoc cannot parse \(protoPath): \(result.standardError)")
        }
        return try ProtoDescriptorReader.schema(fromDescriptorSet: [UInt8](data))
    }

    /// Runs a program found on `PATH`, returning its status, standard output and standard error.
    static func run(_ program: String, _ arguments: [String]) throws(SchemaToolError) -> (
        status: Int32, standardOutput: [UInt8], standardError: String
    ) {
        let outcome: ProcessLaunch.Outcome
        do {
            outcome = try ProcessLaunch.runToEnd(program, arguments: arguments, timeout: .seconds(60))
        } catch {
            throw SchemaToolError("cannot run \(program): \(error)")
        }
        return (
            outcome.exit.status, outcome.standardOutput,
            String(decoding: outcome.standardError, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
                .replacingOccurrences(of: "\n", with: "; ")
        )
    }
}
