#if Hummingbird
    import NotifyWire
    import NotifyWireHummingbird
    import PostgresNIO
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
                    "SELECT version FROM notifywire_schema", logger: PostgresCluster.logger
                ).decode(Int.self) {
                    versions.append(version)
                }
                var tables: [String] = []
                for try await name in try await connection.query(
                    "SELECT tablename::text FROM pg_tables WHERE tablename LIKE 'notifywire%' ORDER BY 1",
                    logger: PostgresCluster.logger
                ).decode(String.self) {
                    tables.append(name)
                }
                return (versions, tables)
            }
            #expect(versions == [1])
            #expect(
                tables == [
                    "notifywire_idempotency", "notifywire_notifications", "notifywire_recipients", "notifywire_schema",
                ])
        }

        @Test func aDatabaseOfANewerVersionIsRefused() async throws {
            let database = try await PostgresTestDatabase.make()
            try await database.withConnection { connection in
                try await connection.perform(
                    "CREATE TABLE notifywire_schema (singleton BOOLEAN PRIMARY KEY, version INTEGER NOT NULL)")
                try await connection.perform("INSERT INTO notifywire_schema VALUES (TRUE, 2)")
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
            #expect(failure.message.contains("version 2, newer than 1"))
            let untouched = try await database.withConnection { connection in
                var count = 0
                for try await value in try await connection.query(
                    "SELECT count(*)::int FROM pg_tables WHERE tablename = 'notifywire_recipients'",
                    logger: PostgresCluster.logger
                ).decode(Int.self) {
                    count = value
                }
                return count == 0
            }
            #expect(untouched)
        }
    }
#endif
