import ArgumentParser

/// `notifywire poll`: respond to a poll the way a server would.
struct PollCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "poll",
        abstract: "Respond to a notification poll as an HTTP server would.",
        subcommands: [PollRespondCommand.self]
    )
}
