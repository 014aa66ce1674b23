import ArgumentParser

/// `notifywire sse`: frame notifications as a Server-Sent Events stream, or parse one.
struct SSECommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sse",
        abstract: "Frame notifications as a Server-Sent Events stream, or parse one.",
        subcommands: [SSEParseCommand.self, SSEFrameCommand.self]
    )
}
