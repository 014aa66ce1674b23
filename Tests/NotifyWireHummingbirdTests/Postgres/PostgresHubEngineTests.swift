#if Hummingbird
    import NIOCore
    import NotifyWire
    import NotifyWireHummingbird
    import PostgresNIO
    import NotifyWireLoad
    import Testing

    /// The PostgreSQL engine's log against a real PostgreSQL (``ThrowawayPostgres``), each test on its own database.
    @Suite struct PostgresHubEngineTests {
        @Test func concurrentAppendsFromTwoEnginesGetExactlyOneToN() async throws {
            let database = try await PostgresTestDatabase.make()
            let engines = [try database.engine("node-a"), try database.engine("node-b")]
            let (workers, perWorker) = (4, 75)  // per engine: 300 appends, 600 in all
            try await database.running(engines) {
                let returned = try await withThrowingTaskGroup(of: [UInt64].self) { group in
                    for (index, engine) in engines.enumerated() {
                        for worker in 0..<workers {
                            group.addTask {
                                var sequences: [UInt64] = []
                                for step in 0..<perWorker {
                                    let tag = "\(index)-\(worker)-\(step)"
                                    let stored = try await engine.append([testMessage("r", tag)], idempotencyKey: nil)
                                        .notifications
                                    sequences += stored.map(\.sequence)
                                }
                                return sequences
                            }
                        }
                    }
                    return try await group.reduce(into: []) { $0 += $1 }
                }
                let total = engines.count * workers * perWorker
                #expect(returned.sorted() == Array(1...UInt64(total)))
                let read = try await engines[1].read(recipient: "r", after: nil, limit: 10_000)
                let notifications = try #require(read.notifications)
                #expect(notifications.map(\.sequence) == Array(1...UInt64(total)))
                #expect(Set(notifications.map(\.id)).count == total)
                #expect(try await engines[0].head(of: "r").sequence == UInt64(total))
            }
        }

        @Test func batchesOverTwoRecipientsInOppositeOrdersDoNotDeadlock() async throws {
            let database = try await PostgresTestDatabase.make()
            let engines = [try database.engine("node-a"), try database.engine("node-b")]
            try await database.running(engines) {
                _ = try await engines[0].append([testMessage("a", "0"), testMessage("z", "0")], idempotencyKey: nil)
                    .notifications
                try await database.withConnection { holder in
                    // While a second connection holds a's counter row, [a, z] waits for a holding nothing. Then
                    // [z, a]: locked in batch order it would take z and wait for a, and once a is free the first
                    // batch would wait for z: a deadlock. Locked in one fixed order, it waits for a first.
                    try await holder.perform("BEGIN")
                    try await holder.perform("SELECT 1 FROM notifywire_recipients WHERE recipient = 'a' FOR UPDATE")
                    let first = Task {
                        try await engines[0].append(
                            [testMessage("a", "1"), testMessage("z", "1")], idempotencyKey: nil
                        ).notifications
                    }
                    try await eventually("[a, z] waits") { try await PostgresCommitOrderTests.lockWaits(holder) == 1 }
                    let second = Task {
                        try await engines[1].append(
                            [testMessage("z", "2"), testMessage("a", "2")], idempotencyKey: nil
                        ).notifications
                    }
                    try await eventually("[z, a] waits") { try await PostgresCommitOrderTests.lockWaits(holder) == 2 }
                    try await holder.perform("COMMIT")
                    #expect(try await first.value.map(\.sequence) == [2, 2])
                    #expect(try await second.value.map(\.sequence) == [3, 3])
                }
                for recipient in ["a", "z"] {
                    let read = try await engines[0].read(recipient: recipient, after: nil, limit: 10)
                    #expect(read.notifications?.map(\.id) == ["0", "1", "2"])
                }
            }
        }

        @Test func aBatchToOneRecipientIsContiguousAndReturnedInOrder() async throws {
            let database = try await PostgresTestDatabase.make()
            let engine = try database.engine()
            try await database.running([engine]) {
                let batch = [
                    testMessage("x", "1"), testMessage("y", "2"), testMessage("x", "3"), testMessage("x", "4"),
                ]
                let stored = try await engine.append(batch, idempotencyKey: nil).notifications
                #expect(stored.map(\.id) == ["1", "2", "3", "4"])
                #expect(stored.map(\.sequence) == [1, 1, 2, 3])
                let read = try await engine.read(recipient: "x", after: HubCursor.start, limit: 2)
                #expect(read.notifications?.map(\.id) == ["1", "3"])
                guard case .notifications(_, let head) = read else { return }
                #expect(head.sequence == 3 && head.epoch != 0)
                let rest = try await engine.read(
                    recipient: "x", after: HubCursor(epoch: head.epoch, sequence: 2), limit: 9)
                #expect(rest.notifications == [stored[3]])
            }
        }

        @Test func aPublicationThatFailsMidTransactionLeavesNoHole() async throws {
            let database = try await PostgresTestDatabase.make()
            let engine = try database.engine()
            try await database.running([engine]) {
                let first = try await engine.append([testMessage("r", "first")], idempotencyKey: nil).notifications
                let epoch = try await engine.head(of: "r").epoch
                // A row at sequence 3 makes the second insert of a two-notification batch (2, 3) fail.
                try await database.withConnection { connection in
                    try await connection.perform(
                        """
                        INSERT INTO notifywire_notifications (recipient, sequence, epoch, payload)
                        VALUES ('r', 3, \(Int64(epoch)), '\\x7b7d'::bytea)
                        """)
                }
                let failure = await #expect(throws: HubEngineError.self) {
                    try await engine.append([testMessage("r", "a"), testMessage("r", "b")], idempotencyKey: nil)
                        .notifications
                }
                #expect(failure?.code == .unavailable)
                #expect(failure?.message.contains("23505") == true)  // unique_violation
                try await database.withConnection { connection in
                    try await connection.perform(
                        "DELETE FROM notifywire_notifications WHERE sequence = 3")
                }
                let next = try await engine.append([testMessage("r", "next")], idempotencyKey: nil).notifications
                #expect(next.map(\.sequence) == [2])
                let read = try await engine.read(recipient: "r", after: nil, limit: 10)
                #expect(read == .notifications(first + next, head: HubCursor(epoch: epoch, sequence: 2)))
            }
        }

        @Test func theSameIdempotencyKeyStoresOnceAndReturnsTheFirstResult() async throws {
            let database = try await PostgresTestDatabase.make()
            let engines = [try database.engine("node-a"), try database.engine("node-b")]
            try await database.running(engines) {
                let batch = [testMessage("r", "1"), testMessage("s", "2")]
                let first = try await engines[0].append(batch, idempotencyKey: "key-1").notifications
                let again = try await engines[1].append([testMessage("r", "other")], idempotencyKey: "key-1")
                    .notifications
                #expect(again == first)
                #expect(first.map(\.sequence) == [1, 1])
                #expect(try await engines[0].heads(of: ["r", "s"]).mapValues(\.sequence) == ["r": 1, "s": 1])
                let other = try await engines[1].append([testMessage("r", "3")], idempotencyKey: "key-2").notifications
                #expect(other.map(\.sequence) == [2])
                // Concurrent retries with one key: one stores, every one answers its result.
                let racing = try await withThrowingTaskGroup(of: [NotificationMessage].self) { group in
                    for index in 0..<6 {
                        group.addTask {
                            try await engines[index % 2].append(
                                [testMessage("r", "race-\(index)")], idempotencyKey: "k3"
                            ).notifications
                        }
                    }
                    return try await group.reduce(into: []) { $0.append($1) }
                }
                #expect(Set(racing).count == 1)
                #expect(try await engines[0].head(of: "r").sequence == 3)
            }
        }

        @Test func anExpiredIdempotencyKeyStoresAgainAndRetentionDeletesIt() async throws {
            let database = try await PostgresTestDatabase.make()
            let engine = try database.engine { $0.idempotencyWindow = .zero }
            try await database.running([engine]) {
                let first = try await engine.append([testMessage("r", "1")], idempotencyKey: "k").notifications
                let second = try await engine.append([testMessage("r", "2")], idempotencyKey: "k").notifications
                #expect(first.map(\.sequence) == [1])
                #expect(second.map(\.sequence) == [2])
                #expect(try await engine.enforceRetention() == .init(idempotencyKeys: 1))
            }
        }

        @Test func readsTellTooOldUnknownAndForeignCursors() async throws {
            let database = try await PostgresTestDatabase.make()
            let engine = try database.engine { $0.retention = HubRetention(maxCount: 3) }
            let purger = try database.engine { $0.retention = HubRetention(maxCount: 3, maxAge: .zero) }
            try await database.running([engine, purger]) {
                for index in 1...5 {
                    _ = try await engine.append([testMessage("r", "\(index)")], idempotencyKey: nil).notifications
                }
                let report = try await engine.enforceRetention(batchSize: 1)
                #expect(report.notifications == 2)
                let epoch = try await engine.head(of: "r").epoch
                let read = { (sequence: UInt64) in
                    try await engine.read(recipient: "r", after: HubCursor(epoch: epoch, sequence: sequence), limit: 10)
                }
                #expect(try await read(1) == .tooOld(oldest: 3))
                #expect(try await read(2).notifications?.map(\.sequence) == [3, 4, 5])
                #expect(try await read(6) == .unknown(head: HubCursor(epoch: epoch, sequence: 5), oldest: 3))
                #expect(try await engine.read(recipient: "r", after: .start, limit: 10) == .tooOld(oldest: 3))
                #expect(try await engine.read(recipient: "r", after: nil, limit: 10).notifications?.count == 3)
                #expect(
                    try await engine.read(recipient: "nobody", after: .start, limit: 10)
                        == .notifications([], head: .start))

                // Purged completely (everything aged out), then published to again: a new history.
                #expect(
                    try await purger.enforceRetention() == .init(notifications: 3, recipients: 1, idempotencyKeys: 0))
                #expect(try await read(5) == .foreign(epoch: 0))
                let restarted = try await engine.append([testMessage("r", "again")], idempotencyKey: nil).notifications
                #expect(restarted.map(\.sequence) == [1])
                let newEpoch = try await engine.head(of: "r").epoch
                #expect(newEpoch != epoch && newEpoch != 0)
                #expect(try await read(5) == .foreign(epoch: newEpoch))
                #expect(try await read(0) == .foreign(epoch: newEpoch))
                #expect(try await engine.read(recipient: "r", after: .start, limit: 10).notifications == restarted)
            }
        }

        /// A read of several recipients in one statement answers each as its own read would: notifications after
        /// the cursor (at most `limit` each), too old, unknown, foreign, and an empty log for a recipient without.
        @Test func aReadOfSeveralRecipientsAnswersEachAsItsOwnRead() async throws {
            let database = try await PostgresTestDatabase.make()
            let engine = try database.engine { $0.retention = HubRetention(maxCount: 3) }
            try await database.running([engine]) {
                for index in 1...5 {
                    _ = try await engine.append(
                        [testMessage("a", "a\(index)"), testMessage("b", "b\(index)")], idempotencyKey: nil)
                }
                _ = try await engine.enforceRetention(batchSize: 100)
                let epochA = try await engine.head(of: "a").epoch
                let epochB = try await engine.head(of: "b").epoch
                let cursors: [String: HubCursor] = [
                    "a": HubCursor(epoch: epochA, sequence: 2), "b": HubCursor(epoch: epochB, sequence: 1),
                    "c": .start, "d": HubCursor(epoch: 99, sequence: 1), "e": HubCursor(epoch: epochA, sequence: 9),
                ]
                let together = try await engine.read(after: cursors, limit: 2)
                #expect(Set(together.keys) == Set(cursors.keys))
                for (recipient, cursor) in cursors {
                    let alone = try await engine.read(recipient: recipient, after: cursor, limit: 2)
                    #expect(together[recipient] == alone, "\(recipient)")
                }
                #expect(together["a"]?.notifications?.map(\.id) == ["a3", "a4"], "two after 2, the limit")
                #expect(together["b"] == .tooOld(oldest: 3))
                #expect(together["c"] == .notifications([], head: .start))
                #expect(together["d"] == .foreign(epoch: 0))
            }
        }

        @Test func anUnreachableDatabaseIsUnavailable() async throws {
            let port = try await ThrowawayPostgres.shared.start().port
            let configuration = PostgresHubConfiguration(
                url: try PostgresURL("postgres://postgres@127.0.0.1:\(port)/no_such_database?sslmode=disable"),
                operationTimeout: .milliseconds(500))
            let engine = PostgresHubEngine(configuration: configuration)
            await withThrowingTaskGroup(of: Void.self) { group in
                group.addTask { try await engine.run() }
                let failure = await #expect(throws: HubEngineError.self) {
                    try await engine.append([testMessage("r", "1")], idempotencyKey: nil).notifications
                }
                #expect(failure?.code == .unavailable)
                let health = await engine.health()
                #expect(!health.isHealthy)
                #expect(engine.lastFailure != nil)
                group.cancelAll()
            }
        }

        @Test(arguments: ["", String(repeating: "x", count: 1025), "nul\u{0}inside"])
        func recipientsPostgreSQLCannotStoreAreRefusedBeforeAnyQuery(recipient: String) async throws {
            let engine = PostgresHubEngine(
                configuration: PostgresHubConfiguration(url: try PostgresURL("postgres://u@127.0.0.1:1/d")))
            let failure = await #expect(throws: HubEngineError.self) {
                try await engine.append([testMessage(recipient, "1")], idempotencyKey: nil).notifications
            }
            #expect(failure?.code == .invalidInput)
        }
    }
#endif
