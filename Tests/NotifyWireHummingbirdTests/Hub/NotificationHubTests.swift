#if Hummingbird
    import NIOCore
    import NotifyWire
    import NotifyWireHummingbird
    import Testing

    /// The hub without a server: sequences, fan-out, encode-once, recipient scoping, replay, slow consumers.
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

        @Test func publishAssignsSequencesOneTwoThreeOverridingTheInput() {
            let hub = NotificationHub()
            let stored = ["a", "b", "c"].map { hub.publish(Self.note($0, to: "alice", sequence: 99)) }
            #expect(stored.map(\.sequence) == [1, 2, 3])
            #expect(hub.log.retainedEntries.map(\.sequence) == [1, 2, 3])
            #expect(hub.log.retainedEntries.map(\.payload.id) == ["a", "b", "c"])
        }

        @Test func aBatchIsPublishedUnderConsecutiveSequencesAndFannedOutToEachRecipient() async throws {
            let hub = NotificationHub()
            hub.publish(Self.note("before", to: "carol"))
            let alice = try hub.subscribe(recipient: "alice", codec: JSONCodec(), transport: .sse).subscription
            let bob = try hub.subscribe(recipient: "bob", codec: MessagePackCodec(), transport: .webSocket).subscription
            let stored = hub.publish(contentsOf: [
                Self.note("a1", to: "alice", sequence: 7), Self.note("b1", to: "bob"), Self.note("a2", to: "alice"),
            ])
            #expect(stored.map(\.sequence) == [2, 3, 4])
            #expect(stored.map(\.id) == ["a1", "b1", "a2"])
            #expect(hub.log.retainedEntries.map(\.sequence) == [1, 2, 3, 4])
            #expect(await Self.deliveries(alice, count: 2).map(\.sequence) == [2, 4])
            let bobsOnly = try #require(await Self.deliveries(bob, count: 1).first)
            #expect(bobsOnly.sequence == 3)
            #expect(try MessagePackCodec().decodeNotification(from: bobsOnly.payload).id == "b1")
            hub.unsubscribe(alice)
            hub.unsubscribe(bob)
        }

        @Test func fanOutEncodesOncePerCodecWhateverTheNumberOfSubscribers() async throws {
            let hub = NotificationHub()
            let json = JSONCodec()
            let msgpack = MessagePackCodec()
            let jsonSubscribers = try (0..<5).map { _ in
                try hub.subscribe(recipient: "alice", codec: json, transport: .sse).subscription
            }
            let msgpackSubscribers = try (0..<3).map { _ in
                try hub.subscribe(recipient: "alice", codec: msgpack, transport: .webSocket).subscription
            }
            let bob = try hub.subscribe(recipient: "bob", codec: json, transport: .sse).subscription
            let stored = hub.publish(Self.note("n1", to: "alice"))

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
            hub.publish(Self.note("n2", to: "carol"))
            #expect(hub.fanOutEncodeCount == 2, "a recipient without subscribers costs no encoding")
        }

        @Test func subscribersOnlySeeTheirRecipientLiveAndInReplay() async throws {
            let hub = NotificationHub()
            hub.publish(Self.note("a1", to: "alice"))
            hub.publish(Self.note("b1", to: "bob"))
            hub.publish(Self.note("a2", to: "alice"))
            let (bob, replay) = try hub.subscribe(recipient: "bob", codec: JSONCodec(), transport: .sse, after: 0)
            guard case .notifications(let replayed) = replay else {
                Issue.record("expected a replay, got \(replay)")
                return
            }
            #expect(replayed.map(\.id) == ["b1"])
            hub.publish(Self.note("a3", to: "alice"))
            hub.publish(Self.note("b2", to: "bob"))
            let live = await Self.deliveries(bob, count: 1)
            #expect(live.map(\.sequence) == [5])
            #expect(bob.queuedCount == 0)
        }

        @Test func replayIsTheLogAfterTheResumePointOrTooOldOrUnknown() throws {
            let hub = NotificationHub(configuration: NotifyWireServerConfiguration(replayCount: 2))
            for index in 1...4 { hub.publish(Self.note("a\(index)", to: "alice")) }
            let codec = JSONCodec()
            let tooOld = try hub.subscribe(recipient: "alice", codec: codec, transport: .sse, after: 1).replay
            #expect(tooOld == .tooOld(oldest: 3))
            let recent = try hub.subscribe(recipient: "alice", codec: codec, transport: .sse, after: 3).replay
            #expect(
                recent
                    == .notifications([
                        NotificationMessage(
                            id: "a4", kind: .comment, recipientID: "alice", title: "title a4", sequence: 4)
                    ]))
            let newer = try hub.subscribe(recipient: "alice", codec: codec, transport: .sse, after: 99).replay
            #expect(
                newer == .resumePointUnknown(oldest: 3), "newer than anything published: another server's, or a restart"
            )
            let empty = NotificationHub()
            let fromEmpty = try empty.subscribe(recipient: "alice", codec: codec, transport: .sse, after: 1).replay
            #expect(fromEmpty == .resumePointUnknown(oldest: 0))
            let fromZero = try empty.subscribe(recipient: "alice", codec: codec, transport: .sse, after: 0).replay
            #expect(fromZero == .notifications([]))
            let live = try hub.subscribe(recipient: "alice", codec: codec, transport: .sse).replay
            #expect(live == .none)
        }

        @Test func aSubscriberWhoseQueueIsFullIsDroppedAndOthersAreNot() async throws {
            let hub = NotificationHub(configuration: NotifyWireServerConfiguration(queueCapacity: 2))
            let slow = try hub.subscribe(recipient: "alice", codec: JSONCodec(), transport: .sse).subscription
            let reader = try hub.subscribe(recipient: "alice", codec: JSONCodec(), transport: .webSocket).subscription
            for index in 1...2 {
                hub.publish(Self.note("a\(index)", to: "alice"))
                #expect(await Self.deliveries(reader, count: 1).count == 1)
            }
            #expect(slow.queuedCount == 2)
            #expect(slow.end == nil)
            hub.publish(Self.note("a3", to: "alice"))
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

        @Test func theConnectionGaugeFollowsSubscribeAndUnsubscribe() throws {
            let hub = NotificationHub()
            let gauge = "notifywire_connections{transport=\"ws\",codec=\"protobuf\"}"
            func value() -> String? {
                String(decoding: hub.metrics.render(), as: UTF8.self).split(separator: "\n")
                    .first { $0.hasPrefix(gauge) }.map { String($0.dropFirst(gauge.count + 1)) }
            }
            #expect(value() == "0.0")
            let first = try hub.subscribe(recipient: "alice", codec: ProtobufCodec(), transport: .webSocket)
                .subscription
            let second = try hub.subscribe(recipient: "bob", codec: ProtobufCodec(), transport: .webSocket).subscription
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
            let subscription = try hub.subscribe(recipient: "alice", codec: JSONCodec(), transport: .sse).subscription
            hub.publish(Self.note("a1", to: "alice"))
            hub.shutdown()
            #expect(await Self.deliveries(subscription, count: 2).map(\.sequence) == [1])
            #expect(subscription.end == .shutdown)
            let late = try hub.subscribe(recipient: "alice", codec: JSONCodec(), transport: .sse).subscription
            #expect(late.end == .shutdown)
            #expect(await late.next() == nil)
        }

        @Test func aHeartbeatRequestWakesTheReader() async throws {
            let hub = NotificationHub()
            let subscription = try hub.subscribe(recipient: "alice", codec: JSONCodec(), transport: .sse).subscription
            subscription.requestHeartbeat()
            guard case .heartbeat = await subscription.next() else {
                Issue.record("expected a heartbeat")
                return
            }
            hub.publish(Self.note("a1", to: "alice"))
            guard case .notification(let delivery) = await subscription.next() else {
                Issue.record("expected the notification")
                return
            }
            #expect(delivery.sequence == 1)
        }
    }
#endif
