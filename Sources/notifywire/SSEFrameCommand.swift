import ArgumentParser
import NIOCore
import NotifyWire

/// `notifywire sse frame`: reads JSON notifications and writes them as a Server-Sent Events stream.
struct SSEFrameCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "frame",
        abstract: "Write JSON notifications as a Server-Sent Events stream.",
        discussion: """
            Reads one notification in JSON (or, with --batch, a batch: one event per notification) and writes \
            its events: `id:` is the notification's sequence when set, else its id; `data:` carries the payload \
            encoded with --codec, as text lines for JSON and as one line of standard base64 for the binary \
            codecs (MessagePack, Protocol Buffers), since an event stream cannot carry raw bytes.
            """
    )

    @Option(help: "The payload codec: json, msgpack or protobuf.")
    var codec: CodecChoice = .json

    @Option(help: "MessagePack keys to write: names or numbers.")
    var msgpackKeys: MessagePackKeyChoice = .names

    @Flag(help: "Read a NotificationBatch and write one event per notification.")
    var batch = false

    @Flag(help: "Name each event after the notification's kind (`event:` line); off so that onmessage fires.")
    var eventByKind = false

    @Option(help: "Start the stream with a `retry:` line of this many milliseconds.")
    var retry: Int?

    @Argument(help: "The JSON input file; standard input when omitted or '-'.")
    var file: String?

    func validate() throws {
        if let retry, retry < 0 { throw ValidationError("--retry must not be negative") }
    }

    func run() throws {
        let input = try StandardStreams.readInputOrExit(file)
        let payloadCodec = codec.makeCodec(messagePackKeys: msgpackKeys)
        let writer = SSEEventWriter(eventNaming: eventByKind ? .byKind : .off)
        var output = ByteBufferAllocator().buffer(capacity: input.count * 2 + 64)
        do {
            if let retry { try writer.writeRetry(milliseconds: retry, into: &output) }
            if batch {
                try writer.write(try JSONCodec().decodeBatch(from: input), codec: payloadCodec, into: &output)
            } else {
                try writer.write(try JSONCodec().decodeNotification(from: input), codec: payloadCodec, into: &output)
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
