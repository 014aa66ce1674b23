import ArgumentParser

/// `notifywire ws`: write notifications as WebSocket frames, or decode raw frames.
struct WSCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ws",
        abstract: "Write notifications as WebSocket frames, or decode raw WebSocket frames (RFC 6455).",
        subcommands: [WSDecodeCommand.self, WSFrameCommand.self]
    )
}
