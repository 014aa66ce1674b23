#if Hummingbird
    import ArgumentParser
    import Foundation
    import Hummingbird
    import Logging
    import NotifyWireHummingbird
    import ServiceLifecycle
    import UnixSignals

    /// `notifywire serve`: the demo server (SSE, WebSocket, poll and long-poll, publish, the demo page).
    struct ServeCommand: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "serve",
            abstract: "Serve notifications over SSE, WebSocket and poll, with every codec.",
            discussion: """
                The first line on standard output is `notifywire serve: listening on http://HOST:PORT`; logs go \
                to standard error. SIGINT or SIGTERM shuts down gracefully (every stream is closed), exit 0. \
                Routes: POST /notifications, POST /notifications/batch, GET /events, GET /ws, GET /notifications, \
                GET /, GET /health, GET /metrics.
                """
        )

        @Option(help: "The address to listen on.")
        var host = "127.0.0.1"

        @Option(help: "The port to listen on (0 picks a free one).")
        var port = 8080

        @Option(help: "How many notifications the replay log keeps.")
        var replayCount = 1000

        @Option(help: "The HS256 secret of subscribers' JWTs (needs --publish-token).")
        var jwtSecret: String?

        @Option(help: "The bearer token that publishing requires (needs --jwt-secret).")
        var publishToken: String?

        @Option(help: "A JSON Web Key Set file of RS256/ES256 keys (by `kid`) for JWTs; reread on SIGHUP.")
        var jwks: String?

        @Option(help: "The `iss` every JWT must carry.")
        var jwtIssuer: String?

        @Option(help: "An `aud` every JWT must include.")
        var jwtAudience: String?

        @Option(help: "Seconds of clock skew allowed for `exp` and `nbf`.")
        var jwtLeewaySeconds = 30

        @Flag(help: "Accept subscribers' JWTs without `exp` (their access never ends). Off: such tokens get 401.")
        var allowTokensWithoutExp = false

        @Option(help: "Refuse subscribers' JWTs whose `exp` is more than this many seconds ahead (default: no limit).")
        var maxTokenLifetimeSeconds: Int?

        @Option(help: "Seconds between SSE heartbeat comments.")
        var heartbeatSeconds = 15

        @Option(help: "Seconds between WebSocket pings.")
        var wsPingSeconds = 30

        @Option(help: "Notifications queued per subscriber before it is dropped as a slow consumer.")
        var queueCapacity = 256

        @Option(help: "The cookie that may carry a subscriber's JWT (enables the Origin check: same origin only).")
        var jwtCookie: String?

        @Option(help: "An origin (scheme://host[:port]) whose pages may use the routes with CORS; repeatable.")
        var allowedOrigin: [String] = []

        @Option(help: "Open SSE and WebSocket subscriptions per recipient; one more gets 429.")
        var maxSubscriptionsPerRecipient = 16

        @Option(help: "Open SSE and WebSocket subscriptions in all; one more gets 503 (default: open-file limit - 64).")
        var maxSubscriptions: Int?

        @Option(help: "Publish requests a second per publisher credential; one more gets 429 (default: no limit).")
        var maxPublishesPerSecond: Double?

        @Option(help: "The largest publish body accepted, in bytes.")
        var maxBodyBytes = 1_048_576

        @Option(
            help: ArgumentHelp(
                "Store notifications in PostgreSQL (postgres://user[:password]@host[:port]/database[?sslmode=…]), "
                    + "shared by every node on it; default: $NOTIFYWIRE_POSTGRES_URL, else in memory.",
                valueName: "url"))
        var postgres: String?

        /// The PostgreSQL URL: `--postgres`, else `NOTIFYWIRE_POSTGRES_URL` (an empty one means none).
        var postgresURL: String? {
            postgres ?? ProcessInfo.processInfo.environment["NOTIFYWIRE_POSTGRES_URL"].flatMap { $0.isEmpty ? nil : $0 }
        }

        func validate() throws {
            if let postgresURL {
                do {
                    _ = try PostgresURL(postgresURL)
                } catch {
                    throw ValidationError("--postgres (or NOTIFYWIRE_POSTGRES_URL): \(error.message)")
                }
            }
            if jwks == nil, (jwtSecret == nil) != (publishToken == nil) {
                throw ValidationError("--jwt-secret and --publish-token go together: give both or neither")
            }
            if let jwtSecret, jwtSecret.isEmpty { throw ValidationError("--jwt-secret must not be empty") }
            if let publishToken, publishToken.isEmpty { throw ValidationError("--publish-token must not be empty") }
            guard (0...65535).contains(port) else { throw ValidationError("--port must be from 0 to 65535") }
            if let maxPublishesPerSecond, !(maxPublishesPerSecond > 0) {
                throw ValidationError("--max-publishes-per-second must be above 0")
            }
            guard maxSubscriptionsPerRecipient >= 1, (maxSubscriptions ?? 1) >= 1 else {
                throw ValidationError("--max-subscriptions-per-recipient and --max-subscriptions must be at least 1")
            }
            guard replayCount >= 1, queueCapacity >= 1, maxBodyBytes >= 1 else {
                throw ValidationError("--replay-count, --queue-capacity and --max-body-bytes must be at least 1")
            }
            if let maxTokenLifetimeSeconds, maxTokenLifetimeSeconds < 1 {
                throw ValidationError("--max-token-lifetime-seconds must be at least 1")
            }
            if jwtSecret == nil, jwks == nil,
                allowTokensWithoutExp || maxTokenLifetimeSeconds != nil || jwtIssuer != nil || jwtAudience != nil
            {
                throw ValidationError(
                    "--allow-tokens-without-exp, --max-token-lifetime-seconds, --jwt-issuer and --jwt-audience need "
                        + "--jwt-secret or --jwks")
            }
            guard jwtLeewaySeconds >= 0 else { throw ValidationError("--jwt-leeway-seconds must not be negative") }
            guard heartbeatSeconds >= 1, wsPingSeconds >= 1 else {
                throw ValidationError("--heartbeat-seconds and --ws-ping-seconds must be at least 1")
            }
        }

        func run() async throws {
            LoggingSystem.bootstrap { label in
                var handler = StreamLogHandler.standardError(label: label)
                handler.logLevel = .info
                return handler
            }
            let logger = Logger(label: "notifywire.serve")
            ServeResourceLimits.raiseOpenFileLimit(logger: logger)
            let registry = NotifyWireMetrics.bootstrapPrometheusMetricsSystem()
            var configuration = NotifyWireServerConfiguration(
                replayCount: replayCount, queueCapacity: queueCapacity, heartbeatInterval: .seconds(heartbeatSeconds),
                webSocketPingInterval: .seconds(wsPingSeconds), maxRequestBodyBytes: maxBodyBytes,
                maxSubscriptionsPerRecipient: maxSubscriptionsPerRecipient, maxSubscriptions: maxSubscriptions,
                maxPublishesPerSecond: maxPublishesPerSecond, allowedOrigins: allowedOrigin)
            configuration.prometheus = registry
            var postgresEngine: PostgresHubEngine?
            if let postgresURL {
                let engine = PostgresHubEngine(
                    configuration: PostgresHubConfiguration(url: try PostgresURL(postgresURL)), logger: logger)
                do {
                    try await engine.ensureSchema()
                } catch let error as HubEngineError where error.code == .newerSchema {
                    throw error  // exit: this version must not touch the database
                } catch {
                    logger.warning("PostgreSQL is not reachable yet; retrying in the background: \(error)")
                }
                configuration.engine = .postgres(engine.configuration)
                postgresEngine = engine
            }
            var keySet: NotifyWireJWKS?
            if let jwks {
                do {
                    keySet = try await NotifyWireJWKS(path: jwks)
                } catch {
                    throw ValidationError("--jwks \(jwks) is not a readable JSON Web Key Set: \(error)")
                }
            }
            if jwtSecret != nil || keySet != nil {
                configuration.authentication = NotifyWireAuthentication(
                    jwtSecret: jwtSecret, publishToken: publishToken, jwks: keySet, issuer: jwtIssuer,
                    audience: jwtAudience, leeway: .seconds(jwtLeewaySeconds),
                    allowsTokensWithoutExpiry: allowTokensWithoutExp,
                    maximumTokenLifetime: maxTokenLifetimeSeconds.map { .seconds($0) }, cookieName: jwtCookie)
            } else {
                logger.warning(
                    "running unauthenticated: anyone can publish and subscribe (use --jwt-secret and --publish-token)")
            }
            // The engine whose schema was checked above (the hub runs it).
            let hub =
                postgresEngine.map { NotificationHub(configuration: configuration, engine: $0) }
                ?? NotificationHub(configuration: configuration)
            let router = Router(context: BasicNotifyWireRequestContext.self)
            router.addRoutes(NotifyWireRoutes(hub: hub).collection)
            let host = self.host
            let app = Application(
                router: router,
                server: .notifyWire(router: router, hub: hub),
                configuration: .init(address: .hostname(host, port: port), serverName: "notifywire"),
                onServerRunning: { channel in
                    let port = channel.localAddress?.port ?? 0
                    ServeAnnouncement.listening(host: host, port: port)
                },
                logger: logger
            )
            // The hub is last: a graceful shutdown stops services in reverse order, so the hub ends every stream
            // first and the server then has no open stream to wait for.
            let group = ServiceGroup(
                configuration: .init(
                    services: [app, hub], gracefulShutdownSignals: [.sigterm, .sigint], logger: logger))
            guard let keySet else {
                try await group.run()
                return
            }
            // SIGHUP rereads the JWKS (key rotation without a restart); a bad file keeps the keys in force.
            try await withThrowingDiscardingTaskGroup { tasks in
                tasks.addTask {
                    for await _ in await UnixSignalsSequence(trapping: .sighup) {
                        do {
                            try await keySet.reload()
                            logger.info("reloaded the JSON Web Key Set", metadata: ["path": "\(keySet.path)"])
                        } catch {
                            logger.error("the JSON Web Key Set could not be reloaded: \(error)")
                        }
                    }
                }
                try await group.run()
                tasks.cancelAll()
            }
        }
    }
#endif
