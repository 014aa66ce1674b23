#if Hummingbird
    import NotifyWire
    import NotifyWireHummingbird
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
                var hinted: Set<String> = []
                while hinted != ["alice", "bob"] {
                    guard case .recipients(let names) = try await nextWakeUp(nodeB) else {
                        Issue.record("expected recipient hints")
                        return
                    }
                    hinted.formUnion(names)
                }
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

                _ = try await nodeA.append([testMessage("carol", "3")], idempotencyKey: nil).notifications
                #expect(try await nextWakeUp(nodeB) == .recipients(["carol"]))
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
            wakeUps.hint(.recipients(["f"]))
            wakeUps.finish()
            #expect(await wakeUps.next() == nil)
        }
    }
#endif
