#if Hummingbird
    public import Hummingbird
    public import HummingbirdCore
    public import HummingbirdWebSocket
    import HTTPTypes
    import NIOCore

    extension Router {
        /// Adds the NotifyWire HTTP routes served from `hub`:
        ///
        /// `GET /` (the demo page), `GET /health`, `GET /metrics` (Prometheus text), `POST /notifications`
        /// (publish), `POST /notifications/batch` (publish a batch in one step), `GET /notifications` (poll and
        /// long-poll), `GET /events` (Server-Sent Events), and `GET /ws` for requests that did not upgrade (400, 401
        /// or 426). The WebSocket upgrade itself is served by the server builder
        /// ``HummingbirdCore/HTTPServerBuilder/notifyWire(hub:)``.
        ///
        /// With a context that knows its channel (``NotifyWireRequestContext``, or any
        /// ``NotifyWireChannelContext``), a held long-poll keeps its keep-alive connection for the next poll, and an
        /// SSE stream runs without child tasks (less memory per stream).
        public func addNotifyWireRoutes(hub: NotificationHub) {
            let handlers = NotifyWireRouteHandlers(hub: hub)
            get("/") { _, _ in
                PlainResponse.bytes(.ok, contentType: "text/html; charset=utf-8", ByteBuffer(string: DemoPage.html))
            }
            get("/health") { _, _ in PlainResponse.text(.ok, "ok") }
            get("/metrics") { _, _ in
                PlainResponse.bytes(
                    .ok, contentType: "text/plain; version=0.0.4; charset=utf-8",
                    ByteBuffer(bytes: hub.metrics.render()))
            }
            post("/notifications") { request, _ in await handlers.publish(request) }
            post("/notifications/batch") { request, _ in await handlers.publishBatch(request) }
            get("/notifications") { request, context in
                await handlers.poll(request, channel: (context as? any NotifyWireChannelContext)?.channel)
            }
            get("/events") { request, context in
                await handlers.events(request, channel: (context as? any NotifyWireChannelContext)?.channel)
            }
            get("/ws") { request, _ in await handlers.webSocketRefusal(request) }
        }
    }

    extension Router where Context: WebSocketRequestContext {
        /// Adds the WebSocket route `GET /ws` served from `hub`, to the router given to
        /// `HTTPServerBuilder.http1WebSocketUpgrade(webSocketRouter:configuration:)`.
        ///
        /// With ``NotifyWireWebSocketRequestContext`` as the router's context, a subscriber dropped as a slow
        /// consumer has its connection closed at once; with another context, the handler throws and
        /// hummingbird-websocket closes the connection (after its close timeout when the socket is full).
        public func addNotifyWireWebSocketRoute(hub: NotificationHub) {
            let handlers = NotifyWireRouteHandlers(hub: hub)
            ws("/ws") { request, context in
                let channel = (context as? NotifyWireWebSocketRequestContext)?.channel
                return await handlers.webSocketShouldUpgrade(request, channel: channel)
            } onUpgrade: { inbound, outbound, context in
                let channel = (context.requestContext as? NotifyWireWebSocketRequestContext)?.channel
                try await handlers.webSocketSession(
                    request: context.request, inbound: inbound, outbound: outbound, channel: channel)
            }
        }
    }

    extension HTTPServerBuilder {
        /// HTTP/1.1 with the NotifyWire WebSocket upgrade on `GET /ws` (pings every
        /// ``NotifyWireServerConfiguration/webSocketPingInterval``), and a watcher in every connection that lets a
        /// held long-poll notice its client going away without giving up the keep-alive connection.
        public static func notifyWire(hub: NotificationHub) -> HTTPServerBuilder {
            let webSocketRouter = Router(context: NotifyWireWebSocketRequestContext.self)
            webSocketRouter.addNotifyWireWebSocketRoute(hub: hub)
            return .http1WebSocketUpgrade(
                webSocketRouter: webSocketRouter,
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
#endif
