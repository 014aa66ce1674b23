#if Hummingbird
    import Foundation
    import NotifyWire
    import NotifyWireHummingbird
    import NotifyWireTestSupport
    import NotifyWireLoad
    import Testing

    /// Two servers on one PostgreSQL database, as two `notifywire serve --postgres` would be: what is published
    /// through one reaches the SSE, WebSocket and poll clients of the other, with cursors that work on either;
    /// an unreachable database is answered with 503 and `/health` says why.
    @Suite struct PostgresTransportTests {
        static func configuration(_ url: String) throws -> NotifyWireServerConfiguration {
            NotifyWireServerConfiguration(
                engine: .postgres(PostgresHubConfiguration(url: try PostgresURL(url), maximumConnections: 4)))
        }

        /// Reads every message of `argv[1]` until `argv[2]` have come or the server closes; prints `epoch E` (the
        /// 101's `NotifyWire-Epoch`), then `text <…>` or `binary <hex>` per message, then `close CODE REASON`.
        static let webSocketClient = """
            import asyncio, sys, websockets
            async def main():
                count = int(sys.argv[2])
                async with websockets.connect(sys.argv[1], subprotocols=["notifywire.v1.json"]) as ws:
                    print("epoch", ws.response.headers.get("NotifyWire-Epoch"))
                    try:
                        for _ in range(count):
                            message = await asyncio.wait_for(ws.recv(), 30)
                            print("text", message) if isinstance(message, str) else print("binary", message.hex())
                        await ws.close()
                        print("close", ws.close_code, ws.close_reason)
                    except websockets.ConnectionClosed as closed:
                        print("close", closed.rcvd.code if closed.rcvd else None, closed.rcvd.reason if closed.rcvd else "")
            asyncio.run(main())
            """

        @Test func whatOneNodePublishesReachesTheOtherNodesSSEWebSocketAndPollClients() async throws {
            let database = try await PostgresTestDatabase.make()
            let configuration = try Self.configuration(database.url)
            try await InProcessServer.with(configuration) { nodeA in
                try await InProcessServer.with(configuration) { nodeB in
                    async let stream = CurlResponse.run([
                        "-N", "--max-time", "30", "\(nodeB.url)/events?recipient=alice",
                    ])
                    try await nodeB.waitUntil("the stream subscribed on node B") { nodeB.hub.subscriberCount == 1 }
                    var published: [UInt64] = []
                    for index in 1...5 {
                        let response = try await CurlResponse.run([
                            "-X", "POST", "-H", "Content-Type: application/json", "--data",
                            #"{"id":"a\#(index)","kind":"COMMENT","recipientId":"alice","title":"t"}"#,
                            "\(nodeA.url)/notifications",
                        ])
                        #expect(response.status == 201)
                        published.append(try JSONCodec().decodeNotification(from: response.body).sequence)
                    }
                    #expect(published == [1, 2, 3, 4, 5])
                    let epoch = try await nodeA.hub.engine.head(of: "alice").epoch
                    #expect(epoch != 0)
                    // The live stream on B: every notification, its id a cursor of the shared log.
                    try await nodeB.waitUntil("node B delivered all five") {
                        (nodeB.hub.metrics.render().count > 0)
                            && String(decoding: nodeB.hub.metrics.render(), as: UTF8.self).contains(
                                #"notifywire_notifications_delivered_total{transport="sse",codec="json"} 5"#)
                    }
                    nodeB.hub.shutdown()
                    let text = try await stream.text
                    #expect(EventStreamRouteTests.ids(text) == (1...5).map { "\(epoch)-\($0)" })

                    // A poll on B, resuming from a cursor A's stream would have given.
                    let poll = try await CurlResponse.run([
                        "\(nodeB.url)/notifications?recipient=alice&cursor=\(epoch)-2"
                    ])
                    #expect(poll.status == 200)
                    let batch = try JSONCodec().decodeBatch(from: poll.body)
                    #expect(batch.notifications.map(\.id) == ["a3", "a4", "a5"])
                    #expect(batch.cursor == "\(epoch)-5")
                    let foreign = try await CurlResponse.run(["\(nodeB.url)/notifications?recipient=alice&cursor=3"])
                    #expect(foreign.status == 410)
                    #expect(foreign.header("X-Resync-Reason") == "foreign")

                    // A WebSocket on B from the start: its 101 names the epoch, and with it a WebSocket on A resumes
                    // after sequence 3 (the messages carry sequences only); one after a cursor beyond the head: 4002.
                    let wsURL = "ws://" + nodeA.url.dropFirst("http://".count)
                    let wsURLOfB = "ws://" + nodeB.url.dropFirst("http://".count)
                    let fresh = try await ChildProcess.output(
                        of: PythonPeer.interpreter,
                        arguments: ["-c", Self.webSocketClient, "\(wsURLOfB)/ws?recipient=alice&after=0", "3"])
                    let freshLines = String(decoding: fresh, as: UTF8.self).split(separator: "\n")
                    #expect(freshLines.first == "epoch \(epoch)")
                    #expect(freshLines.dropFirst(3).first?.contains(#""sequence":"3""#) == true, "\(freshLines)")
                    let toldEpoch = freshLines.first?.split(separator: " ").last.map(String.init) ?? ""
                    let resumed = try await ChildProcess.output(
                        of: PythonPeer.interpreter,
                        arguments: [
                            "-c", Self.webSocketClient, "\(wsURL)/ws?recipient=alice&after=\(toldEpoch)-3", "2",
                        ])
                    let lines = String(decoding: resumed, as: UTF8.self).split(separator: "\n")
                    #expect(lines.count == 4)
                    #expect(lines.first == "epoch \(epoch)")
                    #expect(lines.dropFirst().first?.contains(#""id":"a4""#) == true)
                    #expect(lines.dropFirst(2).first?.contains(#""id":"a5""#) == true)
                    let plain = try await ChildProcess.output(
                        of: PythonPeer.interpreter,
                        arguments: ["-c", Self.webSocketClient, "\(wsURL)/ws?recipient=alice&after=3", "1"])
                    #expect(
                        String(decoding: plain, as: UTF8.self).hasPrefix(
                            "epoch \(epoch)\nclose 4002 {\"reason\":\"foreign\","),
                        "a plain sequence is another history's")
                    let beyond = try await ChildProcess.output(
                        of: PythonPeer.interpreter,
                        arguments: ["-c", Self.webSocketClient, "\(wsURL)/ws?recipient=alice&after=\(epoch)-9", "1"])
                    #expect(
                        String(decoding: beyond, as: UTF8.self)
                            == "epoch \(epoch)\nclose 4002 {\"reason\":\"unknown\",\"oldest\":1}\n")
                }
            }
        }

        @Test func theClientsOfAStoppedNodeResumeOnAnotherWithoutAGap() async throws {
            let database = try await PostgresTestDatabase.make()
            let configuration = try Self.configuration(database.url)
            try await InProcessServer.with(configuration) { nodeA in
                let seenOnB: [String] = try await InProcessServer.with(configuration) { nodeB in
                    async let stream = CurlResponse.run([
                        "-N", "--max-time", "30", "\(nodeB.url)/events?recipient=alice",
                    ])
                    try await nodeB.waitUntil("the stream subscribed on node B") { nodeB.hub.subscriberCount == 1 }
                    for index in 1...3 { _ = try await nodeA.hub.publish(testMessage("alice", "a\(index)")) }
                    try await nodeB.waitUntil("node B delivered three") {
                        String(decoding: nodeB.hub.metrics.render(), as: UTF8.self).contains(
                            #"notifywire_notifications_delivered_total{transport="sse",codec="json"} 3"#)
                    }
                    nodeB.hub.shutdown()  // node B stops: its streams end
                    return EventStreamRouteTests.ids(try await stream.text)
                }
                let epoch = try await nodeA.hub.engine.head(of: "alice").epoch
                #expect(seenOnB == (1...3).map { "\(epoch)-\($0)" })
                // Published while the client is between nodes.
                for index in 4...6 { _ = try await nodeA.hub.publish(testMessage("alice", "a\(index)")) }
                let lastSeen = try #require(seenOnB.last)
                async let resumed = CurlResponse.run([
                    "-N", "--max-time", "30", "-H", "Last-Event-ID: \(lastSeen)", "\(nodeA.url)/events?recipient=alice",
                ])
                try await nodeA.waitUntil("the stream resumed on node A") { nodeA.hub.subscriberCount == 1 }
                _ = try await nodeA.hub.publish(testMessage("alice", "a7"))
                try await nodeA.waitUntil("node A wrote the live one") {
                    String(decoding: nodeA.hub.metrics.render(), as: UTF8.self).contains(
                        #"notifywire_notifications_delivered_total{transport="sse",codec="json"} 4"#)
                }
                nodeA.hub.shutdown()
                let resumedText = try await resumed.text
                #expect(EventStreamRouteTests.ids(resumedText) == (4...7).map { "\(epoch)-\($0)" }, "no gap, no repeat")
                // A long-poll client of node B resumes on node A from its cursor too, answered at once.
                let poll = try await CurlResponse.run([
                    "\(nodeA.url)/notifications?recipient=alice&cursor=\(epoch)-5&wait=10"
                ])
                #expect(poll.status == 200)
                #expect(try JSONCodec().decodeBatch(from: poll.body).notifications.map(\.id) == ["a6", "a7"])
            }
        }

        /// Publishes `id` to alice through `node`'s route with an idempotency key; the status.
        static func post(_ id: String, to node: InProcessServer) async throws -> Int {
            try await CurlResponse.run([
                "-X", "POST", "-H", "Content-Type: application/json", "-H", "Idempotency-Key: \(id)", "--max-time",
                "20",
                "--data", #"{"id":"\#(id)","kind":"COMMENT","recipientId":"alice","title":"t"}"#,
                "\(node.url)/notifications",
            ]).status
        }

        @Test func postgreSQLStoppedAndStartedAgainIs503MeanwhileAndStreamsCatchUpLosingNothing() async throws {
            let cluster = ThrowawayPostgres()  // its own: stopping it must not disturb the other tests
            let url = try await cluster.makeDatabase()
            var postgres = PostgresHubConfiguration(url: try PostgresURL(url), maximumConnections: 4)
            postgres.operationTimeout = .seconds(3)  // short, for the outage; not so short that a loaded machine fails
            postgres.listenerMaximumBackoff = .milliseconds(500)
            let configuration = NotifyWireServerConfiguration(engine: .postgres(postgres))
            try await InProcessServer.with(configuration) { nodeA in
                try await InProcessServer.with(configuration) { nodeB in
                    // Both nodes ready (schema prepared, listening) before the stream, so that its subscription is
                    // not the first use of the database under the short operation timeout.
                    for node in [nodeA, nodeB] {
                        try await eventually("node \(node.url) is healthy") {
                            try await CurlResponse.run(["\(node.url)/health"]).status == 200
                        }
                    }
                    async let stream = CurlResponse.run([
                        "-N", "--max-time", "90", "\(nodeB.url)/events?recipient=alice",
                    ])
                    try await nodeB.waitUntil("the stream subscribed on node B") { nodeB.hub.subscriberCount == 1 }
                    #expect(try await Self.post("a1", to: nodeA) == 201)
                    #expect(try await Self.post("a2", to: nodeA) == 201)

                    try await cluster.stop()
                    #expect(try await Self.post("lost", to: nodeA) == 503, "nothing is acknowledged while it is down")
                    try await eventually("node B's /health says the database is down") {
                        try await CurlResponse.run(["\(nodeB.url)/health"]).status == 503
                    }
                    try await cluster.startAgain()
                    try await eventually("node A's /health is ok again") {
                        try await CurlResponse.run(["\(nodeA.url)/health"]).status == 200
                    }
                    // A publisher retries with its key until acknowledged; each is stored once.
                    for id in ["a3", "a4"] {
                        try await eventually("\(id) is acknowledged") { try await Self.post(id, to: nodeA) == 201 }
                    }
                    try await nodeB.waitUntil("node B caught up") {
                        String(decoding: nodeB.hub.metrics.render(), as: UTF8.self).contains(
                            #"notifywire_notifications_delivered_total{transport="sse",codec="json"} 4"#)
                    }
                    nodeB.hub.shutdown()
                    let events = try EventStreamRouteTests.notifications(in: try await stream.body, codec: JSONCodec())
                    #expect(events.map(\.id) == ["a1", "a2", "a3", "a4"], "the stream stayed open and lost nothing")
                    #expect(events.map(\.sequence) == [1, 2, 3, 4])
                }
            }
        }

        @Test func anUnreachableDatabaseIs503WithRetryAfterAndHealthSaysWhy() async throws {
            // A port nothing listens on: every engine call fails within its deadline.
            var configuration = try Self.configuration("postgres://nobody@127.0.0.1:1/none?sslmode=disable")
            if case .postgres(var postgres) = configuration.engine {
                postgres.operationTimeout = .milliseconds(500)
                configuration.engine = .postgres(postgres)
            }
            try await InProcessServer.with(configuration) { server in
                let publish = try await CurlResponse.run([
                    "-X", "POST", "-H", "Content-Type: application/json", "--data",
                    #"{"id":"n","kind":"COMMENT","recipientId":"alice","title":"t"}"#, "\(server.url)/notifications",
                ])
                #expect(publish.status == 503)
                #expect(publish.header("Retry-After") == "2")
                #expect(publish.text.hasPrefix("the notification store is unavailable: "))
                let health = try await CurlResponse.run(["\(server.url)/health"])
                #expect(health.status == 503)
                #expect(health.text.hasPrefix("unavailable: "))
                let events = try await CurlResponse.run(["--max-time", "10", "\(server.url)/events?recipient=alice"])
                #expect(events.status == 503, "a stream that cannot start says so")
                let metrics = String(decoding: server.hub.metrics.render(), as: UTF8.self)
                #expect(metrics.contains(#"notifywire_publish_failures_total{reason="unavailable"} 1"#))
            }
        }
    }
#endif
