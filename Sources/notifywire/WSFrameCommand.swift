import ArgumentParser
import NIOCore
import NotifyWire

/// `notifywire ws frame`: reads JSON notifications and writes them as WebSocket frames.
struct WSFrameCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "frame",
        abstract: "Write JSON notifications as WebSocket frames.",
        discussion: """
            Reads one notification in JSON (or, with --batch, a batch: one message per notification) and writes \
            it as a WebSocket message encoded with --codec: a text message for JSON, a binary message for \
            MessagePack and Protocol Buffers. As a client (--role client) every frame is masked with a fresh \
            random key; as a server frames are unmasked. --max-frame splits longer messages into fragments.
            """
    )

    @Option(help: "The payload codec: json, msgpack or protobuf.")
    var codec: CodecChoice = .json

    @Option(help: "MessagePack keys to write: names or numbers.")
    var msgpackKeys: MessagePackKeyChoice = .names

    @Option(help: "The end that sends the frames: server (unmasked) or client (masked).")
    var role: WSRoleChoice

    @Option(help: "Fragment messages whose payload is longer than this many bytes.")
    var maxFrame: Int?

    @Flag(help: "Read a NotificationBatch and write one message per notification.")
    var batch = false

    @Argument(help: "The JSON input file; standard input when omitted or '-'.")
    var file: String?

    func validate() throws {
        if let maxFrame, maxFrame < 1 { throw ValidationError("--max-frame must be at least 1") }
    }

    func run() throws {
        let input = try StandardStreams.readInputOrExit(file)
        let payloadCodec = codec.makeCodec(messagePackKeys: msgpackKeys)
        let encoder = WebSocketFrameEncoder(role: role.role, maxFramePayloadBytes: maxFrame)
        var output = ByteBufferAllocator().buffer(capacity: input.count * 2 + 64)
        do {
            if batch {
                try encoder.write(try JSONCodec().decodeBatch(from: input), codec: payloadCodec, into: &output)
            } else {
                try encoder.write(try JSONCodec().decodeNotification(from: input), codec: payloadCodec, into: &output)
            }
        } catch let error as FramingError {
            StandardStreams.reportError(error.description)
            throw ExitCode.failure
        } catch let error as CodecError {
            StandardStreams.reportError(error.description)
            throw ExitCode.failure
        }
        StandardStreams.writeOutput(output.readBytes(length: output.readableBytes) ?? [])
    }
}
