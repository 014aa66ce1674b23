#if Hummingbird
    // Glibc and CNIOLinux both declare the socket functions and types (NIO's modules load CNIOLinux); both are
    // imported, as in LoopbackSocket (MemberImportVisibility).
    import CNIOLinux
    import Glibc
    import NotifyWire
    import NotifyWireHummingbird
    import Testing

    /// A real client that stops reading: its socket fills, the server's write blocks, the queue overflows, and
    /// the subscriber is dropped with its connection, the blocked write included.
    @Suite struct SlowConsumerRouteTests {
        /// Opens a TCP connection with a small receive buffer and sends `request`; never reads.
        static func connectWithoutReading(port: Int, request: String) throws -> Int32 {
            try LoopbackSocket.connect(port: port, sending: request, receiveBuffer: 4096)
        }

        /// `notifywire_notifications_delivered_total{transport=…,codec="json"}`.
        static func delivered(_ server: InProcessServer, transport: String) -> Int {
            let name = "notifywire_notifications_delivered_total{transport=\"\(transport)\",codec=\"json\"} "
            let text = String(decoding: server.hub.metrics.render(), as: UTF8.self)
            return text.split(separator: "\n").first { $0.hasPrefix(name) }.flatMap { Int($0.dropFirst(name.count)) }
                ?? 0
        }

        static let sseRequest = "GET /events?recipient=alice HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"
        static let webSocketRequest =
            "GET /ws?recipient=alice HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
            + "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n"

        /// Both transports with both router contexts (ours and an app's own).
        static let cases: [(transport: String, request: String, context: InProcessServer.RouterContext)] = [
            ("sse", sseRequest, .basic), ("sse", sseRequest, .appOwn), ("ws", webSocketRequest, .basic),
            ("ws", webSocketRequest, .appOwn),
        ]

        @Test(arguments: cases)
        func aStreamThatStopsReadingIsDroppedAndItsConnectionReleased(
            transport: String, request: String, context: InProcessServer.RouterContext
        ) async throws {
            let configuration = NotifyWireServerConfiguration(queueCapacity: 4)
            try await InProcessServer.with(configuration, context: context) { server in
                let port = try #require(server.url.split(separator: ":").last.flatMap { Int($0) })
                let descriptor = try Self.connectWithoutReading(port: port, request: request)
                defer { close(descriptor) }
                try await server.waitUntil("the stream subscribed") { server.hub.subscriberCount == 1 }
                let body = String(repeating: "x", count: 64 * 1024)
                // Publish one at a time while the writer keeps up, so that the queue only fills once a write blocks
                // on the full socket.
                var published = 0
                var writerBlocked = false
                while server.hub.subscriberCount == 1 && published < 5000 {
                    try await server.hub.publish(
                        NotificationMessage(id: "big", kind: .comment, recipientID: "alice", body: body))
                    published += 1
                    var waits = 0
                    while !writerBlocked && Self.delivered(server, transport: transport) < published {
                        waits += 1
                        writerBlocked = waits > 200
                        try await Task.sleep(for: .milliseconds(5))
                    }
                }
                #expect(server.hub.subscriberCount == 0, "dropped after \(published) notifications")
                let dropped = "notifywire_slow_consumers_dropped_total{transport=\"\(transport)\"} 1"
                #expect(String(decoding: server.hub.metrics.render(), as: UTF8.self).contains(dropped))
                let gauge = "notifywire_connections{transport=\"\(transport)\",codec=\"json\"} 0.0"
                try await server.waitUntil("the blocked connection was released") {
                    String(decoding: server.hub.metrics.render(), as: UTF8.self).contains(gauge)
                }
                let health = try await CurlResponse.run(["\(server.url)/health"])
                #expect(health.status == 200, "the server still answers")
            }
        }
    }
#endif
