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
                let answer = try await CurlAnswer.run(["\(server.url)/notifications?recipient=alice&cursor=0"])
                #expect(answer.status == 200)
                let batch = try JSONCodec().decodeBatch(from: answer.body)
                #expect(batch.notifications.map(\.id) == ["a1", "a2"])
                #expect(batch.cursor == "3")
                let etag = try #require(answer.header("ETag"))
                let again = try await CurlAnswer.run([
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
                let answer = try await CurlAnswer.run([
                    "-H", "Accept: \(accept)", "\(server.url)/notifications?recipient=alice",
                ])
                #expect(answer.status == 200)
                let codecValue = try #require(CodecRegistry.standard.codec(named: codec))
                #expect(answer.header("Content-Type") == codecValue.mediaType)
                #expect(try codecValue.decodeBatch(from: answer.body).notifications.map(\.id) == ["a1"])
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
        func badPollsAreAnswered(path: String, headers: [String], status: Int) async throws {
            try await InProcessServer.with { server in
                server.publish("a1", to: "alice")
                let answer = try await CurlAnswer.run(headers + ["\(server.url)\(path)"])
                #expect(answer.status == status)
            }
        }

        @Test func aHeldLongPollAnswersWithTheRecipientsNextNotificationOnly() async throws {
            try await InProcessServer.with { server in
                server.publish("a1", to: "alice")
                async let held = CurlAnswer.run(["\(server.url)/notifications?recipient=alice&cursor=1&wait=30"])
                try await server.waitUntil("the long-poll waits") { server.hub.log.waiterCount == 1 }
                server.publish("b1", to: "bob")
                server.publish("a2", to: "alice")
                let answer = try await held
                #expect(answer.status == 200)
                let batch = try JSONCodec().decodeBatch(from: answer.body)
                #expect(batch.notifications.map(\.id) == ["a2"])
                #expect(batch.cursor == "3")
                try await server.waitUntil("no waiter is left") { server.hub.log.waiterCount == 0 }
                let metrics = String(decoding: server.hub.metrics.render(), as: UTF8.self)
                #expect(metrics.contains("notifywire_connections{transport=\"longpoll\",codec=\"json\"} 0.0"))
            }
        }
    }
#endif
