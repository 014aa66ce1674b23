#if Hummingbird
    /// One measured row: one step of `ramp`, one case of the other scenarios, for one transport and codec.
    ///
    /// The first twelve properties are the row of `notifywire load --json`, by these names; the rest are the
    /// scenario-specific measurements (`nil`, and absent from the JSON, where they do not apply).
    package struct LoadRow: Sendable, Codable, Equatable {
        /// The scenario's name (``LoadScenario/rawValue``).
        package var scenario: String
        /// The transport's name (``LoadTransport/rawValue``).
        package var transport: String
        /// The codec's name (`json`, `msgpack`, `protobuf`).
        package var codec: String
        /// Subscribers open during the measurement.
        package var subscribers: Int
        /// Notifications received by the subscribers (each published notification counted once per receipt;
        /// duplicates are not counted, see ``duplicates``).
        package var delivered: Int
        /// Notifications published to subscribers that were connected (each counted once).
        package var expected: Int
        /// Publish-to-receive latency, median, in milliseconds (`nil` when nothing was delivered).
        package var p50Ms: Double?
        /// Publish-to-receive latency, 99th percentile, in milliseconds.
        package var p99Ms: Double?
        /// Publish-to-receive latency, largest, in milliseconds.
        package var maxMs: Double?
        /// Server resident memory per open connection, in bytes: (RSS with the subscribers connected and idle −
        /// RSS before they connected) / subscribers. `nil` when the server's process is unknown.
        package var serverRssPerConnectionBytes: Double?
        /// Server CPU time (user + system) during the measurement, in seconds. `nil` when unknown.
        package var serverCpuSeconds: Double?
        /// Bytes the subscribers' connections read and wrote during the measurement, per delivered notification.
        package var wireBytesPerNotification: Double?

        /// The load generator's own CPU time (user + system) during the measurement, in seconds.
        package var clientCpuSeconds: Double?
        /// How long notifications were published, in seconds.
        package var durationSeconds: Double?
        /// Long-poll only: poll requests per second the subscribers issued.
        package var pollRequestsPerSecond: Double?
        /// Connections that failed to open (refused, reset, bad handshake, timeout).
        package var failedConnects: Int?
        /// Notifications received more than once (by id).
        package var duplicates: Int?
        /// `burst`: milliseconds from the first connect until every subscriber had received live traffic.
        package var liveAfterMs: Double?
        /// `outage`: how long the subscribers were cut off, in seconds.
        package var outageSeconds: Double?
        /// `outage`: whether the server was restarted during the gap (`--restart`).
        package var restarted: Bool?
        /// `outage`: the fault of the gap (``LoadFault/rawValue``).
        package var fault: String?
        /// The CPU time of the database the servers share (PostgreSQL's postmaster and backends) during the
        /// measurement, in seconds, when the tool started it; `nil` otherwise.
        package var databaseCpuSeconds: Double?
        /// Server processes (nodes) under load.
        package var nodes: Int?
        /// The hub's engine: `memory` or `postgres`.
        package var engine: String?
        /// `throughput`: how notifications were published, `single` (`POST /notifications`) or `batch`.
        package var publishRoute: String?
        /// `throughput`: notifications the server acknowledged (201) per second of publishing.
        package var publishedPerSecond: Double?
        /// `outage`: whether the replay log still held the oldest missed notification when the subscribers
        /// resumed.
        package var replayCovered: Bool?
        /// `outage`: notifications published during the case that never arrived.
        package var lostAfterResume: Int?
        /// `outage`: milliseconds from the reconnect until every subscriber had every notification published
        /// before it reconnected (`nil` when some never arrived).
        package var catchUpMs: Double?

        /// A row with the required measurements; the scenario-specific ones start `nil`.
        package init(
            scenario: String, transport: String, codec: String, subscribers: Int, delivered: Int, expected: Int,
            p50Ms: Double? = nil, p99Ms: Double? = nil, maxMs: Double? = nil,
            serverRssPerConnectionBytes: Double? = nil, serverCpuSeconds: Double? = nil,
            wireBytesPerNotification: Double? = nil
        ) {
            self.scenario = scenario
            self.transport = transport
            self.codec = codec
            self.subscribers = subscribers
            self.delivered = delivered
            self.expected = expected
            self.p50Ms = p50Ms
            self.p99Ms = p99Ms
            self.maxMs = maxMs
            self.serverRssPerConnectionBytes = serverRssPerConnectionBytes
            self.serverCpuSeconds = serverCpuSeconds
            self.wireBytesPerNotification = wireBytesPerNotification
        }

        /// The fault to name beside the row: ``fault`` unless it is ``LoadFault/connections`` (the default) or
        /// ``LoadFault/restart`` (said by ``restarted``).
        package var namedFault: String? {
            fault.flatMap { $0 == LoadFault.connections.rawValue || $0 == LoadFault.restart.rawValue ? nil : $0 }
        }

        /// delivered / expected (1 when nothing was expected).
        package var deliveryRatio: Double { expected == 0 ? 1 : Double(delivered) / Double(expected) }
    }
#endif
