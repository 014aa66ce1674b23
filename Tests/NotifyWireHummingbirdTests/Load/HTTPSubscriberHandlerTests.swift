#if Hummingbird
    import NIOCore
    import NIOEmbedded
    import NotifyWire
    import NotifyWireHummingbird
    @testable import NotifyWireLoad
    import Testing

    /// The SSE and long-poll subscribers on an in-memory channel behind NIO's HTTP client codec, with the
    /// server's responses written by hand: what they request, what they count, and what they do next.
    @Suite struct HTTPSubscriberHandlerTests {
        final class Harness {
            let channel = EmbeddedChannel()
            let tally = LoadTally(recipientCount: 1)
            let established: EventLoopPromise<Void>
            let subscription: LoadSubscription
            let reconnects = LockedValue(0)

            convenience init(_ transport: LoadTransport, resumeAfter: UInt64? = nil) throws {
                try self.init(transport, cursor: resumeAfter.map { HubCursor(epoch: 0, sequence: $0) })
            }

            init(_ transport: LoadTransport, cursor resumeAfter: HubCursor?) throws {
                established = channel.eventLoop.makePromise(of: Void.self)
                subscription = LoadSubscription(
                    cursor: transport == .longPoll ? (resumeAfter ?? .start).description : nil)
                let reconnects = self.reconnects
                let endpoint = SubscriberEndpoint(
                    host: "127.0.0.1", port: 8080, recipient: "r", index: 0, tally: tally, codec: JSONCodec(),
                    resumeAfter: resumeAfter, established: established, subscription: subscription,
                    reconnect: { _ in reconnects.withLock { $0 += 1 } })
                // The pipeline of a real connection: byte counter, HTTP client codec, subscriber.
                try SubscriberConnector.addHandlers(
                    codec: JSONCodec(), transport: transport, endpoint: endpoint, to: channel)
                try channel.connect(to: SocketAddress(ipAddress: "127.0.0.1", port: 8080)).wait()
            }

            /// Everything written so far, as text.
            func written() throws -> String {
                var text = ""
                while let buffer = try channel.readOutbound(as: ByteBuffer.self) { text += String(buffer: buffer) }
                return text
            }

            func respond(_ text: String) throws { try channel.writeInbound(ByteBuffer(string: text)) }
        }

        static func json(number: Int, sequence: UInt64) throws -> String {
            let naming = LoadNaming(prefix: "t", scenario: .ramp, transport: .sse, codecName: "json")
            let message = NotificationMessage(
                id: naming.notificationID(number), kind: .comment, recipientID: "r", sequence: sequence)
            return String(decoding: try JSONCodec().encodedBytes(message), as: UTF8.self)
        }

        static func batch(_ numbers: [Int], cursor: String) throws -> String {
            let naming = LoadNaming(prefix: "t", scenario: .ramp, transport: .longPoll, codecName: "json")
            let batch = NotificationBatch(
                notifications: numbers.map {
                    NotificationMessage(id: naming.notificationID($0), kind: .comment, recipientID: "r")
                },
                cursor: cursor)
            return String(decoding: try JSONCodec().encodedBytes(batch), as: UTF8.self)
        }

        static func ok(_ body: String, status: String = "200 OK") -> String {
            "HTTP/1.1 \(status)\r\nContent-Length: \(body.utf8.count)\r\n\r\n\(body)"
        }

        @Test func serverSentEventsAreCountedByKind() throws {
            let harness = try Harness(.sse, resumeAfter: 6)
            let request = try harness.written()
            #expect(request.hasPrefix("GET /events?recipient=r&codec=json HTTP/1.1\r\n"))
            #expect(request.lowercased().contains("\r\nlast-event-id: 6\r\n"))
            try harness.respond(
                "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nTransfer-Encoding: chunked\r\n\r\n")
            let events =
                "retry: 1000\n\n" + "event: resync\ndata: {\"reason\":\"too-old\",\"oldest\":9}\n\n"
                + "id: 7\ndata: \(try Self.json(number: 1, sequence: 7))\n\n" + "id: 8\ndata: {not json\n\n"
            try harness.respond(String(events.utf8.count, radix: 16) + "\r\n" + events + "\r\n")
            try harness.established.futureResult.wait()
            let snapshot = harness.tally.snapshot()
            #expect(snapshot.resyncs == 1)
            #expect(snapshot.delivered == 1)
            #expect(snapshot.decodeErrors == 1)
            #expect(harness.tally.lastCursor(of: 0).sequence == 7)
            #expect(harness.tally.wire.total > request.utf8.count + events.utf8.count)
        }

        /// On PostgreSQL an event id is `epoch-sequence`: the subscriber resumes with it and records its
        /// position in that epoch.
        @Test func serverSentEventsKeepTheEpochOfTheirIds() throws {
            let harness = try Harness(.sse, cursor: HubCursor(epoch: 77, sequence: 6))
            #expect(try harness.written().lowercased().contains("\r\nlast-event-id: 77-6\r\n"))
            try harness.respond(
                "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nTransfer-Encoding: chunked\r\n\r\n")
            let events = "retry: 1000\n\n" + "id: 77-7\ndata: \(try Self.json(number: 1, sequence: 7))\n\n"
            try harness.respond(String(events.utf8.count, radix: 16) + "\r\n" + events + "\r\n")
            try harness.established.futureResult.wait()
            #expect(harness.tally.lastCursor(of: 0) == HubCursor(epoch: 77, sequence: 7))
        }

        @Test func anEventStreamRefusedIsNotEstablished() throws {
            let harness = try Harness(.sse)
            _ = try harness.written()
            try harness.respond(Self.ok("no such recipient", status: "400 Bad Request"))
            #expect(throws: SubscriberFailure.self) { try harness.established.futureResult.wait() }
            #expect(!harness.channel.isActive)
        }

        @Test func longPollFollowsTheCursorAndResyncsOnGone() throws {
            let harness = try Harness(.longPoll, resumeAfter: 3)
            try harness.established.futureResult.wait()
            #expect(try harness.written().hasPrefix("GET /notifications?recipient=r&wait=30&cursor=3 HTTP/1.1\r\n"))

            try harness.respond(Self.ok(try Self.batch([1, 2], cursor: "12")))
            #expect(harness.tally.snapshot().delivered == 2)
            #expect(try harness.written().hasPrefix("GET /notifications?recipient=r&wait=30&cursor=12 HTTP/1.1\r\n"))

            try harness.respond(Self.ok("resync", status: "410 Gone"))
            #expect(harness.tally.snapshot().resyncs == 1)
            #expect(try harness.written().hasPrefix("GET /notifications?recipient=r&wait=30 HTTP/1.1\r\n"))

            try harness.respond(Self.ok("{broken"))
            #expect(harness.tally.snapshot().decodeErrors == 1)
            #expect(harness.tally.snapshot().pollRequests == 3)
            #expect(harness.subscription.cursor == nil)
        }

        @Test func longPollReconnectsWhenTheServerCloses() throws {
            let harness = try Harness(.longPoll)
            try harness.established.futureResult.wait()
            try harness.respond(Self.ok(try Self.batch([1], cursor: "4")))
            try harness.channel.close().wait()
            #expect(harness.reconnects.withLock { $0 } == 1)
            #expect(harness.subscription.cursor == "4")
        }

        @Test func aClosedLongPollDoesNotReconnect() async throws {
            let harness = try Harness(.longPoll)
            try await harness.established.futureResult.get()
            await harness.subscription.close()
            try? await harness.channel.close()
            #expect(harness.reconnects.withLock { $0 } == 0)
        }
    }
#endif
