#if Hummingbird
    import Hummingbird
    import HTTPTypes
    import NIOCore
    import NotifyWire
    import ServiceLifecycle

    extension NotifyWireRouteHandlers {
        /// `GET /notifications?recipient=ID&cursor=SEQ&limit=N&wait=S`: a poll (`wait` absent or 0) or a
        /// long-poll held up to `wait` seconds (at most ``NotifyWireServerConfiguration/longPollMaxWait``),
        /// answered by ``NotifyWireFraming/PollResponder`` over the recipient's notifications.
        ///
        /// When the connection's `channel` is known and has an ``InputClosedWatcher`` (servers built by
        /// ``HummingbirdCore/HTTPServerBuilder/notifyWire(hub:)``), a held long-poll is cancelled when the client
        /// goes away and the connection is kept for the next request; otherwise the request stream is watched
        /// for the close, and Hummingbird closes the connection after the answer.
        func poll(_ request: Request, channel: (any Channel)?) async -> Response {
            let recipient: String
            switch await subscriber(of: request) {
            case .success(let found): recipient = found
            case .failure(let refusal): return refusal.response
            }
            var wait = Duration.zero
            if let text = request.uri.queryParameters.get("wait"), !text.isEmpty {
                guard let seconds = UInt64(text) else {
                    return PlainResponse.text(.badRequest, "wait must be a whole number of seconds")
                }
                wait = min(.seconds(min(seconds, 3600)), hub.configuration.longPollMaxWait)
            }
            let pollRequest = PollRequest(
                accept: request.headers[.accept], cursor: request.uri.queryParameters.get("cursor"),
                limit: request.uri.queryParameters.get("limit"), ifNoneMatch: request.headers[.ifNoneMatch],
                recipient: recipient)
            let responder = PollResponder(log: hub.log, registry: codecs)
            let answer: PollResponse
            if wait > .zero {
                let codecName = responder.registry.negotiate(accept: pollRequest.accept).codec?.format.name ?? "json"
                hub.metrics.connectionOpened(.longPoll, codec: codecName)
                defer { hub.metrics.connectionClosed(.longPoll, codec: codecName) }
                let held: PollResponse?
                if let channel, let watcher = await InputClosedWatcher.of(channel) {
                    held = await Self.hold(
                        { await responder.respondLongPollUntilCancelled(to: pollRequest) }, for: wait,
                        on: channel.eventLoop, cancelledWhenClosed: watcher)
                } else {
                    let holdFor = wait
                    held = try? await request.body.consumeWithCancellationOnInboundClose { _ in
                        await cancelWhenGracefulShutdown {
                            await responder.respondLongPoll(to: pollRequest, timeout: holdFor)
                        }
                    }
                }
                answer = held ?? responder.respond(to: pollRequest)
            } else {
                answer = responder.respond(to: pollRequest)
            }
            if let batch = answer.batch, let codec = answer.codec, !batch.notifications.isEmpty {
                hub.metrics.delivered(.longPoll, codec: codec.format.name, count: batch.notifications.count)
            }
            return Self.response(answer)
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

        static func response(_ answer: PollResponse) -> Response {
            var headers = answer.headers
            headers[.contentLength] = nil
            if answer.status == .notModified { return Response(status: answer.status, headers: headers) }
            return Response(status: answer.status, headers: headers, body: ResponseBody(byteBuffer: answer.body))
        }
    }
#endif
