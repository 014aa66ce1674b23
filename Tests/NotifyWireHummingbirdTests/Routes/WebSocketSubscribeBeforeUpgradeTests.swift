#if Hummingbird
    // Socket declarations belong to whichever of Glibc and CNIOLinux (which NIO's modules load) the compile job
    // loaded first, so both are imported (MemberImportVisibility); see LoopbackSocket.
    import CNIOLinux
    import Glibc
    import NIOCore
    import NotifyWire
    import NotifyWireHummingbird
    import NotifyWireTestSupport
    import Testing

    /// The WebSocket subscription is made before the 101 is written: a client that has read the 101 misses
    /// nothing published after it, and a connection that goes away before its session starts leaks nothing.
    @Suite struct WebSocketSubscribeBeforeUpgradeTests {
        struct SocketFailure: Error, CustomStringConvertible {
            let description: String
        }

        static let upgrade =
            "GET /ws?recipient=alice HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
            + "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n"

        /// Connects to `port`, sends the upgrade request and returns the socket (reads time out after 10 s).
        static func sendUpgrade(port: Int) throws -> Int32 {
            try LoopbackSocket.connect(port: port, sending: upgrade, readTimeoutSeconds: 10)
        }

        /// Reads from `descriptor`, after the bytes `already` read, until `enough` says the bytes so far suffice.
        static func read(
            _ descriptor: Int32, after already: [UInt8] = [], until enough: ([UInt8]) -> Bool
        ) throws -> [UInt8] {
            var received = already
            var chunk = [UInt8](repeating: 0, count: 4096)
            while !enough(received) {
                let count = recv(descriptor, &chunk, chunk.count, 0)
                guard count > 0 else { throw SocketFailure(description: "the connection ended or timed out") }
                received += chunk[0..<count]
            }
            return received
        }

        static func endOfHead(_ bytes: [UInt8]) -> Int? {
            guard bytes.count >= 4 else { return nil }
            return (0...(bytes.count - 4)).first { bytes[$0..<($0 + 4)].elementsEqual([13, 10, 13, 10]) }.map { $0 + 4 }
        }

        @Test func aClientThatHasReadThe101IsAlreadySubscribed() async throws {
            try await InProcessServer.with { server in
                let port = try #require(server.url.split(separator: ":").last.flatMap { Int($0) })
                let descriptor = try await BlockingWork.run { try Self.sendUpgrade(port: port) }
                defer { close(descriptor) }
                let head = try await BlockingWork.run { try Self.read(descriptor) { Self.endOfHead($0) != nil } }
                #expect(String(decoding: head, as: UTF8.self).hasPrefix("HTTP/1.1 101"))
                // No waiting: the subscription was registered before the 101 was written.
                #expect(server.hub.subscriberCount == 1)
                let stored = try await server.hub.publish(
                    NotificationMessage(id: "right-after", kind: .comment, recipientID: "alice", title: "t"))
                let afterHead = Self.endOfHead(head) ?? head.count
                let bytes = try await BlockingWork.run {
                    try Self.read(descriptor, after: Array(head[afterHead...])) { received in
                        var buffer = ByteBuffer(bytes: received)
                        var decoder = WebSocketFrameDecoder(role: .client)
                        return (try? decoder.decode(buffer: &buffer)) != nil
                    }
                }
                var buffer = ByteBuffer(bytes: bytes)
                var decoder = WebSocketFrameDecoder(role: .client)
                let frame = try #require(try decoder.decode(buffer: &buffer))
                #expect(frame.opcode == .text)
                #expect(try JSONCodec().decodeNotification(from: frame.payload) == stored)
            }
        }

        @Test func aConnectionClosedRightAfterItsUpgradeRequestLeavesNoSubscription() async throws {
            try await InProcessServer.with { server in
                let port = try #require(server.url.split(separator: ":").last.flatMap { Int($0) })
                for _ in 0..<20 {
                    let descriptor = try await BlockingWork.run { try Self.sendUpgrade(port: port) }
                    close(descriptor)
                }
                try await server.waitUntil("every abandoned subscription ended") {
                    server.hub.subscriberCount == 0
                        && String(decoding: server.hub.metrics.render(), as: UTF8.self).contains(
                            "notifywire_connections{transport=\"ws\",codec=\"json\"} 0.0")
                }
            }
        }
    }
#endif
