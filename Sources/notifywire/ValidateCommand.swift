import ArgumentParser
import Foundation
import NotifyWireValidation

/// `notifywire validate`: decodes payload files strictly and checks the schema's validity rules, for CI.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract:
            "Validate notification payload files (JSON, MessagePack, Protocol Buffers) against the schema's rules.",
        discussion: """
            Decodes each FILE strictly and checks the rules of a valid notification (id, kind, createdAt and \
            recipientId set; url and actor.avatarUrl absolute http(s) URLs when set; data keys non-empty; limits). \
            Reports every problem in every file. Exit status: 0 when every file is valid, 1 when any is invalid, \
            64 for usage errors.
            """
    )

    @Option(help: "The format of the files: auto (by extension, else by content), json, msgpack or protobuf.")
    var format: ValidateFormat = .auto

    @Flag(help: "The files hold a NotificationBatch instead of a single Notification.")
    var batch = false

    @Flag(help: "Unknown fields are errors (in JSON also snake_case names and null values).")
    var strict = false

    @Option(help: "How to report: text, json or github (GitHub Actions annotations).")
    var output: ValidateOutput = .text

    @Argument(help: "The payload files.")
    var files: [String]

    func validate() throws {
        guard !files.isEmpty else { throw ValidationError("give at least one FILE") }
        for file in files where !FileManager.default.isReadableFile(atPath: file) {
            throw ValidationError("cannot read \(file): no such readable file")
        }
    }

    func run() throws {
        let validator = PayloadValidator(format: format.payloadFormat, isBatch: batch, isStrict: strict)
        var results: [FileValidation] = []
        for file in files {
            let bytes = (try? StandardStreams.readInput(file)) ?? []
            results.append(validator.validate(bytes, file: file))
        }
        let report = ValidationReport(files: results)
        let text: String
        switch output {
        case .text: text = report.text
        case .json: text = report.json
        case .github: text = report.githubAnnotations
        }
        StandardStreams.writeOutput(Array(text.utf8))
        if !report.isValid { throw ExitCode.failure }
    }
}
