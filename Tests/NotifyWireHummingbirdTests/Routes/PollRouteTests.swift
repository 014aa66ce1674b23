#if Hummingbird
    import NotifyWire
    import NotifyWireHummingbird
    import Testing

    /// `GET /notifications` (poll and long-poll) against the real application in-process, through curl.
    @Suite struct PollRouteTests {
        @Test func aPollReturnsOnlyTheRecipientsNotificationsWithAnETag() async throws {
            try await InProcessServer.with { server in
                server.publish("a1", to: "alice")
                server.publish("b1", to: "bob")
                server.publish("a2", to: "alice")
                let response = try await CurlResponse.run(["\(server.url)/notifications?recipient=alice&cursor=0"])
                #expect(response.status == 200)
                let batch = try JSONCodec().decodeBatch(from: response.body)
                #expect(batch.notifications.map(\.id) == ["a1", "a2"])
                #expect(batch.cursor == "3")
                let etag = try #require(response.header("ETag"))
                let again = try await CurlResponse.run([
                    "-H", "If-None-Match: \(etag)", "\(server.url)/notifications?recipient=alice&cursor=0",
                ])
                #expect(again.status == 304)
                #expect(again.body.isEmpty)
            }
        }

        @Test(arguments: [("application/vnd.msgpack", "msgpack"), ("application/protobuf", "protobuf")])
        func theCodecFollowsAccept(accept: String, codec: String) async throws {
            try await InProcessServer.with { server in
                server.publish("a1", to: "alice")
                let response = try await CurlResponse.run([
                    "-H", "Accept: \(accept)", "\(server.url)/notifications?recipient=alice",
                ])
                #expect(response.status == 200)
                let codecValue = try #require(CodecRegistry.standard.codec(named: codec))
                #expect(response.header("Content-Type") == codecValue.mediaType)
                #expect(try codecValue.decodeBatch(from: response.body).notifications.map(\.id) == ["a1"])
            }
        }

        @Test(arguments: [
            ("/notifications", [String](), 400),
            ("/notifications?recipient=alice&cursor=abc", [], 400),
            ("/notifications?recipient=alice&limit=0", [], 400),
            ("/notifications?recipient=alice&wait=soon", [], 400),
            ("/notifications?recipient=alice", ["-H", "Accept: text/html"], 406),
            ("/notifications?recipient=alice&cursor=99", [], 410),
        ])
        func badPollsGetTheirErrorStatus(path: String, headers: [String], status: Int) async throws {
            try await InProcessServer.with { server in
                server.publish("a1", to: "alice")
                let response = try await CurlResponse.run(headers + ["\(server.url)\(path)"])
                #expect(response.status == status)
            }
        }

        @Test func aHeldLongPollRespondsWithTheRecipientsNextNotificationOnly() async throws {
            try await InProcessServer.with { server in
                server.publish("a1", to: "alice")
                async let held = CurlResponse.run(["\(server.url)/notifications?recipient=alice&cursor=1&wait=30"])
                try await server.waitUntil("the long-poll waits") { server.hub.log.waiterCount == 1 }
                server.publish("b1", to: "bob")
                server.publish("a2", to: "alice")
                let response = try await held
                #expect(response.status == 200)
                let batch = try JSONCodec().decodeBatch(from: response.body)
                #expect(batch.notifications.map(\.id) == ["a2"])
                #expect(batch.cursor == "3")
                try await server.waitUntil("no waiter is left") { server.hub.log.waiterCount == 0 }
                let metrics = String(decoding: server.hub.metrics.render(), as: UTF8.self)
                #expect(metrics.contains("notifywire_connections{transport=\"longpoll\",codec=\"json\"} 0.0"))
            }
        }

        /// With the channel known, the second transfer reuses the connection; with Hummingbird's basic context the
        /// held poll watches the request stream, after which Hummingbird closes the connection.
        @Test(arguments: [
            (InProcessServer.RouterContext.channelAware, "200 1\n200 0\n"),
            (InProcessServer.RouterContext.basic, "200 1\n200 1\n"),
        ])
        func longPollsKeepTheirKeepAliveConnectionWhenTheChannelIsKnown(
            context: InProcessServer.RouterContext, expected: String
        ) async throws {
            try await InProcessServer.with(context: context) { server in
                server.publish("a1", to: "alice")
                // Two transfers in one curl: the second reuses the first's connection unless the server closed it.
                // The first is answered at once (the log holds a1), the second is held until its 1 s wait ends.
                let output = try await ChildProcess.output(
                    of: "curl",
                    arguments: [
                        "-s", "--max-time", "20", "-o", "/dev/null", "-o", "/dev/null", "-w",
                        "%{http_code} %{num_connects}\n", "\(server.url)/notifications?recipient=alice&cursor=0&wait=5",
                        "\(server.url)/notifications?recipient=alice&cursor=1&wait=1",
                    ])
                #expect(String(decoding: output, as: UTF8.self) == expected)
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
                    server.hub.log.waiterCount == 0
                        && String(decoding: server.hub.metrics.render(), as: UTF8.self).contains(
                            "notifywire_connections{transport=\"longpoll\",codec=\"json\"} 0.0")
                }
            }
        }
    }
#endif
