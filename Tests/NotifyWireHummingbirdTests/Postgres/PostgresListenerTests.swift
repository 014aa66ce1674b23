#if Hummingbird
    import NotifyWire
    @testable import NotifyWireHummingbird
    import PostgresNIO
    import NotifyWireLoad
    import Testing

    /// Cross-node wake-ups: one engine's publication wakes another's listener; a killed listener reconnects,
    /// is counted, asks for a resynchronisation of everything, and hears hints again.
    @Suite struct PostgresListenerTests {
        @Test func aPublicationWakesTheOtherNodeAndAKilledListenerReconnects() async throws {
            let database = try await PostgresTestDatabase.make()
            let nodeA = try database.engine("node-a")
            let nodeB = try database.engine("node-b")
            try await database.running([nodeA, nodeB]) {
                #expect(try await nextWakeUp(nodeB) == .everything)  // listening
                #expect(nodeB.isListening)
                #expect(await nodeB.health() == .healthy)
                _ = try await nodeA.append([testMessage("alice", "1"), testMessage("bob", "2")], idempotencyKey: nil)
                    .notifications
                var hinted: [String: HubCursor] = [:]
                while hinted.count < 2 {
                    guard case .heads(let heads) = try await nextWakeUp(nodeB) else {
                        Issue.record("expected hints with heads")
                        return
                    }
                    hinted.merge(heads) { $1 }
                }
                #expect(Set(hinted.keys) == ["alice", "bob"])
                #expect(hinted.values.allSatisfy { $0.epoch != 0 && $0.sequence == 1 }, "each log's new head")
                #expect(nodeB.listenerReconnects == 0)

                let terminated = try await database.withConnection { connection in
                    var count = 0
                    for try await value in try await connection.query(
                        """
                        SELECT count(pg_terminate_backend(pid))::int FROM pg_stat_activity
                        WHERE application_name = 'node-b listener' AND datname = current_database()
                        """, logger: ThrowawayPostgres.logger
                    ).decode(Int.self) {
                        count = value
                    }
                    return count
                }
                #expect(terminated == 1)
                #expect(try await nextWakeUp(nodeB) == .everything)  // listening again: resynchronise
                #expect(nodeB.listenerReconnects == 1)
                #expect(nodeA.listenerReconnects == 0)

                let published = try await nodeA.append([testMessage("carol", "3")], idempotencyKey: nil)
                let head = HubCursor(epoch: published.epochs["carol"] ?? 0, sequence: 1)
                #expect(try await nextWakeUp(nodeB) == .heads(["carol": head]), "the hint carries the head")
                let usage = try await nodeB.notificationQueueUsage()
                #expect(usage >= 0 && usage < 1)
            }
        }

        @Test func hintsCoalesceWhileTheConsumerIsBusyAndOverflowIntoEverything() async {
            let wakeUps = HubWakeUps(maxPendingRecipients: 3)
            wakeUps.hint(.recipients(["a"]))
            wakeUps.hint(.recipients(["b", "a"]))
            #expect(await wakeUps.next() == .recipients(["a", "b"]))
            wakeUps.hint(.recipients(["a", "b", "c", "d"]))
            wakeUps.hint(.recipients(["e"]))
            #expect(await wakeUps.next() == .everything)
            // Heads: the later one of a history is kept, a new history replaces, a plain hint takes over.
            wakeUps.hint(.heads(["a": HubCursor(epoch: 7, sequence: 5)]))
            wakeUps.hint(.heads(["a": HubCursor(epoch: 7, sequence: 3), "b": HubCursor(epoch: 7, sequence: 1)]))
            wakeUps.hint(.heads(["b": HubCursor(epoch: 9, sequence: 1)]))
            #expect(
                await wakeUps.next()
                    == .heads(["a": HubCursor(epoch: 7, sequence: 5), "b": HubCursor(epoch: 9, sequence: 1)]))
            wakeUps.hint(.heads(["a": HubCursor(epoch: 7, sequence: 6)]))
            wakeUps.hint(.recipients(["a"]))
            wakeUps.hint(.heads(["a": HubCursor(epoch: 7, sequence: 8), "c": HubCursor(epoch: 7, sequence: 2)]))
            #expect(await wakeUps.next() == .recipients(["a"]))
            #expect(await wakeUps.next() == .heads(["c": HubCursor(epoch: 7, sequence: 2)]))
            wakeUps.hint(.heads(["a": .start, "b": .start, "c": .start, "d": .start]))
            #expect(await wakeUps.next() == .everything, "past the limit")
            #expect(
                PostgresPublishStatement.wakeUp(hint: "77-5 alice smith")
                    == .heads(["alice smith": HubCursor(epoch: 77, sequence: 5)]))
            #expect(PostgresPublishStatement.wakeUp(hint: "bob") == .recipients(["bob"]))
            #expect(PostgresPublishStatement.wakeUp(hint: "12 bob") == .recipients(["12 bob"]), "epoch 0 is no head")
            wakeUps.hint(.recipients(["f"]))
            wakeUps.finish()
            #expect(await wakeUps.next() == nil)
        }
    }
#endif
