import ArgumentParser
import Foundation
import NIOCore
import NotifyWire

/// `notifywire sse parse`: reads a raw event stream and prints its events, or the notifications they carry.
struct SSEParseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parse",
        abstract: "Parse a raw Server-Sent Events stream.",
        discussion: """
            Prints one JSON document {"events":[{"type":…,"data":…,"lastEventId":…}],"retry":<number or null>}, \
            where retry is the reconnection time the stream leaves in force. With --decode CODEC, prints the \
            notifications the events carry instead, one canonical JSON document per line (binary codecs' \
            payloads are base64 in the stream). An incomplete final event is discarded, as a browser does.
            """
    )

    @Option(help: "Decode each event's data with this codec (json, msgpack or protobuf).")
    var decode: CodecChoice?

    @Option(help: "MessagePack keys (decoding accepts either; kept for symmetry with frame).")
    var msgpackKeys: MessagePackKeyChoice = .names

    @Argument(help: "The stream file; standard input when omitted or '-'.")
    var file: String?

    func run() throws {
        let input = try StandardStreams.readInputOrExit(file)
        do {
            let stream = try SSEParsedStream(parsing: input)
            if let decode {
                let json = JSONCodec()
                var output = ByteBufferAllocator().buffer(capacity: input.count + 64)
                for notification in try stream.notifications(codec: decode.makeCodec(messagePackKeys: msgpackKeys)) {
                    try json.encode(notification, into: &output)
                    output.writeInteger(UInt8(ascii: "\n"))
                }
                StandardStreams.writeOutput(output.readBytes(length: output.readableBytes) ?? [])
            } else {
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.withoutEscapingSlashes, .sortedKeys]
                let document = ParsedStreamDocument(
                    events: stream.events.map {
                        ParsedStreamDocument.Event(type: $0.type, data: $0.data, lastEventId: $0.lastEventID)
                    },
                    retry: stream.retry
                )
                StandardStreams.writeOutput([UInt8](try encoder.encode(document)) + [0x0A])
            }
        } catch let error as FramingError {
            StandardStreams.reportError(error.description)
            throw ExitCode.failure
        } catch let error as CodecError {
            StandardStreams.reportError(error.description)
            throw ExitCode.failure
        }
    }
}

/// The JSON that `notifywire sse parse` prints: the events in order and the final reconnection time.
struct ParsedStreamDocument: Encodable {
    /// One dispatched event.
    struct Event: Encodable {
        let type: String
        let data: String
        let lastEventId: String
    }

    let events: [Event]
    let retry: Int?

    private enum CodingKeys: String, CodingKey { case events, retry }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(events, forKey: .events)
        try container.encode(retry, forKey: .retry)  // null when the stream never set one
    }
}
