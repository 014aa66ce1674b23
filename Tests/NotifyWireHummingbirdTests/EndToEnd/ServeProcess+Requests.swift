#if Hummingbird
    import Foundation
    import NotifyWireCore
    import NotifyWireJSON
    import Testing

    extension ServeProcess {
        /// Starts a server with `arguments`, runs `body`, then stops the server with SIGTERM and expects a clean
        /// exit (status 0), also when `body` failed.
        static func with(_ arguments: [String] = [], _ body: (ServeProcess) async throws -> Void) async throws {
            let server = try await start(arguments)
            var failure: (any Error)?
            do { try await body(server) } catch { failure = error }
            let clean = try await server.stop()
            #expect(clean, "notifywire serve did not exit 0 on SIGTERM; its log:\n\(server.log.suffix(3000))")
            if let failure { throw failure }
        }

        /// Publishes `notification` as JSON (`POST /notifications`), expects 201 and returns the stored one.
        @discardableResult
        func publish(_ notification: NotificationMessage, token: String? = nil) async throws -> NotificationMessage {
            var headers = ["Content-Type": "application/json"]
            if let token { headers["Authorization"] = "Bearer \(token)" }
            let body = try JSONCodec().encodedBytes(notification)
            let response = try await ServeResponse.request("POST", url + "/notifications", headers: headers, body: body)
            try #require(response.status == 201, "POST /notifications answered \(response.status): \(response.text)")
            return try JSONCodec().decodeNotification(from: response.body)
        }

        /// Publishes `notifications` one after the other; returns the stored ones.
        func publish(_ notifications: [NotificationMessage]) async throws -> [NotificationMessage] {
            var stored: [NotificationMessage] = []
            for notification in notifications { stored.append(try await publish(notification)) }
            return stored
        }

        /// `GET /metrics`, parsed.
        func metrics() async throws -> MetricsPage {
            let response = try await ServeResponse.get(url + "/metrics")
            try #require(response.status == 200, "GET /metrics answered \(response.status)")
            return MetricsPage(response.text)
        }

        /// Waits (at most `timeout` seconds) until the `notifywire_connections` gauges sum to 0; returns the
        /// last page read. A server closes a connection some time after the client went away (it notices on
        /// its next write or read), so the gauges are read until they settle, never assumed at once.
        @discardableResult
        func waitForNoConnections(timeout: Double = 20) async throws -> MetricsPage {
            let deadline = Date(timeIntervalSinceNow: timeout)
            var page = try await metrics()
            while page.sum("notifywire_connections") != 0, Date() < deadline {
                try await Task.sleep(for: .milliseconds(200))
                page = try await metrics()
            }
            return page
        }

        /// Long-polls `recipient`'s notifications after `cursor` (JSON), waiting at most `wait` seconds.
        func longPoll(recipient: String, cursor: UInt64, wait: Int = 5) async throws -> NotificationBatch {
            let query = "recipient=\(recipient)&cursor=\(cursor)&wait=\(wait)"
            let response = try await ServeResponse.get(
                url + "/notifications?" + query, headers: ["Accept": "application/json"], timeout: Double(wait) + 10)
            try #require(response.status == 200, "long-poll answered \(response.status): \(response.text)")
            return try JSONCodec().decodeBatch(from: response.body)
        }
    }
#endif
