import ArgumentParser
import Foundation
import NotifyWireValidation

/// `notifywire schema check [DIR]`: proves the schema's forms agree, one line per disagreement.
struct SchemaCheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract:
            "Check that the .proto, the JSON Schema, the Swift model, the generated C code and the vectors agree.",
        discussion: """
            Parses every .proto under DIR with protoc (descriptor sets read with protoc-c code) and compares it with \
            the JSON Schema beside it (every field, name, type and enum value) and with the Swift model's metadata; \
            regenerates the protoc-c output and compares it with the committed one; decodes every golden vector in \
            DIR/vectors in every codec and re-encodes it. Exit status: 0 when all agree, 1 otherwise.
            """
    )

    @Argument(help: "The schema folder.")
    var directory = "Schemas"

    @Option(
        help: "The committed protoc-c output to check for freshness (default: Sources/CNotifyWireProto beside DIR).")
    var generated: String?

    @Option(help: "How to report: text, json or github (GitHub Actions annotations).")
    var output: ValidateOutput = .text

    func validate() throws {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isFolder), isFolder.boolValue else {
            throw ValidationError("\(directory) is not a folder")
        }
    }

    func run() throws {
        let schemas = URL(fileURLWithPath: directory)
        let generatedCode = URL(
            fileURLWithPath: generated
                ?? schemas.deletingLastPathComponent().appendingPathComponent("Sources/CNotifyWireProto").path)
        let useGenerated = FileManager.default.fileExists(atPath: generatedCode.path)
        let outcome = SchemaCheck(schemas: schemas, generatedCode: useGenerated ? generatedCode : nil).run()
        let text: String
        switch output {
        case .text:
            var lines = outcome.disagreements.map(\.line)
            if !useGenerated { lines.append("note: \(generatedCode.path) not found; generated code not checked") }
            lines.append("\(outcome.checked) comparisons, \(outcome.disagreements.count) disagreements")
            text = lines.joined(separator: "\n") + "\n"
        case .json:
            let items: [JSONValue] = outcome.disagreements.map {
                .object(["file": .string($0.file), "message": .string($0.message)])
            }
            text =
                JSONValue.object([
                    "agree": .bool(outcome.disagreements.isEmpty), "checked": .integer(Int64(outcome.checked)),
                    "disagreements": .array(items),
                ]).serialized() + "\n"
        case .github:
            text = outcome.disagreements.map {
                "::error file=\(ValidationReport.escapeProperty($0.file)),title=notifywire schema check::"
                    + ValidationReport.escapeData($0.message) + "\n"
            }.joined()
        }
        StandardStreams.writeOutput(Array(text.utf8))
        if !outcome.disagreements.isEmpty { throw ExitCode.failure }
    }
}
