#if Hummingbird
    import HTTPTypes
    import HummingbirdTesting
    import NIOCore
    import NotifyWire
    import NotifyWireHummingbird
    import Testing

    /// `GET /notifications`: polls routed in process; held long-polls, which need the connection, on a socket.
    @Suite struct PollRouteTests {
        @Test func aPollReturnsOnlyTheRecipientsNotificationsWithAnETag() async throws {
            try await RoutedServer.with { server in
                try await server.publish("a1", to: "alice")
                try await server.publish("b1", to: "bob")
                try await server.publish("a2", to: "alice")
                let response = try await server.get("/notifications?recipient=alice&cursor=0")
                #expect(response.status == 200)
                let batch = try JSONCodec().decodeBatch(from: response.body)
                #expect(batch.notifications.map(\.id) == ["a1", "a2"])
                #expect(batch.cursor == "2", "alice's own sequences")
                let etag = try #require(response.headers[.eTag])
                let again = try await server.get(
                    "/notifications?recipient=alice&cursor=0", headers: [.ifNoneMatch: etag])
                #expect(again.status == 304)
                #expect(again.body.readableBytes == 0)
            }
        }

        @Test(arguments: [("application/vnd.msgpack", "msgpack"), ("application/protobuf", "protobuf")])
        func theCodecFollowsAccept(accept: String, codec: String) async throws {
            try await RoutedServer.with { server in
                try await server.publish("a1", to: "alice")
                let response = try await server.get("/notifications?recipient=alice", headers: [.accept: accept])
                #expect(response.status == 200)
                let codecValue = try #require(CodecRegistry.standard.codec(named: codec))
                #expect(response.headers[.contentType] == codecValue.mediaType)
                #expect(try codecValue.decodeBatch(from: response.body).notifications.map(\.id) == ["a1"])
            }
        }

        /// Every decimal parameter follows one rule (digits only): `+5` and ` 5` are refused like `abc`.
        @Test(
            arguments: [
                ("/notifications", nil, 400),
                ("/notifications?recipient=alice&cursor=abc", nil, 400),
                ("/notifications?recipient=alice&cursor=%2B1", nil, 400),
                ("/notifications?recipient=alice&limit=0", nil, 400),
                ("/notifications?recipient=alice&limit=%2B1", nil, 400),
                ("/notifications?recipient=alice&wait=soon", nil, 400),
                ("/notifications?recipient=alice&wait=%2B1", nil, 400),
                ("/notifications?recipient=alice&wait=%201", nil, 400),
                ("/notifications?recipient=alice", "text/html", 406),
                ("/notifications?recipient=alice&cursor=99", nil, 410),
            ] as [(String, String?, Int)])
        func badPollsAreAnswered(path: String, accept: String?, status: Int) async throws {
            try await RoutedServer.with { server in
                try await server.publish("a1", to: "alice")
                var headers = HTTPFields()
                if let accept { headers[.accept] = accept }
                let response = try await server.get(path, headers: headers)
                #expect(response.status.code == status)
                #expect(response.headers[.contentType] == "text/plain; charset=utf-8" || status != 400)
            }
        }

        @Test func aHeldLongPollAnswersWithTheRecipientsNextNotificationOnly() async throws {
            try await InProcessServer.with { server in
                try await server.publish("a1", to: "alice")
                async let held = CurlResponse.run(["\(server.url)/notifications?recipient=alice&cursor=1&wait=30"])
                try await server.waitUntil("the long-poll waits") { server.hub.subscriberCount == 1 }
                try await server.publish("b1", to: "bob")
                try await server.publish("a2", to: "alice")
                let answer = try await held
                #expect(answer.status == 200)
                let batch = try JSONCodec().decodeBatch(from: answer.body)
                #expect(batch.notifications.map(\.id) == ["a2"])
                #expect(batch.cursor == "2", "alice's second notification (bob's log is his own)")
                try await server.waitUntil("no waiter is left") { server.hub.subscriberCount == 0 }
                let metrics = String(decoding: server.hub.metrics.render(), as: UTF8.self)
                #expect(metrics.contains("notifywire_connections{transport=\"longpoll\",codec=\"json\"} 0.0"))
            }
        }

        /// The second transfer reuses the connection (`num_connects` 0) with every context: the held poll is
        /// watched through the connection's channel, never by reading the request stream, after which Hummingbird
        /// would close the connection.
        @Test(arguments: InProcessServer.RouterContext.allCases)
        func longPollsKeepTheirKeepAliveConnection(context: InProcessServer.RouterContext) async throws {
            try await InProcessServer.with(context: context) { server in
                try await server.publish("a1", to: "alice")
                // Two transfers in one curl: the second reuses the first's connection unless the server closed it.
                // The first is answered at once (the log holds a1), the second is held until its 1 s wait ends.
                let output = try await ChildProcess.output(
                    of: "curl",
                    arguments: [
                        "-s", "--max-time", "20", "-o", "/dev/null", "-o", "/dev/null", "-w",
                        "%{http_code} %{num_connects}\n", "\(server.url)/notifications?recipient=alice&cursor=0&wait=5",
                        "\(server.url)/notifications?recipient=alice&cursor=1&wait=1",
                    ])
                #expect(String(decoding: output, as: UTF8.self) == "200 1\n200 0\n")
            }
        }

        @Test(arguments: InProcessServer.RouterContext.allCases)
        func aHeldLongPollWhoseClientLeavesIsReleasedBeforeItsWaitEnds(
            context: InProcessServer.RouterContext
        ) async throws {
            try await InProcessServer.with(context: context) { server in
                // curl gives up after 1 s; the poll would be held for 60 s (capped at the server's maximum, 30 s).
                _ = try? await ChildProcess.output(
                    of: "curl",
                    arguments: ["-s", "--max-time", "1", "\(server.url)/notifications?recipient=alice&wait=60"])
                // The server would hold the poll for 30 s: released within 10 s, it was released because the
                // client left.
                try await server.waitUntil("the held poll was released", seconds: 10) {
                    server.hub.subscriberCount == 0
                        && String(decoding: server.hub.metrics.render(), as: UTF8.self).contains(
                            "notifywire_connections{transport=\"longpoll\",codec=\"json\"} 0.0")
                }
            }
        }
    }
#endif
