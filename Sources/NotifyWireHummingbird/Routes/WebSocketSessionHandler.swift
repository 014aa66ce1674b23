#if Hummingbird
    import Hummingbird
    import HummingbirdWebSocket
    import HTTPTypes
    import NIOCore
    import NIOWebSocket
    import NotifyWire
    import ServiceLifecycle

    extension NotifyWireRouteHandlers {
        /// The subprotocol to answer and the codec for a WebSocket request: the first `notifywire.v1.*`
        /// subprotocol the client offered that the registry supports; none of ours gives JSON and no header.
        func webSocketCodec(for request: Request) -> (subprotocol: String?, codec: any NotificationCodec) {
            let offered = request.headers[values: .secWebSocketProtocol].flatMap { value in
                value.split(separator: ",").map { String($0.filter { $0 != " " && $0 != "\t" }) }
            }
            if let chosen = WebSocketSubprotocols(registry: codecs).select(offered: offered) {
                return (chosen.name, chosen.codec)
            }
            return (nil, jsonCodec)
        }

        /// Whether `GET /ws` upgrades: only with a recipient (and a valid token when authenticated). A refused
        /// request falls through to ``webSocketRefusal(_:)`` on the HTTP router, which says why.
        ///
        /// When the connection's `channel` is known, an accepted upgrade subscribes to the hub here, before the
        /// 101 is written, so that a client that has seen the 101 misses nothing; and a refusal is answered here
        /// with the route's own status (401 for a bad token) and the connection closed (hummingbird-websocket
        /// alone answers every refused upgrade with an empty 400).
        func webSocketShouldUpgrade(_ request: Request, channel: (any Channel)?) async -> RouterShouldUpgrade {
            let recipient: String
            switch await subscriber(of: request) {
            case .success(let found): recipient = found
            case .failure(let refusal):
                if let channel { RefusedUpgradeAnswer.write(refusal.response, to: channel) }
                return .dontUpgrade
            }
            let (subprotocol, codec) = webSocketCodec(for: request)
            if let channel {
                let (subscription, replay) = hub.subscribe(
                    recipient: recipient, codec: codec, transport: .webSocket, after: Self.resumePoint(of: request))
                pendingWebSocketSubscriptions.keep(subscription, replay: replay, for: channel, hub: hub)
            }
            var headers = HTTPFields()
            if let subprotocol { headers[.secWebSocketProtocol] = subprotocol }
            return .upgrade(headers)
        }

        /// The `after` query parameter of a WebSocket request: the sequence to resume after.
        static func resumePoint(of request: Request) -> UInt64? {
            request.uri.queryParameters.get("after").flatMap { UInt64($0) }
        }

        /// `GET /ws` that did not upgrade: 400 or 401 as for the other subscribe routes, else 426.
        func webSocketRefusal(_ request: Request) async -> Response {
            if case .failure(let refusal) = await subscriber(of: request) { return refusal.response }
            var response = PlainResponse.text(.upgradeRequired, "this route is a WebSocket: send an upgrade request")
            response.headers[.upgrade] = "websocket"
            return response
        }

        /// An upgraded `GET /ws?recipient=ID[&after=SEQ]`: replays after `after`, then pushes live notifications,
        /// one per message (text for JSON, binary otherwise). A data frame from the client closes with 1008.
        ///
        /// The subscription is the one made before the 101 for `channel` (``webSocketShouldUpgrade(_:channel:)``),
        /// or a new one when the channel is not known.
        func webSocketSession(
            request: Request, inbound: WebSocketInboundStream, outbound: WebSocketOutboundWriter,
            channel: (any Channel)?
        ) async throws {
            guard let recipient = request.uri.queryParameters.get("recipient"), !recipient.isEmpty else { return }
            let hub = self.hub
            let pending = channel.flatMap { pendingWebSocketSubscriptions.take(for: $0) }
            let (subscription, replay) =
                pending
                ?? hub.subscribe(
                    recipient: recipient, codec: webSocketCodec(for: request).codec, transport: .webSocket,
                    after: Self.resumePoint(of: request))
            defer { hub.unsubscribe(subscription) }
            try await withGracefulShutdownHandler {
                let outcome = try await ConnectionTasks.run(
                    subscription: subscription, heartbeat: nil, channel: channel,
                    writer: {
                        try await Self.pushNotifications(
                            subscription: subscription, replay: replay, hub: hub, outbound: outbound)
                    },
                    inbound: {
                        for try await frame in inbound where frame.opcode != .continuation {
                            return .clientSentData
                        }
                        return .clientClosed
                    })
                if outcome == .clientSentData {
                    try await outbound.close(.policyViolation, reason: "push-only channel")
                }
            } onGracefulShutdown: {
                subscription.finish(.shutdown)
            }
        }

        private static func pushNotifications(
            subscription: HubSubscription, replay: HubReplay, hub: NotificationHub, outbound: WebSocketOutboundWriter
        ) async throws {
            let codec = subscription.codec
            let opcode: NIOWebSocket.WebSocketOpcode = codec.payloadKind == .text ? .text : .binary
            var lastSequence: UInt64 = 0
            if case .notifications(let notifications) = replay {
                for notification in notifications {
                    var payload = ByteBuffer()
                    try codec.encode(notification, into: &payload)
                    try await outbound.write(.custom(WebSocketFrame(fin: true, opcode: opcode, data: payload)))
                    lastSequence = notification.sequence
                }
                hub.metrics.delivered(.webSocket, codec: codec.format.name, count: notifications.count)
            }
            while let event = await subscription.next() {
                guard case .notification(let delivery) = event, delivery.sequence > lastSequence else { continue }
                lastSequence = delivery.sequence
                try await outbound.write(.custom(WebSocketFrame(fin: true, opcode: opcode, data: delivery.payload)))
                hub.metrics.delivered(.webSocket, codec: codec.format.name)
                hub.metrics.recordPublishToWrite(since: delivery.publishedAt)
            }
        }
    }
#endif
