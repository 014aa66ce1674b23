import ArgumentParser
import NIOCore
import NotifyWire

/// `notifywire stream frame`: JSON notifications in, a length-delimited stream out.
struct StreamFrameCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "frame",
        abstract: "Write JSON notifications as a length-delimited stream.",
        discussion: """
            Reads one notification in JSON (or, with --batch, a batch: one message per notification) and \
            writes it encoded with --codec: JSON as NDJSON (one line each), MessagePack and Protocol Buffers \
            each preceded by its length as an unsigned varint (the Protocol Buffers delimited format).
            """
    )

    @Option(help: "The payload codec: json, msgpack or protobuf.")
    var codec: CodecChoice = .json

    @Option(help: "MessagePack keys to write: names or numbers.")
    var msgpackKeys: MessagePackKeyChoice = .names

    @Flag(help: "Read a NotificationBatch and write one message per notification.")
    var batch = false

    @Argument(help: "The JSON input file; standard input when omitted or '-'.")
    var file: String?

    func run() throws {
        var output = ByteBuffer()
        do {
            let input = try StandardStreams.readInput(file)
            try Self.frame(input, batch: batch, codec: codec.makeCodec(messagePackKeys: msgpackKeys), into: &output)
        } catch {
            StandardStreams.reportError("\(error)")
            throw ExitCode.failure
        }
        StandardStreams.writeOutput(output.readBytes(length: output.readableBytes) ?? [])
    }

    /// Frames the JSON `input` with `codec` (generic, so the writer gets a concrete codec).
    static func frame(_ input: [UInt8], batch: Bool, codec: some NotificationCodec, into output: inout ByteBuffer)
        throws
    {
        let writer = LengthDelimitedWriter(codec: codec)
        if batch {
            try writer.write(try JSONCodec().decodeBatch(from: input), into: &output)
        } else {
            try writer.write(try JSONCodec().decodeNotification(from: input), into: &output)
        }
    }
}
