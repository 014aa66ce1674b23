#if Hummingbird
    import NIOHTTP1
    import Synchronization
    import Hummingbird
    import HummingbirdAuth
    import HummingbirdWebSocket
    import HTTPTypes
    import NIOCore
    import NIOWebSocket
    import NotifyWire
    import ServiceLifecycle

    extension NotifyWireRoutes {
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

        /// Whether `GET /ws?recipient=ID[&after=SEQ]` upgrades: only with a recipient (and an identity that may
        /// subscribe to it when authenticated) and a well-formed `after`. On an engine with epochs the 101 carries
        /// `NotifyWire-Epoch: E`, the epoch of the recipient's log: messages carry sequences only, and the client
        /// resumes with `after=E-SEQ` (a plain `SEQ` there is another history's, answered with a resync).
        ///
        /// A request that is not an upgrade (the router serving plain HTTP) is refused with 400 or 401 as the
        /// other subscribe routes are, else 426. An accepted upgrade subscribes to the hub here, before the 101 is
        /// written, so that a client that has seen the 101 misses nothing; a refused one is answered here with
        /// its status and the connection closed.
        func webSocketShouldUpgrade(_ request: Request, context: Context) async throws -> RouterShouldUpgrade {
            guard WebSocketUpgradeRole.isUpgrade else {
                _ = try subscriber(of: request, context: context)
                _ = try Self.cursor(request.uri.queryParameters.get("after"), "after")
                throw NotifyWireHTTPError(
                    .upgradeRequired, "this route is a WebSocket: send an upgrade request",
                    headers: [.upgrade: "websocket"])
            }
            let recipient: String
            let after: HubCursor?
            do {
                recipient = try subscriber(of: request, context: context)
                after = try Self.cursor(request.uri.queryParameters.get("after"), "after")
            } catch let error as NotifyWireHTTPError {
                RefusedUpgradeResponse.write(error, to: context.channel)
                return .dontUpgrade
            }
            let (subprotocol, codec) = webSocketCodec(for: request)
            let lease: SubscriptionLease
            do {
                lease = try await subscribe(recipient: recipient, codec: codec, transport: .webSocket, after: after)
            } catch {
                RefusedUpgradeResponse.write(error, to: context.channel)
                return .dontUpgrade
            }
            let (subscription, replay) = lease.handOver()
            pendingWebSocketSubscriptions.keep(subscription, replay: replay, for: context.channel, hub: hub)
            var headers = HTTPFields()
            if let subprotocol { headers[.secWebSocketProtocol] = subprotocol }
            // Messages carry sequences only: on an engine with epochs (PostgreSQL) the client resumes with
            // `after=EPOCH-SEQUENCE`, EPOCH from here.
            if subscription.epoch != 0 { headers[.notifyWireEpoch] = String(subscription.epoch) }
            return .upgrade(headers)
        }

        /// An upgraded `GET /ws`: replays after `after`, then pushes live notifications, one per message (text for
        /// JSON, binary otherwise). A data frame from the client closes with 1008; the credential's expiry closes
        /// with 4001 (``NotifyWireFraming/WebSocketCloseCode/credentialExpired``); an `after` the engine cannot
        /// honour (or a recipient log that no longer continues what was delivered) closes with 4002
        /// (``NotifyWireFraming/WebSocketCloseCode/resync``) and the reason `{"reason":R,"oldest":N}`.
        ///
        /// The subscription is the one made before the 101 for the connection
        /// (``webSocketShouldUpgrade(_:context:)``).
        func webSocketSession(
            request: Request, inbound: WebSocketInboundStream, outbound: WebSocketOutboundWriter, context: Context
        ) async throws {
            guard let (subscription, replay) = pendingWebSocketSubscriptions.take(for: context.channel) else { return }
            let hub = self.hub
            defer { hub.unsubscribe(subscription) }
            let tasks = ConnectionTasks(
                subscription: subscription, channel: context.channel, heartbeat: nil,
                expiresIn: context.identity?.remainingLifetime)
            try await withGracefulShutdownHandler {
                let outcome = try await tasks.run {
                    try await Self.pushNotifications(
                        subscription: subscription, replay: replay, hub: hub, outbound: outbound)
                } inbound: {
                    for try await frame in inbound where frame.opcode != .continuation {
                        return .clientSentData
                    }
                    return .clientClosed
                }
                if outcome == .clientSentData {
                    try await outbound.close(.policyViolation, reason: "push-only channel")
                } else if subscription.end == .credentialExpired {
                    let code = WebSocketErrorCode(codeNumber: Int(WebSocketCloseCode.credentialExpired.rawValue))
                    try await outbound.close(code, reason: "token expired")
                } else if let resync = Self.resync(replay: replay, end: subscription.end) {
                    let code = WebSocketErrorCode(codeNumber: Int(WebSocketCloseCode.resync.rawValue))
                    try await outbound.close(code, reason: resync.description)
                }
            } onGracefulShutdown: {
                subscription.finish(.shutdown)
            }
        }

        /// The resync a session ends with: its replay's, or the one its subscription ended with.
        private static func resync(replay: HubReplay, end: HubSubscriptionEnd?) -> HubResync? {
            if case .resync(let resync) = replay { return resync }
            if case .resync(let resync) = end { return resync }
            return nil
        }

        private static func pushNotifications(
            subscription: HubSubscription, replay: HubReplay, hub: NotificationHub, outbound: WebSocketOutboundWriter
        ) async throws {
            let codec = subscription.codec
            let opcode: NIOWebSocket.WebSocketOpcode = codec.payloadKind == .text ? .text : .binary
            switch replay {
            case .none: break
            case .resync: return  // closed with 4002 by the session
            case .notifications(let notifications, _):
                for notification in notifications {
                    var payload = ByteBuffer()
                    try codec.encode(notification, into: &payload)
                    try await outbound.write(.custom(WebSocketFrame(fin: true, opcode: opcode, data: payload)))
                }
                hub.metrics.delivered(.webSocket, codec: codec.format.name, count: notifications.count)
            }
            while let event = await subscription.next() {
                guard case .notification(let delivery) = event else { continue }
                try await outbound.write(.custom(WebSocketFrame(fin: true, opcode: opcode, data: delivery.payload)))
                hub.metrics.delivered(.webSocket, codec: codec.format.name)
                hub.metrics.recordPublishToWrite(since: delivery.publishedAt)
            }
        }
    }

    /// Whether the router is being asked by the WebSocket upgrade (``NotifyWireUpgradeResponder``) rather than
    /// serving a plain HTTP request: one router serves both, so that `GET /ws` follows the prefix the routes are
    /// mounted at and passes through the same middleware.
    enum WebSocketUpgradeRole {
        @TaskLocal static var isUpgrade = false
    }

    /// Hub subscriptions made when a WebSocket upgrade is accepted, before the 101 is written, waiting for the
    /// upgraded session of the same connection to take them.
    ///
    /// Subscribing before the 101 means that a client that has seen the 101 misses nothing published after
    /// it; a connection that closes before its session starts has its subscription ended when it closes.
    final class PendingWebSocketSubscriptions: Sendable {
        private let pending = Mutex<[ObjectIdentifier: (subscription: HubSubscription, replay: HubReplay)]>([:])

        /// Keeps `subscription` for the session of `channel`, and ends it on `hub` if the channel closes first.
        func keep(
            _ subscription: HubSubscription, replay: HubReplay, for channel: any Channel, hub: NotificationHub
        ) {
            let key = ObjectIdentifier(channel)
            pending.withLock { $0[key] = (subscription, replay) }
            channel.closeFuture.whenComplete { [self] _ in
                if let abandoned = take(key) { hub.unsubscribe(abandoned.subscription) }
            }
        }

        /// Removes and returns the subscription kept for `channel`, if any.
        func take(for channel: any Channel) -> (subscription: HubSubscription, replay: HubReplay)? {
            take(ObjectIdentifier(channel))
        }

        private func take(_ key: ObjectIdentifier) -> (subscription: HubSubscription, replay: HubReplay)? {
            pending.withLock { $0.removeValue(forKey: key) }
        }

        /// The number of subscriptions waiting for their session.
        var count: Int { pending.withLock { $0.count } }
    }

    /// Writes a refused WebSocket upgrade's response (the route's ``NotifyWireHTTPError``) straight to the
    /// connection and closes it: once the upgrade is refused, hummingbird-websocket would answer the upgrade
    /// request itself without saying why.
    enum RefusedUpgradeResponse {
        static func write(_ error: NotifyWireHTTPError, to channel: any Channel) {
            var headers = HTTPHeaders()
            for field in error.headers { headers.add(name: field.name.canonicalName, value: field.value) }
            headers.add(name: "Content-Type", value: "text/plain; charset=utf-8")
            headers.add(name: "Content-Length", value: String(error.body.utf8.count))
            headers.add(name: "Connection", value: "close")
            let status = HTTPResponseStatus(statusCode: Int(error.status.code))
            let head = HTTPResponseHead(version: .http1_1, status: status, headers: headers)
            channel.eventLoop.execute {
                channel.write(HTTPServerResponsePart.head(head), promise: nil)
                channel.write(HTTPServerResponsePart.body(.byteBuffer(ByteBuffer(string: error.body))), promise: nil)
                channel.writeAndFlush(HTTPServerResponsePart.end(nil)).whenComplete { _ in
                    channel.close(promise: nil)
                }
            }
        }
    }
#endif
