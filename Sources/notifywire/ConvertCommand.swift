import ArgumentParser
import NIOCore
import NotifyWire

/// `notifywire convert`: reads a notification (or a batch) in one format and writes it in another.
struct ConvertCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "convert",
        abstract: "Convert a notification (or a batch) between JSON, MessagePack and Protocol Buffers.",
        discussion: """
            Reads FILE (or standard input), decodes it strictly and writes its canonical encoding to standard \
            output. Invalid input: nothing on standard output, one line `error: <what and where>` on standard \
            error, exit status 1.
            """
    )

    @Option(help: "The format of the input: json, msgpack or protobuf.")
    var from: CodecChoice

    @Option(help: "The format of the output: json, msgpack or protobuf.")
    var to: CodecChoice

    @Option(help: "MessagePack keys to write: names (lowerCamelCase strings) or numbers (proto field numbers).")
    var msgpackKeys: MessagePackKeyChoice = .names

    @Flag(help: "Read and write a NotificationBatch instead of a single Notification.")
    var batch = false

    @Argument(help: "The input file; standard input when omitted or '-'.")
    var file: String?

    func run() throws {
        let input = try StandardStreams.readInputOrExit(file)
        let decoder = from.makeCodec(messagePackKeys: msgpackKeys)
        let encoder = to.makeCodec(messagePackKeys: msgpackKeys)
        var output = ByteBufferAllocator().buffer(capacity: input.count * 2 + 64)
        do {
            if batch {
                try encoder.encode(decoder.decodeBatch(from: input), into: &output)
            } else {
                try encoder.encode(decoder.decodeNotification(from: input), into: &output)
            }
        } catch {
            StandardStreams.reportError(error.description)
            throw ExitCode.failure
        }
        StandardStreams.writeOutput(output.readBytes(length: output.readableBytes) ?? [])
    }
}
