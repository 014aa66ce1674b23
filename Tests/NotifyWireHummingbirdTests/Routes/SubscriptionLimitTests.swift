#if Hummingbird
    import HTTPTypes
    import HummingbirdTesting
    import NotifyWire
    import NotifyWireHummingbird
    import NotifyWireTestSupport
    import Testing

    /// A flood of connections for one recipient, or for the server, is refused at its limit with 429 or 503 and
    /// `Retry-After`, counted in the metrics; the hub's count follows every way a subscription ends.
    @Suite struct SubscriptionLimitTests {
        static let configuration = NotifyWireServerConfiguration(
            maxSubscriptionsPerRecipient: 2, maxSubscriptions: 3, refusedSubscriptionRetryAfter: .seconds(7))

        @Test func theHubRefusesBeyondEachLimitAndCountsEveryEnd() async throws {
            let hub = NotificationHub(
                configuration: NotifyWireServerConfiguration(
                    queueCapacity: 1, maxSubscriptionsPerRecipient: 2, maxSubscriptions: 3))
            let first = try await hub.subscribe(recipient: "alice", codec: JSONCodec(), transport: .sse).subscription
            _ = try await hub.subscribe(recipient: "alice", codec: JSONCodec(), transport: .webSocket)
            let perRecipient = await #expect(throws: NotificationHubError.self) {
                try await hub.subscribe(recipient: "alice", codec: JSONCodec(), transport: .sse)
            }
            #expect(perRecipient?.code == .tooManySubscriptionsForRecipient)
            #expect(perRecipient?.description == "the recipient alice already has 2 open subscriptions")
            let bob = try await hub.subscribe(recipient: "bob", codec: JSONCodec(), transport: .sse).subscription
            let total = await #expect(throws: NotificationHubError.self) {
                try await hub.subscribe(recipient: "carol", codec: JSONCodec(), transport: .sse)
            }
            #expect(total?.code == .tooManySubscriptions)
            hub.unsubscribe(first)
            hub.unsubscribe(first)
            #expect(hub.subscriberCount == 2, "an unsubscribe, even twice, frees one place")
            _ = try await hub.subscribe(recipient: "carol", codec: JSONCodec(), transport: .sse)
            // bob's queue holds one: the second publication drops him as a slow consumer, which frees his place.
            try await hub.publish(NotificationMessage(id: "b1", kind: .comment, recipientID: "bob"))
            try await hub.publish(NotificationMessage(id: "b2", kind: .comment, recipientID: "bob"))
            #expect(bob.end == .slowConsumer)
            #expect(hub.subscriberCount == 2)
            hub.shutdown()
            #expect(hub.subscriberCount == 0)
            let metrics = String(decoding: hub.metrics.render(), as: UTF8.self)
            #expect(metrics.contains(#"notifywire_subscriptions_refused_total{reason="recipient-limit"} 1"#))
            #expect(metrics.contains(#"notifywire_subscriptions_refused_total{reason="server-limit"} 1"#))
        }

        @Test func anSSESubscriptionBeyondALimitIs429Or503WithRetryAfter() async throws {
            try await RoutedServer.with(Self.configuration) { server in
                _ = try await server.hub.subscribe(recipient: "alice", codec: JSONCodec(), transport: .sse)
                _ = try await server.hub.subscribe(recipient: "alice", codec: JSONCodec(), transport: .webSocket)
                let tooMany = try await server.get("/events?recipient=alice")
                #expect(tooMany.status == .tooManyRequests)
                #expect(tooMany.headers[.retryAfter] == "7")
                #expect(tooMany.text == "the recipient alice already has 2 open subscriptions\n")
                _ = try await server.hub.subscribe(recipient: "bob", codec: JSONCodec(), transport: .sse)
                let full = try await server.get("/events?recipient=carol")
                #expect(full.status == .serviceUnavailable)
                #expect(full.headers[.retryAfter] == "7")
                #expect(server.hub.subscriberCount == 3, "the refused requests hold no subscription")
            }
        }

        @Test func aWebSocketUpgradeBeyondTheRecipientsLimitIs429() async throws {
            try await InProcessServer.with(Self.configuration) { server in
                _ = try await server.hub.subscribe(recipient: "alice", codec: JSONCodec(), transport: .sse)
                _ = try await server.hub.subscribe(recipient: "alice", codec: JSONCodec(), transport: .sse)
                let wsURL = "ws://" + server.url.dropFirst("http://".count)
                let output = try await ChildProcess.output(
                    of: PythonPeer.interpreter,
                    arguments: ["-c", WebSocketRouteTests.statusClient, "\(wsURL)/ws?recipient=alice"])
                #expect(String(decoding: output, as: UTF8.self) == "status 429\n")
                #expect(server.hub.subscriberCount == 2)
            }
        }
    }
#endif
