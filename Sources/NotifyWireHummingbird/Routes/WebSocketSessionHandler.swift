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
        func webSocketShouldUpgrade(_ request: Request) async -> RouterShouldUpgrade {
            guard case .success = await subscriber(of: request) else { return .dontUpgrade }
            var headers = HTTPFields()
            if let subprotocol = webSocketCodec(for: request).subprotocol {
                headers[.secWebSocketProtocol] = subprotocol
            }
            return .upgrade(headers)
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
        func webSocketSession(
            request: Request, inbound: WebSocketInboundStream, outbound: WebSocketOutboundWriter,
            closeConnection: (@Sendable () -> Void)?
        ) async throws {
            guard let recipient = request.uri.queryParameters.get("recipient"), !recipient.isEmpty else { return }
            let codec = webSocketCodec(for: request).codec
            let after = request.uri.queryParameters.get("after").flatMap { UInt64($0) }
            let hub = self.hub
            let (subscription, replay) = hub.subscribe(
                recipient: recipient, codec: codec, transport: .webSocket, after: after)
            defer { hub.unsubscribe(subscription) }
            try await withGracefulShutdownHandler {
                let outcome = try await ConnectionTasks.run(
                    subscription: subscription, heartbeat: nil, onSlowConsumer: closeConnection,
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
