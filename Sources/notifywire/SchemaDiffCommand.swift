import ArgumentParser
import NotifyWireValidation

/// `notifywire schema diff OLD NEW`: every change between two versions of the `.proto`, and which forms break.
struct SchemaDiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Compare two versions of the .proto and report breaking changes per form.",
        discussion: """
            OLD and NEW are .proto files or git:REF:PATH (e.g. git:origin/main:Schemas/notify/v1/notification.proto). \
            Each change is reported with its category and the forms it breaks: wire (protobuf binary), json, \
            msgpack-names, msgpack-numbers. Exit status: 1 when any change breaks a form, 0 otherwise, 64 for \
            usage errors (including an unreadable or unparsable input).
            """
    )

    @Option(
        name: [.customShort("I"), .customLong("proto-path")],
        help: "A folder imports are resolved in (repeatable), besides the file's own folder and the well-known types.")
    var protoPaths: [String] = []

    @Option(help: "How to report: text, json or github (GitHub Actions annotations).")
    var output: ValidateOutput = .text

    @Argument(help: "The old schema: a .proto file or git:REF:PATH.")
    var old: String

    @Argument(help: "The new schema: a .proto file or git:REF:PATH.")
    var new: String

    func run() throws {
        let before: ProtoSchema
        let after: ProtoSchema
        do {
            before = try ProtoSchemaLoader.load(old, includePaths: protoPaths)
            after = try ProtoSchemaLoader.load(new, includePaths: protoPaths)
        } catch {
            StandardStreams.reportError(error.description)
            throw ExitCode.validationFailure
        }
        let file = new.hasPrefix("git:") ? String(new.split(separator: ":", maxSplits: 2).last ?? "") : new
        let report = SchemaDiffReport(file: file, changes: SchemaDiff.changes(from: before, to: after))
        let text: String
        switch output {
        case .text: text = report.text
        case .json: text = report.json
        case .github: text = report.githubAnnotations
        }
        StandardStreams.writeOutput(Array(text.utf8))
        if report.isBreaking { throw ExitCode.failure }
    }
}
