#if Hummingbird
    public import Hummingbird
    public import HummingbirdCore
    public import HummingbirdWebSocket

    extension HTTPServerBuilder {
        /// HTTP/1.1 with the WebSocket upgrade served by `router`, the same router the application serves (so that
        /// `GET /ws` of ``NotifyWireRoutes`` is upgraded wherever the routes are mounted, through the router's
        /// middleware), with pings every ``NotifyWireServerConfiguration/webSocketPingInterval`` of `hub`, and an
        /// ``InputClosedWatcher`` in every connection from its start.
        ///
        /// ```swift
        /// let app = Application(router: router, server: .notifyWire(router: router, hub: hub))
        /// ```
        public static func notifyWire<Context: NotifyWireRequestContext>(
            router: Router<Context>, hub: NotificationHub
        ) -> HTTPServerBuilder {
            .http1WebSocketUpgrade(
                webSocketRouter: NotifyWireUpgradeResponderBuilder(router: router),
                configuration: .init(
                    http1: .init(additionalChannelHandlers: [InputClosedWatcher()], idleTimeout: nil),
                    ws: hub.webSocketServerConfiguration))
        }
    }

    extension NotificationHub {
        /// The WebSocket settings of the hub's configuration: pings every
        /// ``NotifyWireServerConfiguration/webSocketPingInterval``.
        public var webSocketServerConfiguration: WebSocketServerConfiguration {
            WebSocketServerConfiguration(
                maxFrameSize: 1 << 16, autoPing: .enabled(timePeriod: configuration.webSocketPingInterval))
        }
    }

    /// The router's responder, marked as answering the WebSocket upgrade (``WebSocketUpgradeRole``).
    struct NotifyWireUpgradeResponderBuilder<Context: NotifyWireRequestContext>: HTTPResponderBuilder {
        let router: Router<Context>

        struct Responder: HTTPResponder {
            let base: RouterResponder<Context>

            func respond(to request: Request, context: Context) async throws -> Response {
                try await WebSocketUpgradeRole.$isUpgrade.withValue(true) {
                    try await base.respond(to: request, context: context)
                }
            }
        }

        func buildResponder() -> Responder { Responder(base: router.buildResponder()) }
    }
#endif
