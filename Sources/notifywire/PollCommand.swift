import ArgumentParser

/// `notifywire poll`: answer a poll the way a server would.
struct PollCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "poll",
        abstract: "Answer a notification poll as an HTTP server would.",
        subcommands: [PollRespondCommand.self]
    )
}
