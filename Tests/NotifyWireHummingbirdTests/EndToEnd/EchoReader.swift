#if Hummingbird
    import Foundation
    import NotifyWireCore

    /// Reads a recipient's notifications with held long-polls, following the cursor.
    struct EchoReader {
        let server: ServeProcess
        let recipient: String
        var cursor: UInt64 = 0
        var seen: [NotificationMessage] = []

        init(server: ServeProcess, recipient: String) {
            self.server = server
            self.recipient = recipient
        }

        /// Long-polls until `done` holds for everything seen so far, or throws after `timeout` seconds.
        mutating func waitFor(
            timeout: Double, _ done: ([NotificationMessage]) -> Bool
        ) async throws -> [NotificationMessage] {
            let deadline = Date(timeIntervalSinceNow: timeout)
            while !done(seen) {
                guard Date() < deadline else {
                    throw ChildProcess.TimedOut(what: "echoes to \(recipient)", output: "\(seen.map(\.title))")
                }
                let batch = try await server.longPoll(recipient: recipient, cursor: cursor, wait: 5)
                seen += batch.notifications
                if let last = batch.notifications.last?.sequence { cursor = max(cursor, last) }
            }
            return seen
        }
    }
#endif
