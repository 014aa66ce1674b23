#if Hummingbird
    import NIOCore
    import NIOPosix
    import NotifyWire
    @testable import NotifyWireLoad
    import Testing

    /// A server that answers garbage makes a subscriber a counted failed connect (SSE, WebSocket) or a counted
    /// error (long-poll, which is established once its first request is written), never a crash or a hang.
    @Suite struct MalformedResponseTests {
        static let responses: [(name: String, bytes: [UInt8])] = [
            ("garbage", Array("GARBAGE\r\n\r\n\u{1}\u{2}\u{3}".utf8)),
            ("not 101", Array("HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n".utf8)),
            ("status line only", Array("HTTP/1.1 abc\r\n\r\n".utf8)),
            (
                "head over 16 KiB",
                Array("HTTP/1.1 101 Switching Protocols\r\nX: ".utf8) + Array(repeating: 65, count: 20_000)
            ),
        ]

        static func connector(
            _ transport: LoadTransport, port: Int, tally: LoadTally, group: any EventLoopGroup
        ) -> SubscriberConnector {
            SubscriberConnector(
                group: group, host: "127.0.0.1", ports: [port], transport: transport, codec: JSONCodec(), tally: tally,
                naming: LoadNaming(prefix: "bad", scenario: .ramp, transport: transport, codecName: "json"),
                deadline: .seconds(5))
        }

        @Test(arguments: [LoadTransport.sse, .ws], 0..<4)
        func aMalformedResponseIsAFailedConnect(transport: LoadTransport, response: Int) async throws {
            let group = MultiThreadedEventLoopGroup(numberOfThreads: 1)
            let listener = try await GarbageListener(response: Self.responses[response].bytes, group: group)
            let tally = LoadTally(recipientCount: 1)
            let channel = await Self.connector(transport, port: listener.port, tally: tally, group: group).open(
                index: 0)
            #expect(channel == nil, "\(Self.responses[response].name) was taken for an established subscription")
            #expect(tally.snapshot().connectFailures == 1)
            #expect(tally.snapshot().delivered == 0)
            await listener.close()
            try await group.shutdownGracefully()
        }

        @Test func aMalformedPollResponseIsACountedError() async throws {
            let group = MultiThreadedEventLoopGroup(numberOfThreads: 1)
            let listener = try await GarbageListener(response: Self.responses[0].bytes, group: group)
            let tally = LoadTally(recipientCount: 1)
            let subscription = await Self.connector(.longPoll, port: listener.port, tally: tally, group: group)
                .open(index: 0)
            // The garbage fails the first response; the subscription keeps reconnecting (with pauses) until closed.
            var waited = 0
            while tally.snapshot().decodeErrors + tally.snapshot().connectFailures == 0, waited < 100 {
                try await Task.sleep(for: .milliseconds(50))
                waited += 1
            }
            await subscription?.close()
            #expect(tally.snapshot().decodeErrors + tally.snapshot().connectFailures >= 1)
            #expect(tally.snapshot().delivered == 0)
            await listener.close()
            try await group.shutdownGracefully()
        }

        @Test func nobodyListeningIsAFailedConnect() async throws {
            let group = MultiThreadedEventLoopGroup(numberOfThreads: 1)
            let listener = try await GarbageListener(response: [], group: group)
            let port = listener.port
            await listener.close()
            let tally = LoadTally(recipientCount: 3)
            let opened = await Self.connector(.sse, port: port, tally: tally, group: group).openAll([0, 1, 2])
            #expect(opened.isEmpty)
            #expect(tally.snapshot().connectFailures == 3)
            try await group.shutdownGracefully()
        }
    }
#endif
