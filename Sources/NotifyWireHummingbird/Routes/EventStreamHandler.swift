#if Hummingbird
    import Foundation
    import Hummingbird
    import HummingbirdAuth
    import HTTPTypes
    import NIOCore
    import NotifyWire
    import ServiceLifecycle

    extension NotifyWireRoutes {
        /// `GET /events?recipient=ID&codec=json|msgpack|protobuf`: a Server-Sent Events stream.
        ///
        /// Sends `retry:`, then what the engine holds after `Last-Event-ID` (or `?lastEventId=`; an id that is not a
        /// ``HubCursor`` is a new client) for the recipient, or one `event: resync` with
        /// `data: {"reason":"too-old","oldest":N}` when the log no longer holds it (`"reason":"unknown"` when the
        /// id is newer than anything the recipient's log holds: another installation's, or from before a restart
        /// of the in-memory engine; `"reason":"foreign"` when it belongs to another history of the log), then live
        /// notifications (event id = the ``HubCursor``: the sequence, or `epoch-sequence` on PostgreSQL), and a
        /// heartbeat comment every heartbeat interval. When the recipient's log stops continuing what was
        /// delivered (purged and restarted), a last `event: resync` ends the stream. When the
        /// identity's credential expires, a last `event: auth-expired` with
        /// `data: {"reason":"token-expired","expiredAt":UNIX-SECONDS}` ends the stream.
        ///
        /// The stream is written by the response's own task alone: the connection's ``InputClosedWatcher`` ends
        /// it when the client goes away, and the heartbeat ticks on the channel's event loop.
        func events(_ request: Request, context: Context) async throws -> Response {
            let recipient = try subscriber(of: request, context: context)
            let codecName = request.uri.queryParameters.get("codec") ?? WireFormat.json.name
            guard let codec = codecs.codec(named: codecName) else {
                throw NotifyWireHTTPError(
                    .badRequest, "unknown codec \(codecName); supported: \(codecs.names.joined(separator: ", "))")
            }
            let lastEventID =
                HTTPField.Name("Last-Event-ID").flatMap { request.headers[$0] }
                ?? request.uri.queryParameters.get("lastEventId")
            let after = lastEventID.flatMap { HubCursor($0) }
            let headers = SSEResponseHeaders.all
            let hub = self.hub
            let expiresAt = context.identity?.expiresAt
            let channel = context.channel
            let watcher = await InputClosedWatcher.installed(in: channel)
            // Subscribed before the response, so that a refusal at a limit is the response (429 or 503).
            let lease = try await subscribe(recipient: recipient, codec: codec, transport: .sse, after: after)
            return Response(
                status: .ok, headers: headers,
                body: ResponseBody { writer in
                    try await Self.stream(
                        lease, hub: hub, expiresAt: expiresAt, writer: &writer, channel: channel, watcher: watcher)
                    try await writer.finish(nil)
                })
        }

        /// Writes the stream of `lease` until the subscription ends, the client goes away or the server shuts
        /// down. A subscriber dropped as a slow consumer ends with an error, which closes the connection even when
        /// a write is blocked.
        private static func stream(
            _ lease: SubscriptionLease, hub: NotificationHub, expiresAt: Date?, writer: inout any ResponseBodyWriter,
            channel: any Channel, watcher: InputClosedWatcher
        ) async throws {
            let (subscription, replay) = (lease.subscription, lease.replay)
            defer { hub.unsubscribe(subscription) }
            watcher.whenClosed { subscription.finish(.cancelled) }
            defer { watcher.clear() }
            let tasks = ConnectionTasks(
                subscription: subscription, channel: channel, heartbeat: hub.configuration.heartbeatInterval,
                expiresIn: NotifyWireIdentity(expiresAt: expiresAt).remainingLifetime)
            try await withGracefulShutdownHandler {
                try await tasks.run {
                    try await writeEvents(subscription: subscription, replay: replay, hub: hub, writer: &writer)
                    if subscription.end == .credentialExpired, let expiresAt {
                        var buffer = ByteBuffer()
                        let data = #"{"reason":"token-expired","expiredAt":\#(Int64(expiresAt.timeIntervalSince1970))}"#
                        try SSEEventWriter().write(
                            payload: ByteBuffer(string: data), event: "auth-expired", kind: .text, into: &buffer)
                        try await writer.write(buffer)
                    }
                }
            } onGracefulShutdown: {
                subscription.finish(.shutdown)
            }
        }

        private static func writeEvents(
            subscription: HubSubscription, replay: HubReplay, hub: NotificationHub,
            writer bodyWriter: inout any ResponseBodyWriter
        ) async throws {
            let writer = SSEEventWriter()
            let codec = subscription.codec
            let codecName = codec.format.name
            var buffer = ByteBuffer()
            try writer.writeRetry(milliseconds: hub.configuration.sseRetryMilliseconds, into: &buffer)
            switch replay {
            case .none:
                break
            case .resync(let resync):
                try writeResync(resync, with: writer, into: &buffer)
            case .notifications(let notifications, let epoch):
                var payload = ByteBuffer()
                for notification in notifications {
                    payload.clear()
                    try codec.encode(notification, into: &payload)
                    let id = HubCursor(epoch: epoch, sequence: notification.sequence).description
                    try writer.write(payload: payload, id: id, kind: codec.payloadKind, into: &buffer)
                }
                hub.metrics.delivered(.sse, codec: codecName, count: notifications.count)
            }
            try await bodyWriter.write(buffer)
            while let event = await subscription.next() {
                buffer.clear()
                switch event {
                case .heartbeat:
                    writer.writeHeartbeat(into: &buffer)
                    try await bodyWriter.write(buffer)
                case .notification(let delivery):
                    try writer.write(
                        payload: delivery.payload, id: delivery.cursor.description, kind: codec.payloadKind,
                        into: &buffer)
                    try await bodyWriter.write(buffer)
                    hub.metrics.delivered(.sse, codec: codecName)
                    hub.metrics.recordPublishToWrite(since: delivery.publishedAt)
                }
            }
        }

        /// The resync event: `event: resync` with `data: {"reason":REASON,"oldest":N}`.
        private static func writeResync(
            _ resync: HubResync, with writer: SSEEventWriter, into buffer: inout ByteBuffer
        ) throws {
            try writer.write(
                payload: ByteBuffer(string: resync.description), event: "resync", kind: .text, into: &buffer)
        }
    }
#endif
