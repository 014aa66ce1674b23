import ArgumentParser
import Foundation
import NIOCore
import NotifyWire

/// `notifywire ws decode`: reads raw WebSocket bytes and prints the messages and control frames they carry.
struct WSDecodeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "decode",
        abstract: "Decode raw WebSocket frames.",
        discussion: """
            Reads the bytes one end of a connection received and prints one JSON document \
            {"messages":[{"opcode":"text"|"binary","payload_hex":…}],"control":[{"opcode":"ping"|"pong"|"close",\
            "payload_hex":…}],"error":null or {"kind":"protocol"|"invalid_utf8"|"too_big","close_code":N}}, \
            stopping at the first error (the reason goes to standard error as a note; the exit status stays 0, \
            since the document reports it). Nothing after a close frame is read, and an incomplete final frame \
            is not delivered.
            """
    )

    @Option(help: "The end that received the bytes: server (frames must be masked) or client (unmasked).")
    var role: WSRoleChoice

    @Option(help: "The largest frame payload accepted, in bytes.")
    var maxFrame: Int = WebSocketLimits.default.maxFramePayloadBytes

    @Option(help: "The largest data message accepted (its fragments together), in bytes.")
    var maxMessage: Int = WebSocketLimits.default.maxMessageBytes

    @Argument(help: "The input file of raw bytes; standard input when omitted or '-'.")
    var file: String?

    func validate() throws {
        if maxFrame < 0 { throw ValidationError("--max-frame must not be negative") }
        if maxMessage < 0 { throw ValidationError("--max-message must not be negative") }
    }

    func run() throws {
        let input = try StandardStreams.readInputOrExit(file)
        var decoder = WebSocketMessageDecoder(
            role: role.role, limits: WebSocketLimits(maxFramePayloadBytes: maxFrame, maxMessageBytes: maxMessage))
        var buffer = ByteBuffer(bytes: input)
        var document = WSDecodedDocument()
        do {
            while let message = try decoder.decode(buffer: &buffer) { document.append(message) }
        } catch {
            document.failure = error
            FileHandle.standardError.write(Data("note: \(error.description)\n".utf8))
        }
        StandardStreams.writeOutput(document.json())
    }
}
