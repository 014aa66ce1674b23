#if Hummingbird
    import enum CoreMetrics.MetricsSystem
    public import NotifyWire
    public import Prometheus

    /// The hub's metrics, registered in a Prometheus registry under fixed names:
    ///
    /// - gauge `notifywire_connections{transport,codec}`: open SSE streams, WebSockets and held long-polls;
    /// - counter `notifywire_notifications_published_total`;
    /// - counter `notifywire_notifications_delivered_total{transport,codec}`: notifications written;
    /// - counter `notifywire_slow_consumers_dropped_total{transport}`: subscribers disconnected because
    ///   their queue was full;
    /// - counter `notifywire_resumes_total{transport}`: reconnects served from the replay log;
    /// - counter `notifywire_subscriptions_refused_total{reason}`: subscriptions refused at a limit
    ///   (`recipient-limit`, `server-limit`);
    /// - histogram `notifywire_publish_to_write_seconds`: from publish to the write of the notification;
    /// - counter `notifywire_publish_failures_total{reason}`: publications the engine refused or could not store
    ///   (``HubEngineError/Code`` names: `unavailable`, `invalidInput`, …);
    /// - counter `notifywire_catch_up_reads_total`: recipients read from the engine after their last delivered sequence (several may share one read)
    ///   (another node's publication, a missed wake-up, a listener reconnect);
    /// - gauge `notifywire_listener_reconnects`: times the PostgreSQL listener connected again (PostgreSQL only);
    /// - gauge `notifywire_notify_queue_usage`: `pg_notification_queue_usage()`, 0 … 1 (PostgreSQL only).
    public struct NotifyWireMetrics: Sendable {
        /// The registry the metrics live in; `GET /metrics` renders it.
        public let registry: PrometheusCollectorRegistry
        let connections: [MetricKey: Gauge]
        let delivered: [MetricKey: Counter]
        let dropped: [String: Counter]
        let resumes: [String: Counter]
        let refused: [String: Counter]
        let published: Counter
        let publishToWrite: DurationHistogram
        let publishFailures: [String: Counter]
        let catchUpReads: Counter
        let listenerReconnects: Gauge
        let notifyQueueUsage: Gauge

        static var connectionsName: MetricNameDescriptor {
            MetricNameDescriptor(
                namespace: "notifywire", metricName: "connections", unitName: "",
                helpText: "Open SSE streams, WebSockets and held long-polls.")
        }
        static var deliveredName: MetricNameDescriptor {
            MetricNameDescriptor(
                namespace: "notifywire", metricName: "notifications_delivered", unitName: "total",
                helpText: "Notifications written to subscribers.")
        }
        static var droppedName: MetricNameDescriptor {
            MetricNameDescriptor(
                namespace: "notifywire", metricName: "slow_consumers_dropped", unitName: "total",
                helpText: "Subscribers disconnected because their outgoing queue was full.")
        }
        static var resumesName: MetricNameDescriptor {
            MetricNameDescriptor(
                namespace: "notifywire", metricName: "resumes", unitName: "total",
                helpText: "Reconnects served from the replay log.")
        }
        static var refusedName: MetricNameDescriptor {
            MetricNameDescriptor(
                namespace: "notifywire", metricName: "subscriptions_refused", unitName: "total",
                helpText: "Subscriptions refused at the per-recipient or the server's limit.")
        }
        static var publishedName: MetricNameDescriptor {
            MetricNameDescriptor(
                namespace: "notifywire", metricName: "notifications_published", unitName: "total",
                helpText: "Notifications published.")
        }
        static var publishToWriteName: MetricNameDescriptor {
            MetricNameDescriptor(
                namespace: "notifywire", metricName: "publish_to_write", unitName: "seconds",
                helpText: "Time from publish to the write of a notification to a stream.")
        }

        static func name(_ metric: String, _ unit: String, _ help: String) -> MetricNameDescriptor {
            MetricNameDescriptor(namespace: "notifywire", metricName: metric, unitName: unit, helpText: help)
        }

        struct MetricKey: Hashable {
            var transport: String
            var codec: String
        }

        /// Registers the metrics of every transport and every codec of `codecs` in `registry`.
        public init(registry: PrometheusCollectorRegistry, codecs: CodecRegistry) {
            self.registry = registry
            var connections: [MetricKey: Gauge] = [:]
            var delivered: [MetricKey: Counter] = [:]
            var dropped: [String: Counter] = [:]
            var resumes: [String: Counter] = [:]
            for transport in NotifyWireTransport.all {
                for codec in codecs.names {
                    let key = MetricKey(transport: transport.name, codec: codec)
                    let labels = [("transport", transport.name), ("codec", codec)]
                    connections[key] = registry.makeGauge(descriptor: Self.connectionsName, labels: labels)
                    delivered[key] = registry.makeCounter(descriptor: Self.deliveredName, labels: labels)
                }
                dropped[transport.name] = registry.makeCounter(
                    descriptor: Self.droppedName, labels: [("transport", transport.name)])
                resumes[transport.name] = registry.makeCounter(
                    descriptor: Self.resumesName, labels: [("transport", transport.name)])
            }
            self.connections = connections
            self.delivered = delivered
            self.dropped = dropped
            self.resumes = resumes
            self.refused = Dictionary(
                uniqueKeysWithValues: [
                    NotificationHubError.Code.tooManySubscriptionsForRecipient, .tooManySubscriptions,
                ]
                .map { ($0.name, registry.makeCounter(descriptor: Self.refusedName, labels: [("reason", $0.name)])) })
            self.published = registry.makeCounter(descriptor: Self.publishedName)
            let failures = Self.name("publish_failures", "total", "Publications the engine refused or could not store.")
            self.publishFailures = Dictionary(
                uniqueKeysWithValues: [HubEngineError.Code.unavailable, .invalidInput, .corruptRow, .newerSchema].map {
                    ($0.name, registry.makeCounter(descriptor: failures, labels: [("reason", $0.name)]))
                })
            self.catchUpReads = registry.makeCounter(
                descriptor: Self.name(
                    "catch_up_reads", "total",
                    "Recipients read from the engine after their last delivery (several may share one read)."))
            self.listenerReconnects = registry.makeGauge(
                descriptor: Self.name("listener_reconnects", "", "Times the PostgreSQL listener connected again."))
            self.notifyQueueUsage = registry.makeGauge(
                descriptor: Self.name("notify_queue_usage", "", "pg_notification_queue_usage(), 0 to 1."))
            self.publishToWrite = registry.makeDurationHistogram(
                descriptor: Self.publishToWriteName,
                buckets: [
                    .microseconds(100), .microseconds(500), .milliseconds(1), .milliseconds(5), .milliseconds(10),
                    .milliseconds(50), .milliseconds(100), .milliseconds(500), .seconds(1), .seconds(5),
                ])
        }

        func connectionOpened(_ transport: NotifyWireTransport, codec: String) {
            connections[MetricKey(transport: transport.name, codec: codec)]?.increment()
        }

        func connectionClosed(_ transport: NotifyWireTransport, codec: String) {
            connections[MetricKey(transport: transport.name, codec: codec)]?.decrement()
        }

        func delivered(_ transport: NotifyWireTransport, codec: String, count: Int = 1) {
            delivered[MetricKey(transport: transport.name, codec: codec)]?.increment(by: Int64(count))
        }

        func recordPublishToWrite(since published: ContinuousClock.Instant) {
            publishToWrite.record(published.duration(to: .now))
        }

        func droppedSlowConsumer(_ transport: NotifyWireTransport) { dropped[transport.name]?.increment() }

        func refusedSubscription(_ reason: NotificationHubError.Code) { refused[reason.name]?.increment() }

        func resumed(_ transport: NotifyWireTransport) { resumes[transport.name]?.increment() }

        func publishFailed(_ reason: HubEngineError.Code) { publishFailures[reason.name]?.increment() }

        /// The Prometheus text exposition of the registry.
        public func render() -> [UInt8] {
            var bytes: [UInt8] = []
            registry.emit(into: &bytes)
            return bytes
        }
    }

    extension NotifyWireMetrics {
        /// Creates a Prometheus registry, bootstraps it as the process's swift-metrics factory (once per
        /// process), and returns it for ``NotifyWireServerConfiguration/prometheus``.
        public static func bootstrapPrometheusMetricsSystem() -> PrometheusCollectorRegistry {
            let registry = PrometheusCollectorRegistry()
            MetricsSystem.bootstrap(PrometheusMetricsFactory(registry: registry))
            return registry
        }
    }

    /// The transport a subscriber uses, as named in metrics labels (`transport="sse"`).
    public struct NotifyWireTransport: Hashable, Sendable, CustomStringConvertible {
        /// The metrics label value: `sse`, `ws` or `longpoll`.
        public let name: String

        /// Server-Sent Events (`GET /events`).
        public static let sse = NotifyWireTransport(name: "sse")
        /// WebSocket (`GET /ws`).
        public static let webSocket = NotifyWireTransport(name: "ws")
        /// A held long-poll (`GET /notifications?wait=`).
        public static let longPoll = NotifyWireTransport(name: "longpoll")
        /// Every transport, in the order above.
        public static let all: [NotifyWireTransport] = [.sse, .webSocket, .longPoll]

        /// The label value.
        public var description: String { name }
    }
#endif
