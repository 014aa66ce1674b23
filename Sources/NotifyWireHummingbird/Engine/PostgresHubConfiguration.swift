#if Hummingbird
    /// The settings of a ``PostgresHubEngine``, with documented defaults.
    public struct PostgresHubConfiguration: Sendable {
        /// Where the database is.
        public var url: PostgresURL
        /// What each recipient's log keeps (``PostgresHubEngine/enforceRetention(batchSize:)`` removes the rest).
        public var retention: HubRetention
        /// How long an idempotency key answers with its first result. Default: 24 hours.
        public var idempotencyWindow: Duration
        /// The longest any engine call waits for the database (a free connection, the statements, the commit)
        /// before it throws ``HubEngineError/Code/unavailable``. Default: 5 s.
        public var operationTimeout: Duration
        /// The most pooled connections (queries and publications; the listener has its own). Default: 10.
        public var maximumConnections: Int
        /// The most publications (without idempotency key) one node commits at once; publications that arrive
        /// while this many are under way wait and are committed together, in one statement and one COMMIT
        /// (group commit: a busy node pays the per-transaction cost once per group). Default: 2.
        public var concurrentCommits: Int
        /// The most notifications one group commit gathers (a larger batch is committed alone). Default: 1,000.
        public var maximumGroupedNotifications: Int
        /// The listener's first reconnect delay, doubled after each failed attempt up to
        /// ``listenerMaximumBackoff``. Default: 100 ms.
        public var listenerInitialBackoff: Duration
        /// The longest delay between two reconnect attempts of the listener. Default: 5 s.
        public var listenerMaximumBackoff: Duration

        /// How often ``PostgresHubEngine/run()`` applies the retention (every node does; it is safe). Default: 60 s.
        public var retentionInterval: Duration

        /// Creates a configuration; every argument but `url` defaults to the default documented on its property.
        public init(
            url: PostgresURL,
            retention: HubRetention = HubRetention(),
            idempotencyWindow: Duration = .seconds(24 * 3600),
            operationTimeout: Duration = .seconds(5),
            maximumConnections: Int = 10,
            concurrentCommits: Int = 2,
            maximumGroupedNotifications: Int = 1000,
            listenerInitialBackoff: Duration = .milliseconds(100),
            listenerMaximumBackoff: Duration = .seconds(5),
            retentionInterval: Duration = .seconds(60)
        ) {
            self.retentionInterval = retentionInterval
            self.url = url
            self.retention = retention
            self.idempotencyWindow = idempotencyWindow
            self.operationTimeout = operationTimeout
            self.maximumConnections = maximumConnections
            self.concurrentCommits = concurrentCommits
            self.maximumGroupedNotifications = maximumGroupedNotifications
            self.listenerInitialBackoff = listenerInitialBackoff
            self.listenerMaximumBackoff = listenerMaximumBackoff
        }
    }

    /// What each recipient's log keeps: its newest ``maxCount`` notifications, none older than ``maxAge``.
    /// Always a prefix is removed (the oldest first), so what is retained stays contiguous; a recipient whose
    /// notifications all aged out loses its log, and its next publication starts a new epoch at sequence 1.
    public struct HubRetention: Sendable, Hashable {
        /// The most notifications kept per recipient. Default: 1,000 (the in-memory hub's replay count).
        public var maxCount: Int
        /// The oldest a notification may be and still be kept. Default: 7 days.
        public var maxAge: Duration

        /// Creates a policy; the defaults are documented on the properties.
        public init(maxCount: Int = 1000, maxAge: Duration = .seconds(7 * 24 * 3600)) {
            self.maxCount = max(1, maxCount)
            self.maxAge = maxAge
        }
    }
#endif
