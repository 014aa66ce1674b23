import ArgumentParser
import NIOCore
import NotifyWire

/// `notifywire stream parse`: a length-delimited stream in, one canonical JSON notification per line out.
struct StreamParseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parse",
        abstract: "Decode a length-delimited stream and print each notification as a line of JSON.",
        discussion: """
            Reads a stream as `stream frame` writes it for --codec and prints every notification in canonical \
            JSON, one per line (NDJSON). A truncated stream, a bad length prefix, a message over --max-bytes or \
            one the codec rejects is exit status 1, with nothing on standard output.
            """
    )

    @Option(help: "The payload codec: json, msgpack or protobuf.")
    var codec: CodecChoice = .json

    @Option(help: "MessagePack keys to accept: names or numbers.")
    var msgpackKeys: MessagePackKeyChoice = .names

    @Option(help: "The largest message accepted, in bytes.")
    var maxBytes = 1024 * 1024

    @Argument(help: "The stream file; standard input when omitted or '-'.")
    var file: String?

    func validate() throws {
        guard maxBytes >= 0 else { throw ValidationError("--max-bytes must not be negative") }
    }

    func run() throws {
        var output = ByteBuffer()
        do {
            let input = try StandardStreams.readInput(file)
            let notifications = try Self.decode(
                input, codec: codec.makeCodec(messagePackKeys: msgpackKeys), maxMessageBytes: maxBytes)
            let json = JSONCodec()
            for notification in notifications {
                try json.encode(notification, into: &output)
                output.writeInteger(UInt8(0x0A))
            }
        } catch {
            StandardStreams.reportError("\(error)")
            throw ExitCode.failure
        }
        StandardStreams.writeOutput(output.readBytes(length: output.readableBytes) ?? [])
    }

    /// Decodes every notification of `input` (generic, so the decoder gets a concrete codec).
    static func decode(
        _ input: [UInt8], codec: some NotificationCodec, maxMessageBytes: Int
    ) throws -> [NotificationMessage] {
        var decoder = LengthDelimitedNotificationDecoder(codec: codec, maxMessageBytes: maxMessageBytes)
        return try decoder.decodeAll(ByteBuffer(bytes: input))
    }
}
