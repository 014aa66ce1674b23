import ArgumentParser
import NotifyWire

/// `notifywire poll respond`: prints the exact HTTP/1.1 response to `GET /notifications?cursor=…&limit=…`.
struct PollRespondCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "respond",
        abstract: "Print the HTTP/1.1 response to a poll over a log read from a JSON batch.",
        discussion: """
            FILE (or standard input) is a NotificationBatch in JSON standing for the server's log: its \
            notifications, in increasing `sequence` order, are what was sent. Prints the status line, the \
            headers, a blank line and the body exactly as the poll responder makes them: 200 with the encoded \
            batch, 304 when --if-none-match matches the ETag, 400 for an invalid cursor or limit, 406 when \
            nothing in --accept is offered (JSON, MessagePack, Protocol Buffers, in that preference), 410 \
            for a cursor the log cannot serve. Every response is exit status 0; an unreadable log is 1.
            """
    )

    @Option(help: "The request's Accept header; absent accepts anything.")
    var accept: String?

    @Option(help: "The cursor query parameter: the sequence of the last notification the client has.")
    var cursor: String?

    @Option(help: "The limit query parameter: the most notifications in the response (1 to 1000, default 100).")
    var limit: String?

    @Option(help: "The request's If-None-Match header.")
    var ifNoneMatch: String?

    @Option(help: "How many notifications the log retains (the oldest are evicted).")
    var retain = 1000

    @Argument(help: "The JSON batch standing for the log; standard input when omitted or '-'.")
    var file: String?

    func validate() throws {
        guard retain >= 1 else { throw ValidationError("--retain must be at least 1") }
    }

    func run() throws {
        let log = ReplayLog<NotificationMessage>(limits: ReplayLogLimits(maxEntries: retain))
        do {
            let batch = try JSONCodec().decodeBatch(from: try StandardStreams.readInput(file))
            for (index, notification) in batch.notifications.enumerated()
            where !log.append(notification, byteCount: 0) {
                throw InputFailure(
                    message: "notifications[\(index)].sequence \(notification.sequence) is not above the one before")
            }
        } catch {
            StandardStreams.reportError("\(error)")
            throw ExitCode.failure
        }
        let responder = PollResponder(log: log, registry: .standard)
        let response = responder.respond(
            to: PollRequest(accept: accept, cursor: cursor, limit: limit, ifNoneMatch: ifNoneMatch))
        StandardStreams.writeOutput(response.http1Bytes)
    }
}
