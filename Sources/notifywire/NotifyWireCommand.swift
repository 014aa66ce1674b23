import ArgumentParser

/// `notifywire`: encode, decode, convert and benchmark notifications from the command line.
@main
struct NotifyWireCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "notifywire",
        abstract: "Encode, decode, convert and benchmark NotifyWire notifications.",
        discussion: """
            Exit status: 0 on success, 1 when the input is invalid (one line `error: ...` on standard error, \
            nothing on standard output), 64 for usage errors.
            """,
        subcommands: subcommands
    )

    /// Every subcommand; `serve` only with the `Hummingbird` trait.
    private static var subcommands: [any ParsableCommand.Type] {
        let common: [any ParsableCommand.Type] = [
            ConvertCommand.self, ValidateCommand.self, SchemaCommand.self, SSECommand.self, WSCommand.self,
            PollCommand.self, StreamCommand.self, BenchCommand.self,
        ]
        #if Hummingbird
            return common + [ServeCommand.self, LoadCommand.self]
        #else
            return common
        #endif
    }
}
