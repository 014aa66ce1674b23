#if Hummingbird
    import Hummingbird
    import HummingbirdAuth
    import HTTPTypes
    import NIOCore
    import NotifyWire
    import ServiceLifecycle

    extension NotifyWireRoutes {
        /// `GET /notifications?recipient=ID&cursor=SEQ&limit=N&wait=S`: a poll (`wait` absent or 0) or a
        /// long-poll held up to `wait` seconds (at most ``NotifyWireServerConfiguration/longPollMaxWait``),
        /// answered by ``NotifyWireFraming/PollResponder`` over the recipient's notifications.
        ///
        /// A held long-poll runs in one task, ended by a timer on the connection's event loop, by the
        /// connection's ``InputClosedWatcher`` when the client goes away, or by graceful shutdown; the
        /// connection is kept for the next request. A poll held when the identity's credential expires is
        /// answered 401 then.
        func poll(_ request: Request, context: Context) async throws -> Response {
            let recipient = try subscriber(of: request, context: context)
            var wait = Duration.zero
            if let text = request.uri.queryParameters.get("wait"), !text.isEmpty {
                guard let seconds = UInt64(decimalDigits: text) else {
                    throw NotifyWireHTTPError(.badRequest, "wait must be a whole number of seconds")
                }
                wait = min(.seconds(min(seconds, 3600)), hub.configuration.longPollMaxWait)
            }
            let pollRequest = PollRequest(
                accept: request.headers[.accept], cursor: request.uri.queryParameters.get("cursor"),
                limit: request.uri.queryParameters.get("limit"), ifNoneMatch: request.headers[.ifNoneMatch],
                recipient: recipient)
            let responder = PollResponder(log: hub.log, registry: codecs)
            let response: PollResponse
            if wait > .zero {
                let codecName = responder.registry.negotiate(accept: pollRequest.accept).codec?.format.name ?? "json"
                hub.metrics.connectionOpened(.longPoll, codec: codecName)
                defer { hub.metrics.connectionClosed(.longPoll, codec: codecName) }
                let channel = context.channel
                let watcher = await InputClosedWatcher.installed(in: channel)
                let expiresIn = context.identity?.remainingLifetime
                response = await Self.hold(
                    { await responder.respondLongPollUntilCancelled(to: pollRequest) },
                    for: min(wait, expiresIn ?? wait), on: channel.eventLoop, cancelledWhenClosed: watcher)
                if expiresIn != nil, context.identity?.remainingLifetime == .zero,
                    response.batch?.notifications.isEmpty ?? true
                {
                    throw NotifyWireHTTPError.credentialExpired
                }
            } else {
                response = responder.respond(to: pollRequest)
            }
            if let batch = response.batch, let codec = response.codec, !batch.notifications.isEmpty {
                hub.metrics.delivered(.longPoll, codec: codec.format.name, count: batch.notifications.count)
            }
            return Self.response(response)
        }

        /// Runs `operation` in a task of its own, cancelled after `duration` (a timer on `eventLoop`), when
        /// `watcher` sees the client go away, on graceful shutdown, or when the caller is cancelled: one task per
        /// held poll, where a deadline and a shutdown watch of their own would take four more.
        private static func hold<Value: Sendable>(
            _ operation: @escaping @Sendable () async -> Value, for duration: Duration, on eventLoop: any EventLoop,
            cancelledWhenClosed watcher: InputClosedWatcher
        ) async -> Value {
            let task = Task { await operation() }
            let deadline = eventLoop.scheduleTask(in: TimeAmount(duration)) { task.cancel() }
            defer { deadline.cancel() }
            watcher.whenClosed { task.cancel() }
            defer { watcher.clear() }
            return await withGracefulShutdownHandler {
                await withTaskCancellationHandler {
                    await task.value
                } onCancel: {
                    task.cancel()
                }
            } onGracefulShutdown: {
                task.cancel()
            }
        }

        static func response(_ pollResponse: PollResponse) -> Response {
            var headers = pollResponse.headers
            headers[.contentLength] = nil
            if pollResponse.status == .notModified { return Response(status: pollResponse.status, headers: headers) }
            return Response(
                status: pollResponse.status, headers: headers, body: ResponseBody(byteBuffer: pollResponse.body))
        }
    }
#endif
