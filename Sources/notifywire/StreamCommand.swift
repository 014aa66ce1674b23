import ArgumentParser

/// `notifywire stream`: the length-delimited stream form (varint-prefixed binary, NDJSON for JSON).
struct StreamCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stream",
        abstract: "Frame notifications as a length-delimited stream, or parse one.",
        subcommands: [StreamFrameCommand.self, StreamParseCommand.self]
    )
}
