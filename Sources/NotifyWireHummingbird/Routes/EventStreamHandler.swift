#if Hummingbird
    import Hummingbird
    import HTTPTypes
    import NIOCore
    import NotifyWire
    import ServiceLifecycle

    extension NotifyWireRouteHandlers {
        /// `GET /events?recipient=ID&codec=json|msgpack|protobuf`: a Server-Sent Events stream.
        ///
        /// Sends `retry:`, then what the log holds after `Last-Event-ID` (or `?lastEventId=`) for the recipient,
        /// or one `event: resync` with `data: {"reason":"too-old","oldest":N}` when the log no longer holds it
        /// (`"reason":"unknown"` when the id is newer than anything this hub published: another server's, or from
        /// before a restart),
        /// then live notifications (event id = sequence), and a heartbeat comment every heartbeat interval.
        ///
        /// When the connection's `channel` is known and has an ``InputClosedWatcher`` (servers built by
        /// ``HummingbirdCore/HTTPServerBuilder/notifyWire(hub:)``), the stream is written by the response's own
        /// task alone: the watcher ends it when the client goes away and the heartbeat ticks on the event loop.
        /// Otherwise the request stream is watched for the close, with child tasks for the heartbeat and the
        /// slow-consumer check (more memory per stream).
        func events(_ request: Request, channel: (any Channel)?) async -> Response {
            let recipient: String
            switch await subscriber(of: request) {
            case .success(let found): recipient = found
            case .failure(let refusal): return refusal.response
            }
            let codecName = request.uri.queryParameters.get("codec") ?? WireFormat.json.name
            guard let codec = codecs.codec(named: codecName) else {
                return PlainResponse.text(
                    .badRequest, "unknown codec \(codecName); supported: \(codecs.names.joined(separator: ", "))")
            }
            let lastEventID =
                HTTPField.Name("Last-Event-ID").flatMap { request.headers[$0] }
                ?? request.uri.queryParameters.get("lastEventId")
            let after = lastEventID.flatMap { UInt64($0) }
            let headers = SSEResponseHeaders.all
            let hub = self.hub
            let watched: (channel: any Channel, watcher: InputClosedWatcher)?
            if let channel, let watcher = await InputClosedWatcher.of(channel) {
                watched = (channel, watcher)
            } else {
                watched = nil
            }
            return Response(
                status: .ok, headers: headers,
                body: ResponseBody { writer in
                    let box = ResponseWriterBox(writer)
                    if let watched {
                        try await Self.stream(
                            hub: hub, recipient: recipient, codec: codec, after: after, box: box, watched: watched)
                    } else {
                        try await request.body.consumeWithCancellationOnInboundClose { _ in
                            try await Self.stream(
                                hub: hub, recipient: recipient, codec: codec, after: after, box: box, watched: nil)
                        }
                    }
                    try await box.writer.finish(nil)
                })
        }

        /// Subscribes and writes the stream until the subscription ends, the client goes away or the server
        /// shuts down. A subscriber dropped as a slow consumer ends with an error, which closes the connection
        /// even when a write is blocked.
        static func stream(
            hub: NotificationHub, recipient: String, codec: any NotificationCodec, after: UInt64?,
            box: ResponseWriterBox, watched: (channel: any Channel, watcher: InputClosedWatcher)?
        ) async throws {
            let (subscription, replay) = hub.subscribe(
                recipient: recipient, codec: codec, transport: .sse, after: after)
            defer { hub.unsubscribe(subscription) }
            watched?.watcher.whenClosed { subscription.finish(.cancelled) }
            defer { watched?.watcher.clear() }
            let configuration = hub.configuration
            try await withGracefulShutdownHandler {
                _ = try await ConnectionTasks.run(
                    subscription: subscription, heartbeat: configuration.heartbeatInterval, channel: watched?.channel,
                    writer: { try await writeEvents(subscription: subscription, replay: replay, hub: hub, box: box) },
                    inbound: nil)
            } onGracefulShutdown: {
                subscription.finish(.shutdown)
            }
        }

        private static func writeEvents(
            subscription: HubSubscription, replay: HubReplay, hub: NotificationHub, box: ResponseWriterBox
        ) async throws {
            let writer = SSEEventWriter()
            let codec = subscription.codec
            let codecName = codec.format.name
            var buffer = ByteBuffer()
            try writer.writeRetry(milliseconds: hub.configuration.sseRetryMilliseconds, into: &buffer)
            var lastSequence: UInt64 = 0
            switch replay {
            case .none:
                break
            case .tooOld(let oldest):
                try writeResync(reason: "too-old", oldest: oldest, with: writer, into: &buffer)
            case .resumePointUnknown(let oldest):
                try writeResync(reason: "unknown", oldest: oldest, with: writer, into: &buffer)
            case .notifications(let notifications):
                for notification in notifications {
                    try writer.write(notification, codec: codec, into: &buffer)
                    lastSequence = notification.sequence
                }
                hub.metrics.delivered(.sse, codec: codecName, count: notifications.count)
            }
            try await box.writer.write(buffer)
            while let event = await subscription.next() {
                buffer.clear()
                switch event {
                case .heartbeat:
                    writer.writeHeartbeat(into: &buffer)
                    try await box.writer.write(buffer)
                case .notification(let delivery):
                    guard delivery.sequence > lastSequence else { continue }
                    lastSequence = delivery.sequence
                    try writer.write(
                        payload: delivery.payload, id: String(delivery.sequence), kind: codec.payloadKind, into: &buffer
                    )
                    try await box.writer.write(buffer)
                    hub.metrics.delivered(.sse, codec: codecName)
                    hub.metrics.recordPublishToWrite(since: delivery.publishedAt)
                }
            }
        }

        /// The resync answer: `event: resync` with `data: {"reason":REASON,"oldest":N}`.
        private static func writeResync(
            reason: String, oldest: UInt64, with writer: SSEEventWriter, into buffer: inout ByteBuffer
        ) throws {
            try writer.write(
                payload: ByteBuffer(string: "{\"reason\":\"\(reason)\",\"oldest\":\(oldest)}"), event: "resync",
                kind: .text, into: &buffer)
        }
    }
#endif
