#if Hummingbird
    import Hummingbird
    import HTTPTypes
    import NotifyWire

    /// What every route handler shares: the hub, its codecs and the authenticator.
    struct NotifyWireRouteHandlers: Sendable {
        let hub: NotificationHub
        let authenticator: SubscriberAuthenticator?
        /// WebSocket subscriptions made before the 101, waiting for their session.
        let pendingWebSocketSubscriptions = PendingWebSocketSubscriptions()

        init(hub: NotificationHub) {
            self.hub = hub
            self.authenticator = hub.configuration.authentication.map { SubscriberAuthenticator(authentication: $0) }
        }

        var codecs: CodecRegistry { hub.configuration.codecs }

        /// The canonical JSON codec of the registry (the first codec when it has none).
        var jsonCodec: any NotificationCodec { codecs.codec(named: WireFormat.json.name) ?? JSONCodec() }

        /// The `recipient` query parameter of a subscribe request, checked and authenticated: the recipient,
        /// or the error answer (400 when missing or empty, 401 when the token does not allow it).
        func subscriber(of request: Request) async -> Result<String, RouteRefusal> {
            guard let recipient = request.uri.queryParameters.get("recipient"), !recipient.isEmpty else {
                return .failure(
                    RouteRefusal(
                        response: PlainResponse.text(.badRequest, "the recipient query parameter is required")))
            }
            if let authenticator, !(await authenticator.allowsSubscription(request, recipient: recipient)) {
                return .failure(RouteRefusal(response: PlainResponse.unauthorized()))
            }
            return .success(recipient)
        }
    }
#endif
