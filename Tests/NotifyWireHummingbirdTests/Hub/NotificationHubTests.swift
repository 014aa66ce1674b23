#if Hummingbird
    import NIOCore
    import NotifyWire
    import NotifyWireHummingbird
    import Testing

    /// The hub on the in-memory engine, without a server: per-recipient sequences, fan-out, encode-once,
    /// recipient scoping, replay and resync, slow consumers, idempotency, ordered delivery under concurrency.
    @Suite struct NotificationHubTests {
        static func note(_ id: String, to recipient: String, sequence: UInt64 = 0) -> NotificationMessage {
            NotificationMessage(
                id: id, kind: .comment, recipientID: recipient, title: "title \(id)", sequence: sequence)
        }

        static func deliveries(_ subscription: HubSubscription, count: Int) async -> [HubDelivery] {
            var found: [HubDelivery] = []
            while found.count < count, let event = await subscription.next() {
                if case .notification(let delivery) = event { found.append(delivery) }
            }
            return found
        }

        static func memory(_ hub: NotificationHub) throws -> InMemoryHubEngine {
            try #require(hub.engine as? InMemoryHubEngine)
        }

        @Test func publishAssignsEachRecipientSequencesOneTwoThreeOverridingTheInput() async throws {
            let hub = NotificationHub()
            var stored: [NotificationMessage] = []
            for id in ["a", "b", "c"] { stored.append(try await hub.publish(Self.note(id, to: "alice", sequence: 99))) }
            let bobs = try await hub.publish(Self.note("b", to: "bob"))
            #expect(stored.map(\.sequence) == [1, 2, 3])
            #expect(bobs.sequence == 1, "each recipient's log has its own sequences")
            #expect(try Self.memory(hub).retained(recipient: "alice").map(\.sequence) == [1, 2, 3])
            #expect(try Self.memory(hub).retained(recipient: "alice").map(\.id) == ["a", "b", "c"])
        }

        @Test func anIdempotencyKeyUsedTwiceStoresOnceAndAnswersTheSameSequence() async throws {
            let hub = NotificationHub()
            let first = try await hub.publish(Self.note("a", to: "alice"), idempotencyKey: "k1")
            let again = try await hub.publish(Self.note("other", to: "alice"), idempotencyKey: "k1")
            let other = try await hub.publish(Self.note("b", to: "alice"), idempotencyKey: "k2")
            #expect(again == first)
            #expect(other.sequence == 2)
            #expect(try Self.memory(hub).count == 2)
        }

        /// The in-memory engine, answering each append after a random delay (as a database's commit would), so
        /// that publications reach the hub in another order than their sequences.
        struct SlowEngine: HubEngine {
            let base = InMemoryHubEngine()
            var wakeUps: HubWakeUps { base.wakeUps }

            func append(_ notifications: [NotificationMessage], idempotencyKey: String?) async throws
                -> HubPublication
            {
                let publication = try await base.append(notifications, idempotencyKey: idempotencyKey)
                try await Task.sleep(for: .microseconds(Int.random(in: 0...2000)))
                return publication
            }
            func read(recipient: String, after cursor: HubCursor?, limit: Int) async throws -> HubEngineRead {
                try await base.read(recipient: recipient, after: cursor, limit: limit)
            }
            func heads(of recipients: [String]) async throws -> [String: HubCursor] {
                try await base.heads(of: recipients)
            }
            func health() async -> HubEngineHealth { .healthy }
            func run() async throws {}
        }

        @Test func concurrentPublishersReachASubscriberInSequenceOrderEachOnce() async throws {
            let hub = NotificationHub(
                configuration: NotifyWireServerConfiguration(queueCapacity: 1000), engine: SlowEngine())
            let subscription = try await hub.subscribe(recipient: "alice", codec: JSONCodec(), transport: .sse)
                .subscription
            try await withThrowingTaskGroup(of: Void.self) { group in
                for task in 0..<4 {
                    group.addTask {
                        for index in 0..<100 { try await hub.publish(Self.note("\(task)-\(index)", to: "alice")) }
                    }
                }
                try await group.waitForAll()
            }
            hub.shutdown()  // what was queued is still read, then next() ends: a missing delivery cannot hang the test
            let sequences = await Self.deliveries(subscription, count: 401).map(\.sequence)
            #expect(sequences == Array(1...400))
            #expect(subscription.queuedCount == 0)
        }

        @Test func aBatchIsPublishedUnderConsecutiveSequencesAndFannedOutToEachRecipient() async throws {
            let hub = NotificationHub()
            try await hub.publish(Self.note("before", to: "alice"))
            let alice = try await hub.subscribe(recipient: "alice", codec: JSONCodec(), transport: .sse).subscription
            let bob = try await hub.subscribe(recipient: "bob", codec: MessagePackCodec(), transport: .webSocket)
                .subscription
            let stored = try await hub.publish(contentsOf: [
                Self.note("a1", to: "alice", sequence: 7), Self.note("b1", to: "bob"), Self.note("a2", to: "alice"),
            ])
            #expect(stored.map(\.sequence) == [2, 1, 3])
            #expect(stored.map(\.id) == ["a1", "b1", "a2"])
            #expect(try Self.memory(hub).count == 4)
            #expect(await Self.deliveries(alice, count: 2).map(\.sequence) == [2, 3])
            let bobsOnly = try #require(await Self.deliveries(bob, count: 1).first)
            #expect(bobsOnly.sequence == 1)
            #expect(try MessagePackCodec().decodeNotification(from: bobsOnly.payload).id == "b1")
            hub.unsubscribe(alice)
            hub.unsubscribe(bob)
        }

        @Test func fanOutEncodesOncePerCodecWhateverTheNumberOfSubscribers() async throws {
            let hub = NotificationHub()
            let json = JSONCodec()
            let msgpack = MessagePackCodec()
            var jsonSubscribers: [HubSubscription] = []
            for _ in 0..<5 {
                jsonSubscribers.append(
                    try await hub.subscribe(recipient: "alice", codec: json, transport: .sse).subscription)
            }
            var msgpackSubscribers: [HubSubscription] = []
            for _ in 0..<3 {
                msgpackSubscribers.append(
                    try await hub.subscribe(recipient: "alice", codec: msgpack, transport: .webSocket).subscription)
            }
            let bob = try await hub.subscribe(recipient: "bob", codec: json, transport: .sse).subscription
            let stored = try await hub.publish(Self.note("n1", to: "alice"))

            #expect(hub.fanOutEncodeCount == 2, "one JSON and one MessagePack encoding for 8 subscribers")
            let expectedJSON = try json.encodedBytes(stored)
            let expectedMessagePack = try msgpack.encodedBytes(stored)
            for subscription in jsonSubscribers {
                let delivery = try #require(await Self.deliveries(subscription, count: 1).first)
                #expect(delivery.sequence == 1)
                #expect(Array(delivery.payload.readableBytesView) == expectedJSON)
            }
            for subscription in msgpackSubscribers {
                let delivery = try #require(await Self.deliveries(subscription, count: 1).first)
                #expect(Array(delivery.payload.readableBytesView) == expectedMessagePack)
            }
            #expect(bob.queuedCount == 0, "bob never sees alice's notification")
            try await hub.publish(Self.note("n2", to: "carol"))
            #expect(hub.fanOutEncodeCount == 2, "a recipient without subscribers costs no encoding")
        }

        @Test func subscribersOnlySeeTheirRecipientLiveAndInReplay() async throws {
            let hub = NotificationHub()
            try await hub.publish(Self.note("a1", to: "alice"))
            try await hub.publish(Self.note("b1", to: "bob"))
            try await hub.publish(Self.note("a2", to: "alice"))
            let (bob, replay) = try await hub.subscribe(
                recipient: "bob", codec: JSONCodec(), transport: .sse, after: .start)
            guard case .notifications(let replayed, epoch: 0) = replay else {
                Issue.record("expected a replay, got \(replay)")
                return
            }
            #expect(replayed.map(\.id) == ["b1"])
            try await hub.publish(Self.note("a3", to: "alice"))
            try await hub.publish(Self.note("b2", to: "bob"))
            let live = await Self.deliveries(bob, count: 1)
            #expect(live.map(\.sequence) == [2])
            #expect(live.map(\.cursor.description) == ["2"], "epoch 0 is written as the sequence alone")
            #expect(bob.queuedCount == 0)
        }

        @Test func replayIsTheLogAfterTheResumePointOrAResync() async throws {
            let hub = NotificationHub(configuration: NotifyWireServerConfiguration(replayCount: 2))
            for index in 1...4 { try await hub.publish(Self.note("a\(index)", to: "alice")) }
            let codec = JSONCodec()
            func replay(_ hub: NotificationHub, after: HubCursor?) async throws -> HubReplay {
                try await hub.subscribe(recipient: "alice", codec: codec, transport: .sse, after: after).replay
            }
            #expect(
                try await replay(hub, after: HubCursor(epoch: 0, sequence: 1))
                    == .resync(.init(reason: .tooOld, oldest: 3)))
            let recent = try await replay(hub, after: HubCursor(epoch: 0, sequence: 3))
            #expect(
                recent
                    == .notifications(
                        [
                            NotificationMessage(
                                id: "a4", kind: .comment, recipientID: "alice", title: "title a4", sequence: 4)
                        ], epoch: 0))
            #expect(
                try await replay(hub, after: HubCursor(epoch: 0, sequence: 99))
                    == .resync(.init(reason: .unknown, oldest: 3)),
                "newer than anything published: another installation's, or a restart")
            #expect(
                try await replay(hub, after: HubCursor(epoch: 77, sequence: 2))
                    == .resync(.init(reason: .foreign, oldest: 0)),
                "a cursor of another history (a PostgreSQL epoch)")
            let empty = NotificationHub()
            #expect(
                try await replay(empty, after: HubCursor(epoch: 0, sequence: 1))
                    == .resync(.init(reason: .unknown, oldest: 1)))
            #expect(try await replay(empty, after: .start) == .notifications([], epoch: 0))
            #expect(try await replay(hub, after: nil) == HubReplay.none)
        }

        @Test func aSubscriberWhoseQueueIsFullIsDroppedAndOthersAreNot() async throws {
            let hub = NotificationHub(configuration: NotifyWireServerConfiguration(queueCapacity: 2))
            let slow = try await hub.subscribe(recipient: "alice", codec: JSONCodec(), transport: .sse).subscription
            let reader = try await hub.subscribe(recipient: "alice", codec: JSONCodec(), transport: .webSocket)
                .subscription
            for index in 1...2 {
                try await hub.publish(Self.note("a\(index)", to: "alice"))
                #expect(await Self.deliveries(reader, count: 1).count == 1)
            }
            #expect(slow.queuedCount == 2)
            #expect(slow.end == nil)
            try await hub.publish(Self.note("a3", to: "alice"))
            #expect(slow.end == .slowConsumer)
            #expect(slow.queuedCount == 0, "a dropped subscriber's queue is released")
            #expect(await slow.next() == nil)
            #expect(await slow.ended() == .slowConsumer)
            #expect(reader.end == nil)
            #expect(await Self.deliveries(reader, count: 1).map(\.sequence) == [3])
            #expect(hub.subscriberCount == 1)
            let metrics = String(decoding: hub.metrics.render(), as: UTF8.self)
            #expect(metrics.contains("notifywire_slow_consumers_dropped_total{transport=\"sse\"} 1"))
            #expect(metrics.contains("notifywire_slow_consumers_dropped_total{transport=\"ws\"} 0"))
        }

        @Test func theConnectionGaugeFollowsSubscribeAndUnsubscribe() async throws {
            let hub = NotificationHub()
            let gauge = "notifywire_connections{transport=\"ws\",codec=\"protobuf\"}"
            func value() -> String? {
                String(decoding: hub.metrics.render(), as: UTF8.self).split(separator: "\n")
                    .first { $0.hasPrefix(gauge) }.map { String($0.dropFirst(gauge.count + 1)) }
            }
            #expect(value() == "0.0")
            let first = try await hub.subscribe(recipient: "alice", codec: ProtobufCodec(), transport: .webSocket)
                .subscription
            let second = try await hub.subscribe(recipient: "bob", codec: ProtobufCodec(), transport: .webSocket)
                .subscription
            #expect(value() == "2.0")
            hub.unsubscribe(first)
            hub.unsubscribe(first)
            #expect(value() == "1.0", "unsubscribing twice counts once")
            hub.unsubscribe(second)
            #expect(value() == "0.0")
            #expect(hub.subscriberCount == 0)
        }

        @Test func shutdownDeliversWhatWasQueuedThenEndsEverySubscription() async throws {
            let hub = NotificationHub()
            let subscription = try await hub.subscribe(recipient: "alice", codec: JSONCodec(), transport: .sse)
                .subscription
            try await hub.publish(Self.note("a1", to: "alice"))
            hub.shutdown()
            #expect(await Self.deliveries(subscription, count: 2).map(\.sequence) == [1])
            #expect(subscription.end == .shutdown)
            let late = try await hub.subscribe(recipient: "alice", codec: JSONCodec(), transport: .sse).subscription
            #expect(late.end == .shutdown)
            #expect(await late.next() == nil)
        }

        @Test func aHeartbeatRequestWakesTheReader() async throws {
            let hub = NotificationHub()
            let subscription = try await hub.subscribe(recipient: "alice", codec: JSONCodec(), transport: .sse)
                .subscription
            subscription.requestHeartbeat()
            guard case .heartbeat = await subscription.next() else {
                Issue.record("expected a heartbeat")
                return
            }
            try await hub.publish(Self.note("a1", to: "alice"))
            guard case .notification(let delivery) = await subscription.next() else {
                Issue.record("expected the notification")
                return
            }
            #expect(delivery.sequence == 1)
        }
    }
#endif
