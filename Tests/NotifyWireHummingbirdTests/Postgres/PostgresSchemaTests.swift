#if Hummingbird
    import NotifyWire
    import NotifyWireHummingbird
    import PostgresNIO
    import NotifyWireLoad
    import Testing

    /// The schema: created on first start, idempotent, versioned, a newer one refused.
    @Suite struct PostgresSchemaTests {
        @Test func startingTwiceAndConcurrentlyIsIdempotent() async throws {
            let database = try await PostgresTestDatabase.make()
            // Three nodes starting at once (each run() prepares the schema), then once more.
            let engines = try (0..<3).map { try database.engine("node-\($0)") }
            try await database.running(engines) {
                for engine in engines { try await engine.ensureSchema() }
            }
            let again = try database.engine()
            try await database.running([again]) {
                try await again.ensureSchema()
                _ = try await again.append([testMessage("r", "1")], idempotencyKey: nil).notifications
            }
            let (versions, tables) = try await database.withConnection { connection in
                var versions: [Int] = []
                for try await version in try await connection.query(
                    "SELECT version FROM notifywire_schema", logger: ThrowawayPostgres.logger
                ).decode(Int.self) {
                    versions.append(version)
                }
                var tables: [String] = []
                for try await name in try await connection.query(
                    "SELECT tablename::text FROM pg_tables WHERE tablename LIKE 'notifywire%' ORDER BY 1",
                    logger: ThrowawayPostgres.logger
                ).decode(String.self) {
                    tables.append(name)
                }
                return (versions, tables)
            }
            #expect(versions == [2])
            #expect(
                tables == [
                    "notifywire_idempotency", "notifywire_notifications", "notifywire_recipients", "notifywire_schema",
                ])
        }

        /// A database left by version 1 (its tables as that version created them, with a recipient's log in it)
        /// is migrated to version 2 in place: the log keeps its epoch, head and rows, and an empty log (a
        /// recipient opened before its first notification) becomes possible.
        @Test func aVersionOneDatabaseIsMigratedInPlace() async throws {
            let database = try await PostgresTestDatabase.make()
            let versionOne = [
                "CREATE TABLE notifywire_schema (singleton BOOLEAN PRIMARY KEY DEFAULT TRUE CHECK (singleton), "
                    + "version INTEGER NOT NULL)",
                "INSERT INTO notifywire_schema VALUES (TRUE, 1)",
                "CREATE TABLE notifywire_recipients (recipient TEXT PRIMARY KEY, epoch BIGINT NOT NULL CHECK (epoch > 0), "
                    + "head BIGINT NOT NULL CHECK (head > 0), oldest BIGINT NOT NULL CHECK (oldest BETWEEN 1 AND head))",
                "CREATE TABLE notifywire_notifications (recipient TEXT NOT NULL, sequence BIGINT NOT NULL CHECK "
                    + "(sequence > 0), epoch BIGINT NOT NULL, payload BYTEA NOT NULL, created_at TIMESTAMPTZ NOT NULL "
                    + "DEFAULT clock_timestamp(), PRIMARY KEY (recipient, sequence))",
                "CREATE INDEX notifywire_notifications_created_at ON notifywire_notifications (created_at)",
                "CREATE TABLE notifywire_idempotency (key TEXT PRIMARY KEY, result BYTEA NOT NULL, created_at "
                    + "TIMESTAMPTZ NOT NULL DEFAULT clock_timestamp())",
                "CREATE INDEX notifywire_idempotency_created_at ON notifywire_idempotency (created_at)",
                "INSERT INTO notifywire_recipients VALUES ('old', 77, 1, 1)",
                "INSERT INTO notifywire_notifications (recipient, sequence, epoch, payload) VALUES ('old', 1, 77, "
                    + #"convert_to('{"id":"o1","kind":"COMMENT","recipientId":"old","title":"t","sequence":"1"}', 'UTF8'))"#,
            ]
            try await database.withConnection { connection in
                for statement in versionOne { try await connection.perform(PostgresQuery(unsafeSQL: statement)) }
            }
            let engine = try database.engine()
            try await database.running([engine]) {
                try await engine.ensureSchema()
                let read = try await engine.read(recipient: "old", after: nil, limit: 10)
                guard case .notifications(let notifications, let head) = read else {
                    Issue.record("the version 1 log was not read: \(read)")
                    return
                }
                #expect(notifications.map(\.id) == ["o1"])
                #expect(head == HubCursor(epoch: 77, sequence: 1))
                let opened = try await engine.openLog(of: "new")
                #expect(opened.epoch != 0 && opened.sequence == 0, "an empty log with its epoch")
                #expect(try await engine.openLog(of: "new") == opened, "opened once")
                #expect(try await engine.openLog(of: "old") == HubCursor(epoch: 77, sequence: 1))
                let stored = try await engine.append([testMessage("new", "n1")], idempotencyKey: nil)
                #expect(stored.notifications.map(\.sequence) == [1])
                #expect(stored.epochs["new"] == opened.epoch, "the first publication continues the opened log")
            }
            let version = try await database.withConnection { connection in
                var found = 0
                for try await value in try await connection.query(
                    "SELECT version FROM notifywire_schema", logger: ThrowawayPostgres.logger
                ).decode(Int.self) {
                    found = value
                }
                return found
            }
            #expect(version == 2)
        }

        @Test func aDatabaseOfANewerVersionIsRefused() async throws {
            let database = try await PostgresTestDatabase.make()
            try await database.withConnection { connection in
                try await connection.perform(
                    "CREATE TABLE notifywire_schema (singleton BOOLEAN PRIMARY KEY, version INTEGER NOT NULL)")
                try await connection.perform("INSERT INTO notifywire_schema VALUES (TRUE, 3)")
            }
            let engine = try database.engine()
            // run() must end with the error (within 10 s: a version that accepted the database would run on).
            let outcome: Result<Bool, any Error> = await withTaskGroup(of: Result<Bool, any Error>.self) { group in
                group.addTask {
                    do {
                        try await engine.run()
                        return .success(true)
                    } catch {
                        return .failure(error)
                    }
                }
                group.addTask {
                    try? await Task.sleep(for: .seconds(10))
                    return .success(false)
                }
                let first = await group.next() ?? .success(false)
                group.cancelAll()
                return first
            }
            guard case .failure(let error) = outcome, let failure = error as? HubEngineError else {
                Issue.record("run() did not refuse the newer schema: \(outcome)")
                return
            }
            #expect(failure.code == .newerSchema)
            #expect(failure.message.contains("version 3, newer than 2"))
            let untouched = try await database.withConnection { connection in
                var count = 0
                for try await value in try await connection.query(
                    "SELECT count(*)::int FROM pg_tables WHERE tablename = 'notifywire_recipients'",
                    logger: ThrowawayPostgres.logger
                ).decode(Int.self) {
                    count = value
                }
                return count == 0
            }
            #expect(untouched)
        }
    }
#endif
