#if Hummingbird
    import Logging
    import NotifyWire
    import NotifyWireHummingbird
    import NotifyWireLoad
    import PostgresNIO
    import Testing

    extension ThrowawayPostgres {
        /// The cluster of this test process, started by the first test that needs it; every test makes its own
        /// database on it.
        static let shared = ThrowawayPostgres()
    }

    /// A database of its own on the shared test cluster, with engines running on it for one test.
    struct PostgresTestDatabase {
        /// The database's URL.
        let url: String

        /// Creates a fresh database.
        static func make() async throws -> PostgresTestDatabase {
            PostgresTestDatabase(url: try await ThrowawayPostgres.shared.makeDatabase())
        }

        /// An engine on this database (not running), named `name` in `pg_stat_activity`.
        func engine(
            _ name: String = "notifywire", configure: (inout PostgresHubConfiguration) -> Void = { _ in }
        ) throws -> PostgresHubEngine {
            var configuration = PostgresHubConfiguration(url: try PostgresURL(url), maximumConnections: 4)
            configure(&configuration)
            return PostgresHubEngine(configuration: configuration, applicationName: name)
        }

        /// Runs `engines` (``PostgresHubEngine/run()``) while `body` runs, then cancels them.
        func running<Value: Sendable>(
            _ engines: [PostgresHubEngine], _ body: () async throws -> Value
        ) async throws -> Value {
            try await withThrowingTaskGroup(of: Void.self) { group in
                for engine in engines { group.addTask { try await engine.run() } }
                let value = try await body()
                group.cancelAll()
                return value
            }
        }

        /// Runs `body` on a connection of its own (a second client: holds locks, plants rows, inspects).
        func withConnection<Value: Sendable>(_ body: (PostgresConnection) async throws -> Value) async throws -> Value {
            let parsed = try PostgresURL(url)
            return try await ThrowawayPostgres.withConnection(port: parsed.port, database: parsed.database, body)
        }
    }

    /// The notifications the Postgres tests publish: `recipient`, id `tag-i`, distinguishable bodies.
    func testMessage(_ recipient: String, _ tag: String) -> NotificationMessage {
        NotificationMessage(id: tag, kind: .mention, recipientID: recipient, title: "t \(tag)", body: "b \(tag)")
    }

    /// Waits (at most 30 s) until `condition` holds, checking every 20 ms.
    func eventually(_ what: String, _ condition: () async throws -> Bool) async throws {
        // Bounded by the clock, not by a count of tries: a loaded machine makes each try slower. The condition is
        // checked once more after the deadline: a task that was not scheduled for a while (a starved pool) must
        // not time out without having looked.
        let deadline = ContinuousClock.now + .seconds(30)
        while ContinuousClock.now < deadline {
            if try await condition() { return }
            try await Task.sleep(for: .milliseconds(20))
        }
        if try await condition() { return }
        Issue.record("timed out waiting until \(what)")
        throw CancellationError()
    }

    /// The next wake-up of `engine` (at most 10 s).
    func nextWakeUp(_ engine: PostgresHubEngine) async throws -> HubWakeUp {
        let wakeUp: HubWakeUp? = try await withThrowingTaskGroup(of: HubWakeUp?.self) { group in
            group.addTask { await engine.wakeUps.next() }
            group.addTask {
                try await Task.sleep(for: .seconds(10))
                return nil
            }
            let first = try await group.next() ?? nil
            group.cancelAll()
            return first
        }
        return try #require(wakeUp, "no wake-up within 10 s")
    }

    extension PostgresConnection {
        /// Runs a statement to its end (reading its rows, so that a failure is seen here).
        func perform(_ query: PostgresQuery) async throws {
            _ = try await self.query(query, logger: ThrowawayPostgres.logger).collect()
        }
    }

    extension HubEngineRead {
        /// The notifications of a `.notifications` read, else `nil`.
        var notifications: [NotificationMessage]? {
            if case .notifications(let notifications, _) = self { return notifications }
            return nil
        }
    }
#endif
