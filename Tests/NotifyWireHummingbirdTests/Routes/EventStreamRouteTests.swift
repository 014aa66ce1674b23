#if Hummingbird
    import Foundation
    import NIOCore
    import NotifyWire
    import NotifyWireHummingbird
    import Testing

    /// `GET /events` against the real application in-process, through `curl -N`. Each stream is ended by the
    /// hub's shutdown once the test has published what it needs (the queue is written before the stream ends).
    @Suite struct EventStreamRouteTests {
        /// The `id:` values of the events of an SSE body, in order.
        static func ids(_ body: String) -> [String] {
            body.split(separator: "\n").filter { $0.hasPrefix("id: ") }.map { String($0.dropFirst(4)) }
        }

        /// Every notification of an SSE body, decoded with `codec` by the framing layer's SSE decoder.
        static func notifications(in body: [UInt8], codec: some NotificationCodec) throws -> [NotificationMessage] {
            var decoder = SSENotificationDecoder(codec: codec)
            var buffer = ByteBuffer(bytes: body)
            var found: [NotificationMessage] = []
            while let notification = try decoder.decode(buffer: &buffer) { found.append(notification) }
            return found
        }

        @Test func resumesAfterLastEventIDThenGoesLiveWithoutGapOrDuplicateForItsRecipientOnly() async throws {
            try await InProcessServer.with { server in
                server.publish("a1", to: "alice")
                server.publish("b1", to: "bob")
                server.publish("a2", to: "alice")
                server.publish("a3", to: "alice")
                async let stream = CurlResponse.run([
                    "-N", "-H", "Last-Event-ID: 1", "\(server.url)/events?recipient=alice",
                ])
                try await server.waitUntil("the stream subscribed") { server.hub.subscriberCount == 1 }
                server.publish("a4", to: "alice")
                server.publish("b2", to: "bob")
                server.hub.shutdown()
                let response = try await stream
                #expect(response.status == 200)
                #expect(response.header("Content-Type") == "text/event-stream")
                #expect(response.header("Cache-Control") == "no-cache")
                #expect(response.header("X-Accel-Buffering") == "no")
                #expect(response.text.hasPrefix("retry: 3000\n"))
                #expect(Self.ids(response.text) == ["3", "4", "5"], "a2 and a3 replayed, a4 live; nothing of bob's")
                #expect(!response.text.contains("\"b1\"") && !response.text.contains("\"b2\""))
                let events = try Self.notifications(in: response.body, codec: JSONCodec())
                #expect(events.map(\.id) == ["a2", "a3", "a4"])
            }
        }

        @Test func oneLivePublicationIsEncodedOncePerCodecForEveryStream() async throws {
            try await InProcessServer.with { server in
                let codecs = ["json", "json", "json", "msgpack", "msgpack"]
                async let responses = withThrowingTaskGroup(of: (String, CurlResponse).self) { group in
                    for codec in codecs {
                        group.addTask {
                            (
                                codec,
                                try await CurlResponse.run([
                                    "-N", "\(server.url)/events?recipient=alice&codec=\(codec)",
                                ])
                            )
                        }
                    }
                    var all: [(String, CurlResponse)] = []
                    for try await response in group { all.append(response) }
                    return all
                }
                try await server.waitUntil("every stream subscribed") { server.hub.subscriberCount == codecs.count }
                server.publish("a1", to: "alice")
                #expect(server.hub.fanOutEncodeCount == 2, "one JSON and one MessagePack encoding for five streams")
                server.hub.shutdown()
                for (codec, response) in try await responses {
                    let codecValue = try #require(CodecRegistry.standard.codec(named: codec))
                    #expect(try Self.notifications(in: response.body, codec: codecValue).map(\.id) == ["a1"])
                }
                try await server.waitUntil("every stream closed") { server.hub.subscriberCount == 0 }
                let metrics = String(decoding: server.hub.metrics.render(), as: UTF8.self)
                #expect(
                    metrics.contains("notifywire_notifications_delivered_total{transport=\"sse\",codec=\"json\"} 3"))
                #expect(metrics.contains("notifywire_connections{transport=\"sse\",codec=\"msgpack\"} 0.0"))
            }
        }

        @Test func theQueryParameterLastEventIdResumesToo() async throws {
            try await InProcessServer.with { server in
                for index in 1...3 { server.publish("a\(index)", to: "alice") }
                async let stream = CurlResponse.run(["-N", "\(server.url)/events?recipient=alice&lastEventId=2"])
                try await server.waitUntil("the stream subscribed") { server.hub.subscriberCount == 1 }
                server.hub.shutdown()
                #expect(Self.ids(try await stream.text) == ["3"])
            }
        }

        @Test(arguments: ["msgpack", "protobuf"])
        func binaryCodecsAreBase64Events(codec: String) async throws {
            try await InProcessServer.with { server in
                server.publish("a1", to: "alice")
                async let stream = CurlResponse.run([
                    "-N", "\(server.url)/events?recipient=alice&codec=\(codec)&lastEventId=0",
                ])
                try await server.waitUntil("the stream subscribed") { server.hub.subscriberCount == 1 }
                server.hub.shutdown()
                let response = try await stream
                let codecValue = try #require(CodecRegistry.standard.codec(named: codec))
                let notifications = try Self.notifications(in: response.body, codec: codecValue)
                #expect(notifications.map(\.id) == ["a1"])
                #expect(notifications.map(\.sequence) == [1])
            }
        }

        /// An id older than the log (`too-old`), or newer than anything this hub published (`unknown`: another
        /// server's, or from before a restart, the log being in memory), gets the resync event, then live traffic.
        /// An id that is not a sequence at all is a new client (``ServerSentEventsTests``).
        @Test(arguments: [
            ("1", "{\"reason\":\"too-old\",\"oldest\":3}"), ("800", "{\"reason\":\"unknown\",\"oldest\":3}"),
        ])
        func anIDTheLogCannotReplayGetsTheResyncEvent(lastEventID: String, data: String) async throws {
            try await InProcessServer.with(NotifyWireServerConfiguration(replayCount: 2)) { server in
                for index in 1...4 { server.publish("a\(index)", to: "alice") }
                async let stream = CurlResponse.run([
                    "-N", "-H", "Last-Event-ID: \(lastEventID)", "\(server.url)/events?recipient=alice",
                ])
                try await server.waitUntil("the stream subscribed") { server.hub.subscriberCount == 1 }
                server.publish("a5", to: "alice")
                server.hub.shutdown()
                let text = try await stream.text
                #expect(text.contains("event: resync\ndata: \(data)\n\n"))
                #expect(Self.ids(text) == ["5"], "after the resync response, live traffic")
            }
        }

        /// Nothing is published and the next heartbeat is a minute away, so only noticing the client leave can
        /// end the stream within the 5 s allowed.
        @Test(arguments: InProcessServer.RouterContext.allCases)
        func aClientThatLeavesEndsItsStream(context: InProcessServer.RouterContext) async throws {
            let configuration = NotifyWireServerConfiguration(heartbeatInterval: .seconds(60))
            try await InProcessServer.with(configuration, context: context) { server in
                _ = try? await ChildProcess.output(
                    of: "curl", arguments: ["-s", "-N", "--max-time", "1", "\(server.url)/events?recipient=alice"])
                try await server.waitUntil("the stream was released", seconds: 5) {
                    server.hub.subscriberCount == 0
                        && String(decoding: server.hub.metrics.render(), as: UTF8.self).contains(
                            "notifywire_connections{transport=\"sse\",codec=\"json\"} 0.0")
                }
            }
        }

        /// Heartbeat comments (`:`) every 200 ms while nothing is published: three arrive (waited for, so a busy
        /// machine only makes the test slower), and never more than one per interval elapsed.
        @Test(arguments: InProcessServer.RouterContext.allCases)
        func heartbeatsComeEveryInterval(context: InProcessServer.RouterContext) async throws {
            let configuration = NotifyWireServerConfiguration(heartbeatInterval: .milliseconds(200))
            try await InProcessServer.with(configuration, context: context) { server in
                let heartbeats: @Sendable ([UInt8]) -> Int = { output in
                    String(decoding: output, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
                        .filter { $0 == ":" }.count
                }
                let clock = ContinuousClock()
                let start = clock.now
                let curl = try ChildProcess(
                    "curl", arguments: ["-N", "-s", "--max-time", "60", "\(server.url)/events?recipient=alice"])
                let output = try await curl.output("three heartbeats", timeout: 30) { heartbeats($0) >= 3 }
                let elapsed = clock.now - start
                curl.send(SIGTERM)
                #expect(heartbeats(output) >= 3)
                #expect(
                    Double(heartbeats(output)) <= elapsed / .milliseconds(200) + 1,
                    "\(heartbeats(output)) in \(elapsed)")
            }
        }

        @Test(arguments: [
            ("/events", 400), ("/events?recipient=", 400), ("/events?recipient=alice&codec=xml", 400),
        ])
        func badSubscribeRequestsAre400(path: String, status: Int) async throws {
            try await InProcessServer.with { server in
                let response = try await CurlResponse.run(["\(server.url)\(path)"])
                #expect(response.status == status)
                #expect(server.hub.subscriberCount == 0)
            }
        }
    }
#endif
