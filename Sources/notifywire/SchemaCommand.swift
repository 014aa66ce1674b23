import ArgumentParser

/// `notifywire schema`: checks that the schema's forms agree (`check`) and classifies schema changes (`diff`).
struct SchemaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schema",
        abstract: "Check the schema's forms against each other, or compare two versions of the schema.",
        subcommands: [SchemaCheckCommand.self, SchemaDiffCommand.self, SchemaRulesCommand.self]
    )
}
