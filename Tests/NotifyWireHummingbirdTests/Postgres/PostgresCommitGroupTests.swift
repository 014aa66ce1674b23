#if Hummingbird
    import NotifyWire
    @testable import NotifyWireHummingbird
    import PostgresNIO
    import NotifyWireLoad
    import Synchronization
    import Testing

    /// Group commit: publications that wait while the node's commits are under way share the next one.
    @Suite struct PostgresCommitGroupTests {
        /// The commits a fake store saw, and a gate that holds the first ones until opened.
        final class Store: Sendable {
            let commits = Mutex<[[Int]]>([])
            let gate = Mutex<CheckedContinuation<Void, Never>?>(nil)
            let failing = Mutex<Set<Int>>([])

            func commit(_ items: [Int], held: Bool) async throws -> [String] {
                commits.withLock { $0.append(items) }
                if held { await withCheckedContinuation { continuation in gate.withLock { $0 = continuation } } }
                if !failing.withLock({ $0.isDisjoint(with: items) }) {
                    throw HubEngineError(.unavailable, "the store failed")
                }
                return items.map { "stored \($0)" }
            }

            /// Submits `item` to `group` in a task of its own, committed by this store.
            func submit(_ item: Int, weight: Int = 1, to group: PostgresCommitGroup<Int, String>)
                -> Task<String, any Error>
            {
                Task { try await group.submit(item, weight: weight) { try await self.commit($0, held: false) } }
            }

            /// Submits item 0, whose commit this store holds until the gate is opened; returns once it is held.
            func heldFirst(_ group: PostgresCommitGroup<Int, String>) async throws -> Task<String, any Error> {
                let first = Task { try await group.submit(0, weight: 1) { try await self.commit($0, held: true) } }
                try await eventually("the first commit is under way") { gate.withLock { $0 != nil } }
                return first
            }

            /// Submits `items` one after the other, each once the previous one waits (so they arrive in order).
            func queue(_ items: ClosedRange<Int>, to group: PostgresCommitGroup<Int, String>) async throws
                -> [Task<String, any Error>]
            {
                let before = group.waitingCount
                var waiting: [Task<String, any Error>] = []
                for item in items {
                    waiting.append(submit(item, to: group))
                    let count = before + waiting.count
                    try await eventually("publication \(item) waits") { group.waitingCount == count }
                }
                return waiting
            }
        }

        @Test func waitingPublicationsShareOneCommitAndEachGetsItsOwnPart() async throws {
            let group = PostgresCommitGroup<Int, String>(maxInFlight: 1, maxWeight: 100)
            let store = Store()
            let first = try await store.heldFirst(group)
            let waiting = try await store.queue(1...5, to: group)
            store.gate.withLock { $0?.resume() }
            #expect(try await first.value == "stored 0")
            for (offset, task) in waiting.enumerated() { #expect(try await task.value == "stored \(offset + 1)") }
            // The first alone, then the five in arrival order in one commit.
            #expect(store.commits.withLock { $0 } == [[0], [1, 2, 3, 4, 5]])
        }

        @Test func aFailedGroupFailsEveryMemberAndTheNextGroupCommits() async throws {
            let group = PostgresCommitGroup<Int, String>(maxInFlight: 1, maxWeight: 3)
            let store = Store()
            store.failing.withLock { $0 = [2] }
            let first = try await store.heldFirst(group)
            let waiting = try await store.queue(1...5, to: group)
            store.gate.withLock { $0?.resume() }
            #expect(try await first.value == "stored 0")
            // At most 3 notifications a group: 1, 2, 3 (which fails, item 2 being bad) and then 4, 5.
            for task in waiting[0..<3] { await #expect(throws: HubEngineError.self) { try await task.value } }
            #expect(try await waiting[3].value == "stored 4")
            #expect(try await waiting[4].value == "stored 5")
            #expect(store.commits.withLock { $0 } == [[0], [1, 2, 3], [4, 5]])
        }

        @Test func aPublicationHeavierThanAGroupCommitsAlone() async throws {
            let group = PostgresCommitGroup<Int, String>(maxInFlight: 1, maxWeight: 10)
            let store = Store()
            let first = try await store.heldFirst(group)
            let heavy = store.submit(1, weight: 50, to: group)
            try await eventually("the heavy publication waits") { group.waitingCount == 1 }
            let light = try await store.queue(2...2, to: group)[0]
            store.gate.withLock { $0?.resume() }
            _ = try await (first.value, heavy.value, light.value)
            #expect(store.commits.withLock { $0 } == [[0], [1], [2]])
        }

        /// On PostgreSQL: while two commits wait on a locked counter row, five more publications queue and are
        /// stored by one transaction (their rows share one `xmin`), with contiguous sequences in commit order.
        @Test func onPostgresQueuedPublicationsAreOneTransaction() async throws {
            let database = try await PostgresTestDatabase.make()
            let engine = try database.engine { $0.concurrentCommits = 2 }
            try await database.running([engine]) {
                _ = try await engine.append([testMessage("g", "0")], idempotencyKey: nil)
                try await database.withConnection { holder in
                    try await holder.perform("BEGIN")
                    try await holder.perform("SELECT head FROM notifywire_recipients WHERE recipient = 'g' FOR UPDATE")
                    let blocked = (1...2).map { tag in
                        Task { try await engine.append([testMessage("g", "b\(tag)")], idempotencyKey: nil) }
                    }
                    try await eventually("two commits wait for the counter row") {
                        try await PostgresCommitOrderTests.lockWaits(holder) == 2
                    }
                    var queued: [Task<HubPublication, any Error>] = []
                    for tag in 1...5 {
                        // One after the other, so that they queue in this order.
                        queued.append(
                            Task { try await engine.append([testMessage("g", "q\(tag)")], idempotencyKey: nil) })
                        try await eventually("publication q\(tag) queues") { engine.commits.waitingCount == tag }
                    }
                    try await holder.perform("COMMIT")
                    var sequences: [UInt64] = []
                    for task in blocked + queued {
                        let publication = try await task.value
                        #expect(publication.notifications.count == 1)
                        #expect(publication.epochs["g"] != nil)
                        sequences += publication.notifications.map(\.sequence)
                    }
                    #expect(sequences.sorted() == Array(2...8))
                }
                let read = try await engine.read(recipient: "g", after: nil, limit: 100)
                #expect(read.notifications?.map(\.sequence) == Array(1...8))
                // The queued five in their arrival order, one after the other.
                let queuedIDs = read.notifications?.map(\.id).filter { $0.hasPrefix("q") }
                #expect(queuedIDs == ["q1", "q2", "q3", "q4", "q5"])
                let transactions = try await database.withConnection { connection in
                    var byTag: [String: String] = [:]
                    for try await (sequence, xmin) in try await connection.query(
                        "SELECT sequence, xmin::text FROM notifywire_notifications WHERE recipient = 'g'",
                        logger: ThrowawayPostgres.logger
                    ).decode((Int64, String).self) {
                        if let id = read.notifications?.first(where: { $0.sequence == UInt64(sequence) })?.id {
                            byTag[id] = xmin
                        }
                    }
                    return byTag
                }
                let queuedTransactions = Set(["q1", "q2", "q3", "q4", "q5"].compactMap { transactions[$0] })
                #expect(queuedTransactions.count == 1)
                #expect(Set(transactions.values).count == 4)
            }
        }
    }
#endif
