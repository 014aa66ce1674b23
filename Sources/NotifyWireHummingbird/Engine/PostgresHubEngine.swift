#if Hummingbird
    public import Logging
    import NIOCore
    import NIOSSL
    import NotifyWire
    import PostgresNIO
    public import ServiceLifecycle
    import Synchronization

    /// A ``HubEngine`` on PostgreSQL (postgres-nio): a durable per-recipient log shared by every node on the
    /// database, publications as transactions, and a `LISTEN` connection for cross-node wake-ups.
    ///
    /// **Run it.** The engine is a `Service`: ``run()`` runs the connection pool (postgres-nio's
    /// `PostgresClient.run()`, without which no query is ever sent), creates or checks the schema (see
    /// `PostgresHubSchema`), and supervises the listener until graceful shutdown or cancellation. Put it in the
    /// application's `ServiceGroup` *before* the hub (services stop in reverse order, so the hub ends its streams
    /// while the database is still there), or run it in a task the hub owns. Calls made before ``run()`` wait
    /// (at most ``PostgresHubConfiguration/operationTimeout``).
    ///
    /// **Guarantees.** ``append(_:idempotencyKey:)`` is one transaction (possibly shared with other publications
    /// of the node: see ``PostgresHubConfiguration/concurrentCommits``): it locks each recipient's counter row in
    /// a fixed order (no deadlocks between batches), takes the next sequences, inserts the rows, sends
    /// `pg_notify('notifywire', recipient)` (a hint, never the payload; PostgreSQL delivers it at COMMIT) and
    /// returns after COMMIT. Sequences are contiguous per recipient and in commit order, so a reader that saw
    /// sequence *n* has seen every sequence before it; a failed publication leaves no hole.
    ///
    /// **Wake-ups.** ``wakeUps`` yields the recipients hinted by any node's publications (this node's too), and
    /// ``HubWakeUp/everything`` after every (re)connection of the listener: hints sent while it was away are
    /// lost, so the hub reads every subscribed recipient after its last delivered sequence.
    /// ``listenerReconnects`` counts the reconnections.
    public final class PostgresHubEngine: HubEngine, Service {
        /// The channel of the hints.
        public static let channel = "notifywire"
        /// The longest recipient or idempotency key stored, in UTF-8 bytes (a B-tree key must stay well under
        /// PostgreSQL's 2,704-byte limit, and a hint under NOTIFY's 8,000).
        public static let maxKeyBytes = 1024

        /// The settings.
        public let configuration: PostgresHubConfiguration
        /// The wake-ups, for the hub (one consumer).
        public let wakeUps = HubWakeUps()
        let client: PostgresClient
        let logger: Logger
        let applicationName: String
        let codec = JSONCodec()
        let state = Mutex(EngineState())
        /// The group commit of publications without an idempotency key.
        let commits: PostgresCommitGroup<PublishRows, HubPublication>

        struct EngineState {
            var schemaReady = false
            var listening = false
            var everListened = false
            var reconnects = 0
            var lastFailure: String?
        }

        /// Creates an engine for `configuration` (nothing connects before ``run()``).
        /// - Parameter applicationName: the `application_name` of its connections (the listener's gets
        ///   ` listener` appended), as `pg_stat_activity` shows them.
        public init(
            configuration: PostgresHubConfiguration, applicationName: String = "notifywire",
            logger: Logger = Logger(label: "notifywire.postgres")
        ) {
            self.configuration = configuration
            self.logger = logger
            self.applicationName = applicationName
            commits = PostgresCommitGroup(
                maxInFlight: configuration.concurrentCommits, maxWeight: configuration.maximumGroupedNotifications)
            let url = configuration.url
            var clientConfiguration: PostgresClient.Configuration
            if let socket = url.unixSocketPath {
                clientConfiguration = .init(
                    unixSocketPath: socket, username: url.user, password: url.password, database: url.database)
            } else {
                let tls: PostgresClient.Configuration.TLS
                switch url.tls {
                case .disable: tls = .disable
                case .prefer: tls = .prefer(Self.tlsConfiguration(for: url))
                case .require, .verifyFull: tls = .require(Self.tlsConfiguration(for: url))
                }
                clientConfiguration = .init(
                    host: url.host, port: url.port, username: url.user, password: url.password,
                    database: url.database, tls: tls)
            }
            clientConfiguration.options.maximumConnections = max(1, configuration.maximumConnections)
            clientConfiguration.options.additionalStartupParameters = [("application_name", applicationName)]
            client = PostgresClient(configuration: clientConfiguration, backgroundLogger: logger)
        }

        /// The client TLS settings of `url`: verified only for `sslmode=verify-full` (libpq's `prefer` and
        /// `require` encrypt without checking the certificate).
        private static func tlsConfiguration(for url: PostgresURL) -> TLSConfiguration {
            var tls = TLSConfiguration.makeClientConfiguration()
            if url.tls != .verifyFull { tls.certificateVerification = .none }
            return tls
        }

        /// The settings of a connection of its own (the listener's, the schema's), named `applicationName`.
        func connectionConfiguration(applicationName: String) throws -> PostgresConnection.Configuration {
            let url = configuration.url
            var connection: PostgresConnection.Configuration
            if let socket = url.unixSocketPath {
                connection = .init(
                    unixSocketPath: socket, username: url.user, password: url.password, database: url.database)
            } else {
                let tls: PostgresConnection.Configuration.TLS
                switch url.tls {
                case .disable: tls = .disable
                case .prefer: tls = .prefer(try NIOSSLContext(configuration: Self.tlsConfiguration(for: url)))
                case .require, .verifyFull:
                    tls = .require(try NIOSSLContext(configuration: Self.tlsConfiguration(for: url)))
                }
                connection = .init(
                    host: url.host, port: url.port, username: url.user, password: url.password,
                    database: url.database, tls: tls)
            }
            connection.options.additionalStartupParameters = [("application_name", applicationName)]
            return connection
        }

        /// Runs the pool, prepares the schema and supervises the listener until graceful shutdown or
        /// cancellation; then ends ``wakeUps``. While the database is unreachable at start it keeps trying.
        /// Call it once per engine (postgres-nio's `PostgresClient.run()` may run only once).
        /// - Throws: ``HubEngineError`` ``HubEngineError/Code/newerSchema`` (the process should exit).
        public func run() async throws {
            defer { wakeUps.finish() }
            try await withThrowingTaskGroup(of: Void.self) { group in
                group.addTask { await self.client.run() }
                group.addTask { await self.superviseListener() }
                // Until the schema is ready, or graceful shutdown (a database that never came up must not
                // hold the process's shutdown).
                let prepared: Bool
                do {
                    prepared = try await cancelWhenGracefulShutdown {
                        var delay = self.configuration.listenerInitialBackoff
                        while true {
                            do {
                                try await self.ensureSchema()
                                return true
                            } catch let error as HubEngineError where error.code == .unavailable {
                                self.logger.warning(
                                    "PostgreSQL schema not ready, retrying", metadata: ["error": "\(error)"])
                                try await Task.sleep(for: delay)
                                delay = min(delay * 2, self.configuration.listenerMaximumBackoff)
                            }
                        }
                    }
                } catch let error as HubEngineError {
                    group.cancelAll()
                    throw error
                } catch {
                    prepared = false
                }
                if prepared && !Task.isCancelled {
                    group.addTask { await self.enforceRetentionPeriodically() }
                    try? await gracefulShutdown()
                }
                group.cancelAll()
            }
        }

        /// Creates or checks the schema once (every call does it until it has succeeded), on a connection of its
        /// own. ``run()`` calls it; the CLI may call it first to fail fast on ``HubEngineError/Code/newerSchema``.
        /// - Throws: ``HubEngineError`` (``HubEngineError/Code/newerSchema``, ``HubEngineError/Code/unavailable``).
        public func ensureSchema() async throws {
            guard !state.withLock({ $0.schemaReady }) else { return }
            // On a connection of its own, not from the pool: it works before the pool runs (run() prepares the
            // schema while postgres-nio's client is still starting).
            try await database("prepare the schema") { engine in
                let configuration = try engine.connectionConfiguration(applicationName: engine.applicationName)
                let connection = try await PostgresConnection.connect(
                    configuration: configuration, id: 0, logger: engine.logger)
                do {
                    try await PostgresHubSchema.migrate(connection, logger: engine.logger)
                    try await connection.close()
                } catch {
                    try? await connection.close()
                    throw error
                }
            }
            state.withLock { $0.schemaReady = true }
        }

        /// Whether the listener is connected and listening now.
        public var isListening: Bool { state.withLock { $0.listening } }

        /// How many times the listener has connected again after losing its connection.
        public var listenerReconnects: Int { state.withLock { $0.reconnects } }

        /// How full PostgreSQL's NOTIFY queue is, 0 … 1 (`pg_notification_queue_usage()`); at 1 publications
        /// fail, so a listener that stopped reading shows here first.
        public func notificationQueueUsage() async throws -> Double {
            try await database("read the NOTIFY queue usage") { engine in
                var usage = 0.0
                for try await value in try await engine.client.query("SELECT pg_notification_queue_usage()")
                    .decode(Double.self)
                {
                    usage = value
                }
                return usage
            }
        }

        /// ``listenerReconnects`` and ``notificationQueueUsage()`` (`nil` when it could not be read).
        public func statistics() async -> HubEngineStatistics? {
            HubEngineStatistics(
                listenerReconnects: listenerReconnects, notifyQueueUsage: try? await notificationQueueUsage())
        }

        /// Healthy when the database answers `SELECT 1` within the operation timeout and the listener listens.
        public func health() async -> HubEngineHealth {
            do {
                try await database("answer a health check") { engine in
                    _ = try await engine.client.query("SELECT 1").collect()
                }
            } catch {
                return HubEngineHealth(isHealthy: false, reason: "\(error)")
            }
            if !isListening {
                return HubEngineHealth(
                    isHealthy: false, reason: "the LISTEN connection to PostgreSQL is down (reconnecting)")
            }
            return .healthy
        }

        /// The most recent database failure, one sentence (`nil` when the last call succeeded).
        public var lastFailure: String? { state.withLock { $0.lastFailure } }
    }
#endif
