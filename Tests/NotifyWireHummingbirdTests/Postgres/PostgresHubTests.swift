#if Hummingbird
    import NotifyWire
    import NotifyWireHummingbird
    import PostgresNIO
    import Testing

    /// Hubs on PostgreSQL: several nodes on one database in one test process; delivery across nodes in order and
    /// exactly once, concurrent publishers, a killed listener, resync answers, idempotent publishing.
    @Suite struct PostgresHubTests {
        /// A hub on `database`'s PostgreSQL engine named `name`, with a short head poll.
        static func hub(_ database: PostgresTestDatabase, _ name: String, queueCapacity: Int = 4096) throws
            -> NotificationHub
        {
            NotificationHub(
                configuration: NotifyWireServerConfiguration(queueCapacity: queueCapacity),
                engine: try database.engine(name))
        }

        /// Runs `hubs` (``NotificationHub/run()``, which runs their engines) while `body` runs, then cancels them.
        static func running<Value: Sendable>(
            _ hubs: [NotificationHub], _ body: () async throws -> Value
        ) async throws -> Value {
            try await withThrowingTaskGroup(of: Void.self) { group in
                for hub in hubs { group.addTask { try await hub.run() } }
                for hub in hubs {
                    let engine = try #require(hub.engine as? PostgresHubEngine)
                    try await eventually("the listener of a node listens") { engine.isListening }
                }
                let value = try await body()
                group.cancelAll()
                return value
            }
        }

        /// Reads `count` deliveries of `subscription` (at most 20 s: then what came, the subscription ended), in
        /// the order they come.
        static func deliveries(_ subscription: HubSubscription, count: Int) async -> [HubDelivery] {
            await withTaskGroup(of: [HubDelivery]?.self) { group in
                group.addTask {
                    var found: [HubDelivery] = []
                    // Cancelled, next() ends the subscription and returns nil: what came so far is returned.
                    while found.count < count, let event = await subscription.next() {
                        if case .notification(let delivery) = event { found.append(delivery) }
                    }
                    return found
                }
                group.addTask {
                    try? await Task.sleep(for: .seconds(20))
                    return nil
                }
                var result: [HubDelivery] = []
                while let next = await group.next() {
                    if let found = next {
                        result = found
                        break
                    }
                    group.cancelAll()
                }
                group.cancelAll()
                return result
            }
        }

        @Test func aSubscriberOnEachOfThreeNodesGetsEveryPublicationOfTheOthersOnceInOrderInEveryCodec() async throws {
            let database = try await PostgresTestDatabase.make()
            let nodes = try ["node-a", "node-b", "node-c"].map { try Self.hub(database, $0) }
            try await Self.running(nodes) {
                let codecs: [any NotificationCodec] = [JSONCodec(), MessagePackCodec(), ProtobufCodec()]
                var subscriptions: [(HubSubscription, any NotificationCodec)] = []
                for node in nodes.dropFirst() {
                    for codec in codecs {
                        let subscription = try await node.subscribe(
                            recipient: "alice", codec: codec, transport: .sse
                        ).subscription
                        subscriptions.append((subscription, codec))
                    }
                }
                var published: [NotificationMessage] = []
                for index in 1...30 {
                    published.append(try await nodes[0].publish(testMessage("alice", "a\(index)")))
                    _ = try await nodes[0].publish(testMessage("bob", "b\(index)"))
                }
                #expect(published.map(\.sequence) == Array(1...30))
                for (subscription, codec) in subscriptions {
                    let received = await Self.deliveries(subscription, count: 30)
                    #expect(received.map(\.sequence) == Array(1...30), "\(codec.format.name)")
                    let decoded = try received.map { try codec.decodeNotification(from: $0.payload) }
                    #expect(decoded == published, "\(codec.format.name): alice's, in order, nothing of bob's")
                    #expect(Set(received.map(\.epoch)).count == 1 && received.first?.epoch != 0)
                }
                let catchUps = String(decoding: nodes[1].metrics.render(), as: UTF8.self)
                #expect(catchUps.contains("notifywire_catch_up_reads_total"))
            }
        }

        @Test func concurrentPublishersOnTwoNodesGiveOneRecipientSequencesOneToNDeliveredOnceInOrder() async throws {
            let database = try await PostgresTestDatabase.make()
            let nodes = try ["node-a", "node-b", "node-c"].map { try Self.hub(database, $0) }
            try await Self.running(nodes) {
                let subscription = try await nodes[2].subscribe(
                    recipient: "alice", codec: JSONCodec(), transport: .webSocket
                ).subscription
                let perNode = 150
                let stored = try await withThrowingTaskGroup(of: [UInt64].self) { group in
                    for node in nodes.prefix(2) {
                        group.addTask {
                            var sequences: [UInt64] = []
                            for index in 0..<perNode {
                                sequences.append(try await node.publish(testMessage("alice", "\(index)")).sequence)
                            }
                            return sequences
                        }
                    }
                    return try await group.reduce(into: []) { $0.append(contentsOf: $1) }
                }
                #expect(stored.sorted() == Array(1...UInt64(2 * perNode)), "contiguous, no sequence twice")
                let received = await Self.deliveries(subscription, count: 2 * perNode)
                #expect(received.map(\.sequence) == Array(1...UInt64(2 * perNode)))
            }
        }

        @Test func aKilledListenerReconnectsAndCatchesUpWithoutLossOrDuplicate() async throws {
            let database = try await PostgresTestDatabase.make()
            let publisher = try Self.hub(database, "node-a")
            let subscriber = try Self.hub(database, "node-b")
            try await Self.running([publisher, subscriber]) {
                let subscription = try await subscriber.subscribe(
                    recipient: "alice", codec: JSONCodec(), transport: .sse
                ).subscription
                let engine = try #require(subscriber.engine as? PostgresHubEngine)
                let publishing = Task {
                    for index in 1...120 {
                        _ = try await publisher.publish(testMessage("alice", "\(index)"))
                        try await Task.sleep(for: .milliseconds(5))
                    }
                }
                try await Task.sleep(for: .milliseconds(150))
                try await database.withConnection { connection in
                    try await connection.perform(
                        """
                        SELECT pg_terminate_backend(pid) FROM pg_stat_activity
                        WHERE application_name = 'node-b listener' AND datname = current_database()
                        """)
                }
                try await publishing.value
                let received = await Self.deliveries(subscription, count: 120)
                #expect(received.map(\.sequence) == Array(1...120))
                try await eventually("the listener reconnected") { engine.listenerReconnects == 1 }
                #expect(subscription.queuedCount == 0, "no duplicate queued after the last")
            }
        }

        @Test func resumeOnAnotherNodeAndEachResyncAnswer() async throws {
            let database = try await PostgresTestDatabase.make()
            let nodeA = try Self.hub(database, "node-a")
            let nodeB = try Self.hub(database, "node-b")
            try await Self.running([nodeA, nodeB]) {
                for index in 1...5 { _ = try await nodeA.publish(testMessage("alice", "\(index)")) }
                let epoch = try await nodeA.engine.head(of: "alice").epoch
                func replay(after: HubCursor) async throws -> HubReplay {
                    let (subscription, replay) = try await nodeB.subscribe(
                        recipient: "alice", codec: JSONCodec(), transport: .sse, after: after)
                    nodeB.unsubscribe(subscription)
                    return replay
                }
                guard
                    case .notifications(let replayed, epoch) = try await replay(
                        after: HubCursor(epoch: epoch, sequence: 2))
                else {
                    Issue.record("expected a replay on the other node")
                    return
                }
                #expect(replayed.map(\.id) == ["3", "4", "5"])
                #expect(
                    try await replay(after: HubCursor(epoch: epoch, sequence: 9))
                        == .resync(.init(reason: .unknown, oldest: 1)))
                #expect(
                    try await replay(after: HubCursor(epoch: 12345, sequence: 2))
                        == .resync(.init(reason: .foreign, oldest: 0)))
                #expect(
                    try await replay(after: HubCursor(epoch: 0, sequence: 2))
                        == .resync(.init(reason: .foreign, oldest: 0)),
                    "a plain number is the in-memory engine's history")
                try await database.withConnection { connection in
                    try await connection.perform(
                        "UPDATE notifywire_recipients SET oldest = 4 WHERE recipient = 'alice'")
                    try await connection.perform(
                        "DELETE FROM notifywire_notifications WHERE recipient = 'alice' AND sequence < 4")
                }
                #expect(
                    try await replay(after: HubCursor(epoch: epoch, sequence: 1))
                        == .resync(.init(reason: .tooOld, oldest: 4)))
            }
        }

        @Test func aPurgedAndRestartedLogEndsTheLiveSubscriptionsWithAResync() async throws {
            let database = try await PostgresTestDatabase.make()
            let nodeA = try Self.hub(database, "node-a")
            let nodeB = try Self.hub(database, "node-b")
            try await Self.running([nodeA, nodeB]) {
                _ = try await nodeA.publish(testMessage("alice", "1"))
                let subscription = try await nodeB.subscribe(
                    recipient: "alice", codec: JSONCodec(), transport: .sse
                ).subscription
                try await database.withConnection { connection in
                    try await connection.perform("DELETE FROM notifywire_notifications WHERE recipient = 'alice'")
                    try await connection.perform("DELETE FROM notifywire_recipients WHERE recipient = 'alice'")
                }
                _ = try await nodeA.publish(testMessage("alice", "new history"))
                let end = await withTaskGroup(of: HubSubscriptionEnd?.self) { group in
                    group.addTask { await subscription.ended() }
                    group.addTask {
                        try? await Task.sleep(for: .seconds(20))
                        nodeB.unsubscribe(subscription)  // gave up: ends it as cancelled
                        return nil
                    }
                    let first = await group.next() ?? nil
                    group.cancelAll()
                    return first
                }
                #expect(end == .resync(.init(reason: .foreign, oldest: 0)))
            }
        }

        @Test func anIdempotencyKeyPublishesOnceOnAnyNode() async throws {
            let database = try await PostgresTestDatabase.make()
            let nodeA = try Self.hub(database, "node-a")
            let nodeB = try Self.hub(database, "node-b")
            try await Self.running([nodeA, nodeB]) {
                let subscription = try await nodeB.subscribe(
                    recipient: "alice", codec: JSONCodec(), transport: .sse
                ).subscription
                let first = try await nodeA.publish(testMessage("alice", "once"), idempotencyKey: "k-1")
                let again = try await nodeB.publish(testMessage("alice", "twice"), idempotencyKey: "k-1")
                #expect(again == first)
                let next = try await nodeA.publish(testMessage("alice", "next"))
                #expect(next.sequence == 2)
                #expect(await Self.deliveries(subscription, count: 2).map(\.sequence) == [1, 2])
            }
        }
    }

#endif
