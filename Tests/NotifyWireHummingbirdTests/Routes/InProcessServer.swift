#if Hummingbird
    import Hummingbird
    import Logging
    import NotifyWire
    import NotifyWireHummingbird
    import ServiceLifecycle
    import Testing

    /// The integration served in-process on 127.0.0.1, port 0, as a user's app would serve it; stopped by a
    /// graceful shutdown at the end of the test.
    struct InProcessServer: Sendable {
        struct NotListening: Error {}
        struct ConditionNeverHeld: Error, CustomStringConvertible {
            let what: String
            var description: String { "never happened: \(what)" }
        }

        /// `http://127.0.0.1:PORT`.
        let url: String
        /// The hub behind the routes.
        let hub: NotificationHub

        /// The HTTP router's request context.
        enum RouterContext: String, Sendable, CaseIterable, CustomTestStringConvertible {
            /// ``BasicNotifyWireRequestContext``, as `notifywire serve` uses it.
            case basic
            /// An app's own context that adopts ``NotifyWireRequestContext`` (``AppRequestContext``).
            case appOwn

            var testDescription: String { rawValue }
        }

        /// Starts a server with `configuration` and a router with `context`, whose NotifyWire routes are mounted
        /// at `mountPath` (`url` ends with it) and authenticated by the app's own ``AppSessionAuthenticator`` when
        /// `appSessions` is set, runs `body` against it, then shuts it down. The hub runs on `engine` when given
        /// (else the configuration's).
        static func with<T: Sendable>(
            _ configuration: NotifyWireServerConfiguration = NotifyWireServerConfiguration(),
            context: RouterContext = .basic, mountPath: String = "", appSessions: Bool = false,
            engine: (any HubEngine)? = nil, _ body: @Sendable (InProcessServer) async throws -> T
        ) async throws -> T {
            let hub =
                engine.map { NotificationHub(configuration: configuration, engine: $0) }
                ?? NotificationHub(configuration: configuration)
            let (ports, continuation) = AsyncStream<Int>.makeStream()
            var logger = Logger(label: "notifywire.tests")
            logger.logLevel = .critical
            let app: any Service
            switch context {
            case .basic:
                app = application(
                    router: Router(context: BasicNotifyWireRequestContext.self), hub: hub, mountPath: mountPath,
                    appSessions: appSessions, ports: continuation, logger: logger)
            case .appOwn:
                app = application(
                    router: Router(context: AppRequestContext.self), hub: hub, mountPath: mountPath,
                    appSessions: appSessions, ports: continuation, logger: logger)
            }
            let group = ServiceGroup(
                configuration: .init(services: [app, hub], gracefulShutdownSignals: [], logger: logger))
            return try await withThrowingTaskGroup(of: Void.self) { tasks in
                tasks.addTask { try await group.run() }
                var iterator = ports.makeAsyncIterator()
                do {
                    guard let port = await iterator.next(), port > 0 else { throw NotListening() }
                    let result = try await body(
                        InProcessServer(url: "http://127.0.0.1:\(port)\(mountPath)", hub: hub))
                    await group.triggerGracefulShutdown()
                    try await tasks.waitForAll()
                    return result
                } catch {
                    await group.triggerGracefulShutdown()
                    throw error
                }
            }
        }

        /// The application serving `router` with the NotifyWire routes of `hub` at `mountPath` on 127.0.0.1,
        /// port 0; reports its port to `ports`.
        private static func application<Context: NotifyWireRequestContext>(
            router: Router<Context>, hub: NotificationHub, mountPath: String, appSessions: Bool,
            ports: AsyncStream<Int>.Continuation, logger: Logger
        ) -> any Service {
            let routes =
                appSessions
                ? NotifyWireRoutes(hub: hub, authenticator: AppSessionAuthenticator<Context>())
                : NotifyWireRoutes(hub: hub)
            router.addRoutes(routes.collection, atPath: RouterPath(mountPath))
            return Application(
                router: router,
                server: .notifyWire(router: router, hub: hub),
                configuration: .init(address: .hostname("127.0.0.1", port: 0)),
                onServerRunning: { channel in
                    ports.yield(channel.localAddress?.port ?? 0)
                    ports.finish()
                },
                logger: logger
            )
        }

        /// Waits until `condition` holds (checking every 10 ms, for at most `seconds`), else throws: a
        /// synchronisation point between the test and a client running in another process, or, with a `seconds`
        /// shorter than what the server would otherwise take, a bound the test asserts.
        func waitUntil(_ what: String, seconds: Int = 30, _ condition: () -> Bool) async throws {
            for _ in 0..<(seconds * 100) {
                if condition() { return }
                try await Task.sleep(for: .milliseconds(10))
            }
            throw ConditionNeverHeld(what: what)
        }

        /// Publishes a notification for `recipient` through the hub and returns its sequence.
        @discardableResult
        func publish(_ id: String, to recipient: String) async throws -> UInt64 {
            try await hub.publish(
                NotificationMessage(id: id, kind: .comment, recipientID: recipient, title: "title \(id)")
            )
            .sequence
        }
    }
#endif
