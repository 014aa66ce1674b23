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
                try await server.publish("a1", to: "alice")
                try await server.publish("b1", to: "bob")
                try await server.publish("a2", to: "alice")
                try await server.publish("a3", to: "alice")
                async let stream = CurlResponse.run([
                    "-N", "-H", "Last-Event-ID: 1", "\(server.url)/events?recipient=alice",
                ])
                try await server.waitUntil("the stream subscribed") { server.hub.subscriberCount == 1 }
                try await server.publish("a4", to: "alice")
                try await server.publish("b2", to: "bob")
                server.hub.shutdown()
                let response = try await stream
                #expect(response.status == 200)
                #expect(response.header("Content-Type") == "text/event-stream")
                #expect(response.header("Cache-Control") == "no-cache")
                #expect(response.header("X-Accel-Buffering") == "no")
                #expect(response.text.hasPrefix("retry: 3000\n"))
                #expect(Self.ids(response.text) == ["2", "3", "4"], "a2 and a3 replayed, a4 live; nothing of bob's")
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
                try await server.publish("a1", to: "alice")
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
                for index in 1...3 { try await server.publish("a\(index)", to: "alice") }
                async let stream = CurlResponse.run(["-N", "\(server.url)/events?recipient=alice&lastEventId=2"])
                try await server.waitUntil("the stream subscribed") { server.hub.subscriberCount == 1 }
                server.hub.shutdown()
                #expect(Self.ids(try await stream.text) == ["3"])
            }
        }

        @Test(arguments: ["msgpack", "protobuf"])
        func binaryCodecsAreBase64Events(codec: String) async throws {
            try await InProcessServer.with { server in
                try await server.publish("a1", to: "alice")
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

        /// An id older than the log (`too-old`), newer than anything this hub published (`unknown`: another
        /// server's, or from before a restart, the log being in memory), or of another history (`foreign`: an epoch
        /// this log does not have) gets the resync event, then live traffic.
        /// An id that is not a sequence at all is a new client (``ServerSentEventsTests``).
        @Test(arguments: [
            ("1", "{\"reason\":\"too-old\",\"oldest\":3}"), ("800", "{\"reason\":\"unknown\",\"oldest\":3}"),
            ("77-2", "{\"reason\":\"foreign\",\"oldest\":0}"),
        ])
        func anIDTheLogCannotReplayGetsTheResyncEvent(lastEventID: String, data: String) async throws {
            try await InProcessServer.with(NotifyWireServerConfiguration(replayCount: 2)) { server in
                for index in 1...4 { try await server.publish("a\(index)", to: "alice") }
                async let stream = CurlResponse.run([
                    "-N", "-H", "Last-Event-ID: \(lastEventID)", "\(server.url)/events?recipient=alice",
                ])
                try await server.waitUntil("the stream subscribed") { server.hub.subscriberCount == 1 }
                try await server.publish("a5", to: "alice")
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

        /// Heartbeat comments (`:`, every 200 ms here) come while nothing is published and keep coming after an
        /// event: the stream is `retry:`, then heartbeats, then the one notification (published once two
        /// heartbeats had arrived), then heartbeats again, and nothing else. Order and counts only: each wait
        /// ends on the bytes received (a busy machine only makes the test slower), never on a clock.
        @Test(arguments: InProcessServer.RouterContext.allCases)
        func heartbeatsComeEveryInterval(context: InProcessServer.RouterContext) async throws {
            let configuration = NotifyWireServerConfiguration(heartbeatInterval: .milliseconds(200))
            try await InProcessServer.with(configuration, context: context) { server in
                // The stream as a sequence of what it holds: `retry`, `:` (a heartbeat), `id N` (an event).
                let items: @Sendable ([UInt8]) -> [String] = { output in
                    String(decoding: output, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
                        .compactMap { line -> String? in
                            if line == ":" { return ":" }
                            if line.hasPrefix("retry: ") { return "retry" }
                            if line.hasPrefix("id: ") { return "id \(line.dropFirst(4))" }
                            if line.isEmpty || line.hasPrefix("data: ") || line.hasPrefix("event: ") { return nil }
                            return "unexpected \(line)"
                        }
                }
                let curl = try ChildProcess(
                    "curl", arguments: ["-N", "-s", "--max-time", "60", "\(server.url)/events?recipient=alice"])
                _ = try await curl.output("two heartbeats", timeout: 30) { items($0).filter { $0 == ":" }.count >= 2 }
                let sequence = try await server.publish("a1", to: "alice")
                let output = try await curl.output("two heartbeats after the event", timeout: 30) { output in
                    let seen = items(output)
                    guard let event = seen.firstIndex(of: "id \(sequence)") else { return false }
                    return seen[event...].filter { $0 == ":" }.count >= 2
                }
                curl.send(SIGTERM)
                let seen = items(output)
                let event = try #require(seen.firstIndex(of: "id \(sequence)"), "\(seen)")
                #expect(seen.first == "retry", "\(seen)")
                let before = seen[1..<event]
                let after = seen[(event + 1)...]
                #expect(before.count >= 2 && before.allSatisfy { $0 == ":" }, "\(seen)")
                #expect(after.count >= 2 && after.allSatisfy { $0 == ":" }, "\(seen)")
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
