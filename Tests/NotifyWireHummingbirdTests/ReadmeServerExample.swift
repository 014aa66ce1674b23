#if Hummingbird
    import Hummingbird
    import HummingbirdAuth
    import NIOCore
    import NotifyWire
    import NotifyWireHummingbird
    import ServiceLifecycle
    // `.sigterm` and `.sigint` are members of UnixSignals' type: this target enables MemberImportVisibility, which
    // the README's reader may not.
    import UnixSignals

    /// The README's "In your Hummingbird app" examples, verbatim between the markers (`ReadmeExampleTests` in the
    /// CLI tests compares them): they are compiled with the package, so an API change that breaks an example
    /// breaks the build. They are never run: the server binds port 8080 and serves until SIGTERM. (The README's
    /// own context example is `AppRequestContext`, which the route tests use.)
    enum ReadmeServerExample {
        // swift-format-ignore
        static func run() async throws {
            // README block 3 begins
            let hub = NotificationHub(configuration: NotifyWireServerConfiguration(replayCount: 1000))
            let router = Router(context: BasicNotifyWireRequestContext.self)  // identity, channel, WebSocket upgrade
            router.addRoutes(NotifyWireRoutes(hub: hub).collection)  // /, /health, /metrics, /notifications, /events, /ws
            let app = Application(
                router: router,
                server: .notifyWire(router: router, hub: hub),  // HTTP/1.1, and the WebSocket upgrade through the same router
                configuration: .init(address: .hostname("0.0.0.0", port: 8080))
            )
            // The hub last: a graceful shutdown stops services in reverse order, so the hub ends every stream first.
            let services = ServiceGroup(configuration: .init(
                services: [app, hub], gracefulShutdownSignals: [.sigterm, .sigint], logger: app.logger))
            try await services.run()
            // Anywhere in your code: try await hub.publish(notification)   // assigns sequence 1, 2, 3…, stores it, fans it out
            // README block 3 ends
        }

        // swift-format-ignore
        static func mount(_ router: Router<BasicNotifyWireRequestContext>, _ hub: NotificationHub) {
            // README block 4 begins
            router.addRoutes(NotifyWireRoutes(hub: hub).collection, atPath: "/api/notify")
            // GET /api/notify (demo page), POST /api/notify/notifications, GET /api/notify/events, GET /api/notify/ws, …
            // README block 4 ends
        }

        // swift-format-ignore
        static func authenticate(
            _ router: Router<BasicNotifyWireRequestContext>, _ hub: NotificationHub, _ sessions: AppSessions
        ) {
            // README block 6 begins
            let authenticator = SessionAuthenticator<BasicNotifyWireRequestContext>(sessions: sessions)
            router.addRoutes(NotifyWireRoutes(hub: hub, authenticator: authenticator).collection, atPath: "/api/notify")
            // README block 6 ends
        }
    }

    extension ReadmeServerExample {
        // swift-format-ignore
        static func engine(_ notification: NotificationMessage) async throws {
            // README block 8 begins
            let postgres = PostgresHubConfiguration(
                url: try PostgresURL("postgres://notify:secret@db.internal:5432/notify?sslmode=require"))
            let hub = NotificationHub(configuration: NotifyWireServerConfiguration(engine: .postgres(postgres)))
            // hub.run() (the hub in the ServiceGroup, as above) runs postgres-nio's pool, creates or checks the schema,
            // supervises LISTEN, applies retention every minute and polls the subscribed recipients' heads every second.
            let stored = try await hub.publish(notification, idempotencyKey: "order-42-shipped")  // after COMMIT
            let page = try await hub.read(recipient: "user-7", after: HubCursor("4811915212377290121-41"), limit: 100)
            // README block 8 ends
            _ = (stored, page)
        }
    }

    /// The stand-in for an app's session store in the README's authenticator example.
    struct AppSessions: Sendable {
        struct User {
            var id: String
            var isService: Bool
        }

        func user(for request: Request) async throws -> User? { nil }
    }

    // README block 5 begins
    struct SessionAuthenticator<Context: NotifyWireRequestContext>: AuthenticatorMiddleware {
        let sessions: AppSessions  // your app's own session store
        func authenticate(request: Request, context: Context) async throws -> NotifyWireIdentity? {
            guard let user = try await sessions.user(for: request) else { return nil }
            return user.isService ? .publisher : .subscriber(user.id)
        }
    }
// README block 5 ends
#endif
