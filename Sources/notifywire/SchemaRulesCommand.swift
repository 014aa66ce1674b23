import ArgumentParser
import NotifyWireValidation

/// `notifywire schema rules`: prints the validity rules as the JSON Schema `$defs` they generate.
struct SchemaRulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules",
        abstract: "Print the validity rules as JSON Schema definitions (ValidNotification, ValidActor, ...).",
        discussion: """
            The rules live in one table (ValidationRules); paste this output into the $defs of \
            Schemas/notify/v1/notification.schema.json when the table changes (a test fails until they agree).
            """
    )

    func run() throws {
        let text = JSONValue.object(ValidityJSONSchema.definitions).serialized() + "\n"
        StandardStreams.writeOutput(Array(text.utf8))
    }
}
