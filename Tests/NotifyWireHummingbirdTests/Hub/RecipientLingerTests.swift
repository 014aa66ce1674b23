#if Hummingbird
    import NotifyWire
    import NotifyWireHummingbird
    import Synchronization
    import Testing

    /// A recipient whose last subscriber left is kept for `recipientLinger`: a client that comes straight back
    /// (every long-poll does) costs no engine round trip, and still misses nothing.
    @Suite struct RecipientLingerTests {
        /// An engine that counts the calls the hub makes of it.
        final class CountingEngine<Base: HubEngine>: HubEngine {
            let base: Base
            let calls = Mutex<[String: Int]>([:])

            init(base: Base) { self.base = base }

            func count(_ call: String) -> Int { calls.withLock { $0[call] ?? 0 } }
            private func note(_ call: String) { calls.withLock { $0[call, default: 0] += 1 } }

            var wakeUps: HubWakeUps { base.wakeUps }
            var isShared: Bool { base.isShared }
            func append(_ notifications: [NotificationMessage], idempotencyKey: String?) async throws
                -> HubPublication
            {
                try await base.append(notifications, idempotencyKey: idempotencyKey)
            }
            func read(recipient: String, after cursor: HubCursor?, limit: Int) async throws -> HubEngineRead {
                note("read")
                return try await base.read(recipient: recipient, after: cursor, limit: limit)
            }
            func read(after cursors: [String: HubCursor], limit: Int) async throws -> [String: HubEngineRead] {
                note("read")
                return try await base.read(after: cursors, limit: limit)
            }
            func heads(of recipients: [String]) async throws -> [String: HubCursor] {
                try await base.heads(of: recipients)
            }
            func openLog(of recipient: String) async throws -> HubCursor {
                note("openLog")
                return try await base.openLog(of: recipient)
            }
            func health() async -> HubEngineHealth { await base.health() }
            func run() async throws { try await base.run() }
        }

        static func hub(linger: Duration) -> (NotificationHub, CountingEngine<InMemoryHubEngine>) {
            let engine = CountingEngine(base: InMemoryHubEngine())
            let hub = NotificationHub(
                configuration: NotifyWireServerConfiguration(recipientLinger: linger), engine: engine)
            return (hub, engine)
        }

        static func cursor(of delivery: HubDelivery) -> HubCursor {
            HubCursor(epoch: delivery.epoch, sequence: delivery.sequence)
        }

        @Test func aSubscriberComingBackWithinTheLingerCostsNoEngineRoundTrip() async throws {
            let (hub, engine) = Self.hub(linger: .seconds(60))
            let first = try await hub.subscribe(recipient: "alice", codec: JSONCodec(), transport: .longPoll)
            try await hub.publish(testMessage("alice", "1"))
            let delivered = try #require(await NotificationHubTests.deliveries(first.subscription, count: 1).first)
            hub.unsubscribe(first.subscription)
            let (opens, reads) = (engine.count("openLog"), engine.count("read"))
            #expect(opens == 1)

            let again = try await hub.subscribe(
                recipient: "alice", codec: JSONCodec(), transport: .longPoll, after: Self.cursor(of: delivered))
            #expect(again.replay == .notifications([], epoch: delivered.epoch))
            #expect(engine.count("openLog") == opens)
            #expect(engine.count("read") == reads)
            try await hub.publish(testMessage("alice", "2"))
            let next = try #require(await NotificationHubTests.deliveries(again.subscription, count: 1).first)
            #expect(next.sequence == 2)
            hub.unsubscribe(again.subscription)
        }

        @Test func withoutLingerTheRecipientIsOpenedAgain() async throws {
            let (hub, engine) = Self.hub(linger: .zero)
            let first = try await hub.subscribe(recipient: "alice", codec: JSONCodec(), transport: .longPoll)
            hub.unsubscribe(first.subscription)
            let again = try await hub.subscribe(recipient: "alice", codec: JSONCodec(), transport: .longPoll)
            #expect(engine.count("openLog") == 2)
            hub.unsubscribe(again.subscription)
        }

        @Test func whatWasPublishedWhileNobodyListenedIsReplayedThenLiveFollows() async throws {
            let (hub, _) = Self.hub(linger: .seconds(60))
            let first = try await hub.subscribe(recipient: "alice", codec: JSONCodec(), transport: .sse)
            try await hub.publish(testMessage("alice", "1"))
            let delivered = try #require(await NotificationHubTests.deliveries(first.subscription, count: 1).first)
            hub.unsubscribe(first.subscription)
            for tag in ["2", "3", "4"] { try await hub.publish(testMessage("alice", tag)) }

            let again = try await hub.subscribe(
                recipient: "alice", codec: JSONCodec(), transport: .sse, after: Self.cursor(of: delivered))
            guard case .notifications(let replayed, _) = again.replay else {
                Issue.record("expected a replay, got \(again.replay)")
                return
            }
            #expect(replayed.map(\.id) == ["2", "3", "4"])
            try await hub.publish(testMessage("alice", "5"))
            let live = await NotificationHubTests.deliveries(again.subscription, count: 1)
            #expect(live.map(\.sequence) == [5])
            hub.unsubscribe(again.subscription)
        }

        @Test func aRecipientLeftLongerThanTheLingerIsForgotten() async throws {
            let (hub, engine) = Self.hub(linger: .milliseconds(50))
            let alice = try await hub.subscribe(recipient: "alice", codec: JSONCodec(), transport: .longPoll)
            hub.unsubscribe(alice.subscription)
            try await Task.sleep(for: .milliseconds(200))
            // Leaving another recipient forgets those left before the linger.
            let bob = try await hub.subscribe(recipient: "bob", codec: JSONCodec(), transport: .longPoll)
            hub.unsubscribe(bob.subscription)
            let again = try await hub.subscribe(recipient: "alice", codec: JSONCodec(), transport: .longPoll)
            #expect(engine.count("openLog") == 3)
            hub.unsubscribe(again.subscription)
        }

        @Test func noMoreRecipientsAreKeptThanTheHubHasSubscriptions() async throws {
            let engine = CountingEngine(base: InMemoryHubEngine())
            let hub = NotificationHub(
                configuration: NotifyWireServerConfiguration(maxSubscriptions: 2, recipientLinger: .seconds(60)),
                engine: engine)
            for recipient in ["a", "b", "c"] {
                let lease = try await hub.subscribe(recipient: recipient, codec: JSONCodec(), transport: .longPoll)
                hub.unsubscribe(lease.subscription)
            }
            // "a", the oldest of three left, was forgotten; "c" is still kept.
            for recipient in ["c", "a"] {
                let lease = try await hub.subscribe(recipient: recipient, codec: JSONCodec(), transport: .longPoll)
                hub.unsubscribe(lease.subscription)
            }
            #expect(engine.count("openLog") == 4)
        }
        /// Two nodes on PostgreSQL: a node keeping a recipient without subscribers moves its position with the
        /// other node's hints without reading the notifications (nobody is there to deliver to), and a subscriber
        /// coming back with its old cursor still gets every one of them, then live ones.
        @Test func onPostgresAKeptRecipientFollowsHintsUnreadAndAResumeMissesNothing() async throws {
            let database = try await PostgresTestDatabase.make()
            let publisher = NotificationHub(
                configuration: NotifyWireServerConfiguration(), engine: try database.engine("node-a"))
            let counted = CountingEngine(base: try database.engine("node-b"))
            let keeper = NotificationHub(
                configuration: NotifyWireServerConfiguration(recipientLinger: .seconds(60)), engine: counted)
            try await withThrowingTaskGroup(of: Void.self) { group in
                for hub in [publisher, keeper] { group.addTask { try await hub.run() } }
                for engine in [try #require(publisher.engine as? PostgresHubEngine), counted.base] {
                    try await eventually("the listener of a node listens") { engine.isListening }
                }
                let first = try await keeper.subscribe(recipient: "alice", codec: JSONCodec(), transport: .longPoll)
                try await publisher.publish(testMessage("alice", "1"))
                let delivered = try #require(
                    await PostgresHubTests.deliveries(first.subscription, count: 1).first)
                keeper.unsubscribe(first.subscription)
                let reads = counted.count("read")
                for tag in ["2", "3", "4"] { try await publisher.publish(testMessage("alice", tag)) }
                // Two head polls' time: neither the hints nor the polls read the kept recipient.
                try await Task.sleep(for: .milliseconds(2500))
                #expect(counted.count("read") == reads)

                let again = try await keeper.subscribe(
                    recipient: "alice", codec: JSONCodec(), transport: .longPoll, after: Self.cursor(of: delivered))
                guard case .notifications(let replayed, _) = again.replay else {
                    Issue.record("expected a replay, got \(again.replay)")
                    return
                }
                #expect(replayed.map(\.id) == ["2", "3", "4"])
                #expect(counted.count("openLog") == 1)
                try await publisher.publish(testMessage("alice", "5"))
                let live = await PostgresHubTests.deliveries(again.subscription, count: 1)
                #expect(live.map(\.sequence) == [5])
                keeper.unsubscribe(again.subscription)
                group.cancelAll()
            }
        }
        /// The long-poll route: a client polling again with the cursor of its last answer, on the node that
        /// delivered it, waits without reading the engine first; a poll that does not wait still reads it.
        @Test func aLongPollCaughtUpWithTheNodeWaitsWithoutReadingTheEngine() async throws {
            let engine = CountingEngine(base: InMemoryHubEngine())
            try await InProcessServer.with(engine: engine) { server in
                try await server.publish("a1", to: "alice")
                async let first = CurlResponse.run(["\(server.url)/notifications?recipient=alice&cursor=1&wait=30"])
                try await server.waitUntil("the first long-poll waits") { server.hub.subscriberCount == 1 }
                try await server.publish("a2", to: "alice")
                #expect(try Self.ids(in: await first.body) == ["a2"])
                try await server.waitUntil("the first long-poll left") { server.hub.subscriberCount == 0 }

                let reads = engine.count("read")
                async let second = CurlResponse.run(["\(server.url)/notifications?recipient=alice&cursor=2&wait=30"])
                try await server.waitUntil("the second long-poll waits") { server.hub.subscriberCount == 1 }
                #expect(engine.count("read") == reads, "no read before waiting")
                try await server.publish("a3", to: "alice")
                #expect(try Self.ids(in: await second.body) == ["a3"])
                #expect(engine.count("read") == reads + 1, "one read: the page after the wait")

                let plain = try await CurlResponse.run(["\(server.url)/notifications?recipient=alice&cursor=3"])
                #expect(plain.status == 200)
                #expect(engine.count("read") == reads + 2, "a poll that does not wait reads the engine")
            }
        }

        private static func ids(in body: [UInt8]) throws -> [String] {
            try JSONCodec().decodeBatch(from: body).notifications.map(\.id)
        }
    }
#endif
