#if Hummingbird
    import Hummingbird
    import NotifyWireHummingbird
    import ServiceLifecycle
    // `.sigterm` and `.sigint` are members of UnixSignals' type: this target enables MemberImportVisibility, which
    // the README's reader may not.
    import UnixSignals

    /// The README's "In your Hummingbird app" example, verbatim between the markers (`ReadmeExampleTests` in the
    /// CLI tests compares the two): it is compiled with the package, so an API change that breaks the example
    /// breaks the build. It is never run: it binds port 8080 and serves until SIGTERM.
    enum ReadmeServerExample {
        // swift-format-ignore
        static func run() async throws {
            // README block 3 begins
            let hub = NotificationHub(configuration: NotifyWireServerConfiguration(replayCount: 1000))
            let router = Router(context: NotifyWireRequestContext.self)   // the context carries the connection's channel
            router.addNotifyWireRoutes(hub: hub)            // /, /health, /metrics, /notifications, /events, /ws
            let app = Application(
                router: router,
                server: .notifyWire(hub: hub),               // HTTP/1.1 + the WebSocket upgrade on /ws
                configuration: .init(address: .hostname("0.0.0.0", port: 8080))
            )
            // The hub last: a graceful shutdown stops services in reverse order, so the hub ends every stream first.
            let services = ServiceGroup(configuration: .init(
                services: [app, hub], gracefulShutdownSignals: [.sigterm, .sigint], logger: app.logger))
            try await services.run()
            // Anywhere in your code: hub.publish(notification)   // assigns sequence 1, 2, 3…, stores it, fans it out
            // README block 3 ends
        }
    }
#endif
