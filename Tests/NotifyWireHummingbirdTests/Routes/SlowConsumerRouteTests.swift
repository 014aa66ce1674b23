#if Hummingbird
    // sockaddr_in is declared by Glibc and by CNIOLinux (which NIO's modules load): the clang importer gives it
    // to whichever module the compile job loaded first, so both are imported (MemberImportVisibility).
    import CNIOLinux
    import Glibc
    import NotifyWire
    import NotifyWireHummingbird
    import Testing

    /// A real client that stops reading: its socket fills, the server's write blocks, the queue overflows, and
    /// the subscriber is dropped with its connection, the blocked write included.
    @Suite struct SlowConsumerRouteTests {
        struct SocketFailure: Error {}

        /// Opens a TCP connection with a small receive buffer and sends `request`; never reads.
        static func connectWithoutReading(port: Int, request: String) throws -> Int32 {
            let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
            guard descriptor >= 0 else { throw SocketFailure() }
            var bufferSize: Int32 = 4096
            _ = setsockopt(descriptor, SOL_SOCKET, SO_RCVBUF, &bufferSize, socklen_t(MemoryLayout<Int32>.size))
            var address = sockaddr_in()
            address.sin_family = sa_family_t(AF_INET)
            address.sin_port = in_port_t(UInt16(port)).bigEndian
            address.sin_addr.s_addr = inet_addr("127.0.0.1")
            let connected = withUnsafePointer(to: &address) { pointer in
                pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                    connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
                }
            }
            guard connected == 0 else {
                close(descriptor)
                throw SocketFailure()
            }
            let bytes = Array(request.utf8)
            guard send(descriptor, bytes, bytes.count, 0) == bytes.count else {
                close(descriptor)
                throw SocketFailure()
            }
            return descriptor
        }

        /// `notifywire_notifications_delivered_total{transport=…,codec="json"}`.
        static func delivered(_ server: InProcessServer, transport: String) -> Int {
            let name = "notifywire_notifications_delivered_total{transport=\"\(transport)\",codec=\"json\"} "
            let text = String(decoding: server.hub.metrics.render(), as: UTF8.self)
            return text.split(separator: "\n").first { $0.hasPrefix(name) }.flatMap { Int($0.dropFirst(name.count)) }
                ?? 0
        }

        static let requests = [
            ("sse", "GET /events?recipient=alice HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"),
            (
                "ws",
                "GET /ws?recipient=alice HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                    + "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n"
            ),
        ]

        @Test(arguments: requests)
        func aStreamThatStopsReadingIsDroppedAndItsConnectionReleased(transport: String, request: String) async throws {
            let configuration = NotifyWireServerConfiguration(queueCapacity: 4)
            try await InProcessServer.with(configuration) { server in
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
                    server.hub.publish(NotificationMessage(id: "big", kind: .comment, recipientID: "alice", body: body))
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
                let health = try await CurlAnswer.run(["\(server.url)/health"])
                #expect(health.status == 200, "the server still answers")
            }
        }
    }
#endif
