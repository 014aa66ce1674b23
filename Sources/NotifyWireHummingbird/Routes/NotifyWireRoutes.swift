#if Hummingbird
    public import Hummingbird
    import HTTPTypes
    import HummingbirdWebSocket
    import NIOCore
    import Synchronization
    import NotifyWire
    import HummingbirdAuth

    /// The NotifyWire routes of a ``NotificationHub``, to mount where the app wants them:
    ///
    /// ```swift
    /// router.addRoutes(NotifyWireRoutes(hub: hub).collection, atPath: "/api/notify")
    /// ```
    ///
    /// `GET /` (the demo page), `GET /health`, `GET /metrics` (Prometheus text), `POST /notifications` (publish),
    /// `POST /notifications/batch` (publish a batch in one step), `GET /notifications` (poll and long-poll),
    /// `GET /events` (Server-Sent Events) and `GET /ws` (WebSocket), each below the path they are added at. The
    /// WebSocket upgrade needs the server builder ``HummingbirdCore/HTTPServerBuilder/notifyWire(router:hub:)``
    /// given the same router; without it `GET /ws` answers 426.
    ///
    /// Refusals are thrown as ``NotifyWireHTTPError`` (`text/plain`, one sentence) and answered by the router,
    /// so that the app's middleware sees them. With an authenticator, the publish, poll, SSE and WebSocket
    /// routes need the context's ``NotifyWireRequestContext/identity`` to allow them; the demo page, `/health`
    /// and `/metrics` stay open.
    public struct NotifyWireRoutes<Context: NotifyWireRequestContext>: Sendable {
        /// The hub the routes serve.
        public let hub: NotificationHub
        /// The middleware that sets the identity, or `nil` when the routes are open to anyone.
        let authenticator: (any MiddlewareProtocol<Request, Response, Context>)?
        /// WebSocket subscriptions made before the 101, waiting for their session.
        let pendingWebSocketSubscriptions = PendingWebSocketSubscriptions()
        /// The publish rate limit, when the configuration sets one.
        let publishRate: PublishRateLimiter?

        /// The routes of `hub`, authenticated by ``NotifyWireJWTAuthenticator`` when the hub's configuration has
        /// ``NotifyWireServerConfiguration/authentication``, open to anyone otherwise.
        public init(hub: NotificationHub) {
            self.hub = hub
            self.authenticator = hub.configuration.authentication.map {
                NotifyWireJWTAuthenticator<Context>(authentication: $0)
            }
            self.publishRate = hub.configuration.maxPublishesPerSecond.map(PublishRateLimiter.init(rate:))
        }

        /// The routes of `hub`, authenticated by the app's own `authenticator`, which sets the context's
        /// ``NotifyWireRequestContext/identity`` (a `RouterMiddleware`, such as one of hummingbird-auth's
        /// `AuthenticatorMiddleware`s). A request whose identity does not allow it gets 401.
        public init(hub: NotificationHub, authenticator: some RouterMiddleware<Context>) {
            self.hub = hub
            self.authenticator = authenticator
            self.publishRate = hub.configuration.maxPublishesPerSecond.map(PublishRateLimiter.init(rate:))
        }

        /// The routes, for `addRoutes(_:atPath:)` of a router or a router group.
        public var collection: RouteCollection<Context> {
            let routes = RouteCollection(context: Context.self)
            routes.get("/") { _, _ in Self.body(DemoPage.html, contentType: "text/html; charset=utf-8") }
            routes.get("/health") { _, _ in await health() }
            routes.get("/metrics") { _, _ in
                Self.body(hub.metrics.render(), contentType: "text/plain; version=0.0.4; charset=utf-8")
            }
            let configuration = hub.configuration
            if !configuration.allowedOrigins.isEmpty || configuration.authentication?.cookieName != nil {
                routes.add(middleware: OriginCheck<Context>(allowedOrigins: Set(configuration.allowedOrigins)))
            }
            if !configuration.allowedOrigins.isEmpty {
                // After the origin check, so an origin that gets here is allowed: echoing it is safe.
                routes.add(
                    middleware: CORSMiddleware<Context>(
                        allowOrigin: .originBased,
                        allowHeaders: [.accept, .authorization, .contentType, .lastEventID, .idempotencyKey],
                        allowMethods: [.get, .post, .options], allowCredentials: true, maxAge: .seconds(600)))
                for path in ["/notifications", "/notifications/batch", "/events"] {
                    // Preflights: the CORS middleware answers them; the route is only there to be matched.
                    routes.on(RouterPath(path), method: .options) { _, _ in Response(status: .noContent) }
                }
            }
            if let authenticator { routes.add(middleware: authenticator) }
            routes.post("/notifications") { request, context in try await publish(request, context: context) }
            routes.post("/notifications/batch") { request, context in
                try await publishBatch(request, context: context)
            }
            routes.get("/notifications") { request, context in try await poll(request, context: context) }
            routes.get("/events") { request, context in try await events(request, context: context) }
            routes.ws("/ws") { request, context in
                try await webSocketShouldUpgrade(request, context: context)
            } onUpgrade: { inbound, outbound, context in
                try await webSocketSession(
                    request: context.request, inbound: inbound, outbound: outbound, context: context.requestContext)
            }
            return routes
        }

        var codecs: CodecRegistry { hub.configuration.codecs }

        /// The canonical JSON codec of the registry (the first codec when it has none).
        var jsonCodec: any NotificationCodec { codecs.codec(named: WireFormat.json.name) ?? JSONCodec() }

        /// The `recipient` query parameter of a subscribe request, checked and authorized: 400 when missing or
        /// empty, 401 when an authenticator runs and the identity may not subscribe to it.
        func subscriber(of request: Request, context: Context) throws -> String {
            guard let recipient = request.uri.queryParameters.get("recipient"), !recipient.isEmpty else {
                throw NotifyWireHTTPError(.badRequest, "the recipient query parameter is required")
            }
            // The rule of every engine (PostgreSQL indexes recipients and sends them in NOTIFY hints).
            guard recipient.utf8.count <= PostgresHubEngine.maxKeyBytes, !recipient.utf8.contains(0) else {
                throw NotifyWireHTTPError(
                    .badRequest, "the recipient must be at most \(PostgresHubEngine.maxKeyBytes) bytes, without NUL")
            }
            if authenticator != nil, context.identity?.maySubscribe(to: recipient) != true {
                throw NotifyWireHTTPError.unauthorized
            }
            return recipient
        }

        /// Subscribes to the hub, or throws the refusal at a limit: 429 for the recipient's, 503 for the server's,
        /// both with `Retry-After`.
        func subscribe(
            recipient: String, codec: any NotificationCodec, transport: NotifyWireTransport, after: HubCursor?
        ) async throws(NotifyWireHTTPError) -> SubscriptionLease {
            do {
                let (subscription, replay) = try await hub.subscribe(
                    recipient: recipient, codec: codec, transport: transport, after: after)
                return SubscriptionLease(hub: hub, subscription: subscription, replay: replay)
            } catch {
                if error.code == .unavailable { throw unavailable(error) }
                let retryAfter = String(max(1, hub.configuration.refusedSubscriptionRetryAfter.components.seconds))
                let status: HTTPResponse.Status =
                    error.code == .tooManySubscriptionsForRecipient ? .tooManyRequests : .serviceUnavailable
                throw NotifyWireHTTPError(status, error.description, headers: [.retryAfter: retryAfter])
            }
        }

        /// The answer to an engine failure: 400 naming the input the engine cannot store
        /// (``HubEngineError/Code/invalidInput``), else 503 with
        /// ``NotifyWireServerConfiguration/unavailableRetryAfter`` (nothing was acknowledged).
        func unavailable(_ error: any Error) -> NotifyWireHTTPError {
            if let error = error as? HubEngineError, error.code == .invalidInput {
                return NotifyWireHTTPError(.badRequest, error.message)
            }
            let retryAfter = String(max(1, hub.configuration.unavailableRetryAfter.components.seconds))
            let reason =
                (error as? HubEngineError)?.message ?? (error as? NotificationHubError)?.description ?? "\(error)"
            return NotifyWireHTTPError(
                .serviceUnavailable, "the notification store is unavailable: \(reason)",
                headers: [.retryAfter: retryAfter])
        }

        /// `GET /health`: 200 `ok` when the engine can serve, else 503 with the reason (and `Retry-After`).
        func health() async -> Response {
            let health = await hub.health()
            if health.isHealthy { return Self.body("ok\n", contentType: "text/plain; charset=utf-8") }
            let retryAfter = String(max(1, hub.configuration.unavailableRetryAfter.components.seconds))
            return Response(
                status: .serviceUnavailable,
                headers: [.contentType: "text/plain; charset=utf-8", .retryAfter: retryAfter],
                body: ResponseBody(byteBuffer: ByteBuffer(string: "unavailable: \(health.reason ?? "unknown")\n")))
        }

        /// Throws 401 when an authenticator runs and the identity may not publish, and 429 with `Retry-After` when
        /// the publisher's credential is over ``NotifyWireServerConfiguration/maxPublishesPerSecond``.
        func authorizePublish(_ request: Request, context: Context) throws {
            if authenticator != nil, context.identity?.mayPublish != true { throw NotifyWireHTTPError.unauthorized }
            guard let publishRate else { return }
            let credential = BearerToken(request)?.value ?? context.identity.map { "\($0)" } ?? ""
            if let wait = publishRate.take(for: credential) {
                let seconds = max(1, wait.components.seconds + (wait.components.attoseconds > 0 ? 1 : 0))
                throw NotifyWireHTTPError(
                    .tooManyRequests, "more than \(publishRate.rate) publishes a second with this credential",
                    headers: [.retryAfter: String(seconds)])
            }
        }

        /// A cursor query parameter (``HubCursor``: a decimal sequence, or `epoch-sequence`), or `nil` when
        /// absent; 400 naming `what` when present but not a cursor.
        static func cursor(_ text: String?, _ what: String) throws -> HubCursor? {
            guard let text else { return nil }
            guard let value = HubCursor(text) else {
                throw NotifyWireHTTPError(
                    .badRequest, "\(what) must be a decimal sequence or epoch-sequence (digits only)")
            }
            return value
        }

        private static func body(_ text: some StringProtocol, contentType: String) -> Response {
            Self.body(Array(text.utf8), contentType: contentType)
        }

        private static func body(_ bytes: [UInt8], contentType: String) -> Response {
            Response(
                status: .ok, headers: [.contentType: contentType],
                body: ResponseBody(byteBuffer: ByteBuffer(bytes: bytes)))
        }
    }

    extension HTTPField.Name {
        /// `Last-Event-ID` (the SSE resume point).
        static var lastEventID: HTTPField.Name { HTTPField.Name("Last-Event-ID") ?? .accept }
        /// `Idempotency-Key` (a publisher's retry key).
        static var idempotencyKey: HTTPField.Name { HTTPField.Name("Idempotency-Key") ?? .accept }
        /// `NotifyWire-Epoch` (a WebSocket 101's: the epoch of the recipient's log, for `after=EPOCH-SEQUENCE`).
        static var notifyWireEpoch: HTTPField.Name { HTTPField.Name("NotifyWire-Epoch") ?? .accept }
    }

    /// A subscription held for a response that has not started yet: ended when the response is dropped
    /// unwritten (``NotificationHub/unsubscribe(_:)`` is idempotent, so the stream's own unsubscribe is harmless),
    /// unless it was handed on with ``handOver()``.
    final class SubscriptionLease: Sendable {
        let hub: NotificationHub
        let subscription: HubSubscription
        let replay: HubReplay
        private let handedOver = Atomic(false)

        init(hub: NotificationHub, subscription: HubSubscription, replay: HubReplay) {
            (self.hub, self.subscription, self.replay) = (hub, subscription, replay)
        }

        /// The subscription and its replay, now the caller's to end (a WebSocket's pending subscription).
        func handOver() -> (subscription: HubSubscription, replay: HubReplay) {
            handedOver.store(true, ordering: .relaxed)
            return (subscription, replay)
        }

        deinit { if !handedOver.load(ordering: .relaxed) { hub.unsubscribe(subscription) } }
    }
#endif
