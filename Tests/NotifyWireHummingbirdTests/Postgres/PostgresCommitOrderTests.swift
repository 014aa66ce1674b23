#if Hummingbird
    import NIOCore
    import NotifyWire
    import NotifyWireHummingbird
    import PostgresNIO
    import NotifyWireLoad
    import Testing

    /// Why the cursor is a per-recipient sequence taken under the counter row's lock, not a BIGSERIAL: the same
    /// interleaving (a publication commits while an earlier one is still open) skips a row for an `id > cursor`
    /// reader and skips nothing for the engine's readers.
    @Suite struct PostgresCommitOrderTests {
        @Test func aWaitingPublicationCommitsAfterTheOpenOneAndReadersSkipNothing() async throws {
            let database = try await PostgresTestDatabase.make()
            let engine = try database.engine()
            try await database.running([engine]) {
                let first = try await engine.append([testMessage("r", "1")], idempotencyKey: nil).notifications
                let epoch = try await engine.head(of: "r").epoch
                let cursor = HubCursor(epoch: epoch, sequence: 1)
                try await database.withConnection { holder in
                    // An open publication on a second connection: it holds the counter row and has stored 2.
                    try await holder.perform("BEGIN")
                    var head = 0
                    for try await value in try await holder.query(
                        "UPDATE notifywire_recipients SET head = head + 1 WHERE recipient = 'r' RETURNING head",
                        logger: ThrowawayPostgres.logger
                    ).decode(Int.self) {
                        head = value
                    }
                    #expect(head == 2)
                    var payload = ByteBuffer()
                    var second = testMessage("r", "2")
                    second.sequence = 2
                    try JSONCodec().encode(second, into: &payload)
                    try await holder.perform(
                        """
                        INSERT INTO notifywire_notifications (recipient, sequence, epoch, payload)
                        VALUES ('r', 2, \(Int64(epoch)), \(payload))
                        """)

                    // A second publication waits for the row; it cannot take sequence 2 or commit before it.
                    let waiting = Task {
                        try await engine.append([testMessage("r", "3")], idempotencyKey: nil).notifications
                    }
                    try await eventually("the second publication waits for the counter row's lock") {
                        try await Self.lockWaits(holder) == 1
                    }
                    #expect(
                        try await engine.read(recipient: "r", after: cursor, limit: 10)
                            == .notifications([], head: cursor))

                    try await holder.perform("COMMIT")
                    let third = try await waiting.value
                    #expect(third.map(\.sequence) == [3])
                    let read = try await engine.read(recipient: "r", after: cursor, limit: 10)
                    #expect(read.notifications?.map(\.id) == ["2", "3"])
                    #expect(read.notifications?.map(\.sequence) == [2, 3])
                    #expect(first.map(\.sequence) == [1])
                }
            }
        }

        @Test func aBigSerialCursorSkipsARowUnderTheSameInterleaving() async throws {
            let database = try await PostgresTestDatabase.make()
            try await database.withConnection { reader in
                try await reader.perform("CREATE TABLE serial_log (id BIGSERIAL PRIMARY KEY, body TEXT NOT NULL)")
                try await database.withConnection { early in
                    // The early publication takes id 1 and stays open; a later one takes id 2 and commits first.
                    try await early.perform("BEGIN")
                    try await early.perform("INSERT INTO serial_log (body) VALUES ('early')")
                    try await database.withConnection { late in
                        try await late.perform("INSERT INTO serial_log (body) VALUES ('late')")
                    }
                    var cursor: Int64 = 0
                    var seen: [String] = []
                    for try await (id, body) in try await reader.query(
                        "SELECT id, body FROM serial_log WHERE id > \(cursor) ORDER BY id",
                        logger: ThrowawayPostgres.logger
                    ).decode((Int64, String).self) {
                        cursor = id
                        seen.append(body)
                    }
                    try await early.perform("COMMIT")
                    for try await (id, body) in try await reader.query(
                        "SELECT id, body FROM serial_log WHERE id > \(cursor) ORDER BY id",
                        logger: ThrowawayPostgres.logger
                    ).decode((Int64, String).self) {
                        cursor = id
                        seen.append(body)
                    }
                    var stored: [String] = []
                    for try await body in try await reader.query(
                        "SELECT body FROM serial_log ORDER BY id", logger: ThrowawayPostgres.logger
                    ).decode(String.self) {
                        stored.append(body)
                    }
                    #expect(stored == ["early", "late"])
                    #expect(seen == ["late"], "the id > cursor reader skipped 'early' for good")
                }
            }
        }

        /// The backends of this database waiting for a lock. Inside a transaction PostgreSQL keeps the first
        /// view of `pg_stat_activity` until it ends, so the view is dropped first.
        static func lockWaits(_ connection: PostgresConnection) async throws -> Int {
            try await connection.perform("SELECT pg_stat_clear_snapshot()")
            var count = 0
            for try await value in try await connection.query(
                """
                SELECT count(*)::int FROM pg_stat_activity
                WHERE datname = current_database() AND wait_event_type = 'Lock'
                """, logger: ThrowawayPostgres.logger
            ).decode(Int.self) {
                count = value
            }
            return count
        }
    }
#endif
