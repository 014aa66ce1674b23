#if Hummingbird
    import Hummingbird
    import HummingbirdAuth
    import HTTPTypes
    import NIOCore
    import NotifyWire
    import ServiceLifecycle

    extension NotifyWireRoutes {
        /// `GET /notifications?recipient=ID&cursor=CURSOR&limit=N&wait=S`: a poll (`wait` absent or 0) or a
        /// long-poll held up to `wait` seconds (at most ``NotifyWireServerConfiguration/longPollMaxWait``), over the
        /// recipient's notifications in the hub's engine, answered in the codec the client accepts (see
        /// ``NotifyWireFraming/PollResponder`` for the statuses, `ETag` and headers). The batch's `cursor` is a
        /// ``HubCursor`` (a plain sequence on the in-memory engine); a cursor the engine cannot honour gets 410
        /// with `X-Resync-Reason` (`too-old`, `unknown`, `foreign`); an unavailable engine 503 with `Retry-After`.
        ///
        /// A held long-poll is a hub subscription (it counts against the subscription limits) waiting in one
        /// task, ended by a timer on the connection's event loop, by the connection's ``InputClosedWatcher`` when
        /// the client goes away, or by graceful shutdown; the connection is kept for the next request. A poll
        /// held when the identity's credential expires is answered 401 then.
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
            let responder = PollResponder(log: ReplayLog(), registry: codecs)
            let (codec, limit): (any NotificationCodec, Int)
            switch responder.parameters(of: pollRequest) {
            case .success(let chosen): (codec, limit) = chosen
            case .failure(let failure): return Self.response(failure.response)
            }
            var cursor: HubCursor?
            if let text = pollRequest.cursor, !text.isEmpty {
                guard let parsed = HubCursor(text) else {
                    throw NotifyWireHTTPError(
                        .badRequest, "the cursor must be a cursor the server gave (digits, or epoch-sequence)")
                }
                cursor = parsed
            }
            var page: PollPage
            if wait > .zero, let cursor, hub.isDelivered(recipient, through: cursor) {
                // Caught up with what this node delivered: wait without reading the engine first.
                page = .notifications([], epoch: cursor.epoch, hasMore: false, head: cursor)
            } else {
                page = try await readPage(recipient, after: cursor, limit: limit)
            }
            if wait > .zero, page.isEmpty {
                let expiresIn = context.identity?.remainingLifetime
                let lease = try await subscribe(
                    recipient: recipient, codec: codec, transport: .longPoll, after: cursor ?? page.head)
                let subscription = lease.subscription
                let watcher = await InputClosedWatcher.installed(in: context.channel)
                let nothingYet: Bool
                switch lease.replay {
                case .none: nothingYet = true
                case .notifications(let replayed, _): nothingYet = replayed.isEmpty
                case .resync: nothingYet = false
                }
                if nothingYet {
                    // Wait for a delivery, the deadline, the client to go away or shutdown.
                    _ = await Self.hold(
                        { await subscription.next() != nil }, for: min(wait, expiresIn ?? wait),
                        on: context.channel.eventLoop, cancelledWhenClosed: watcher)
                }
                hub.unsubscribe(subscription)
                page = try await readPage(recipient, after: cursor, limit: limit)
                if expiresIn != nil, context.identity?.remainingLifetime == .zero, page.isEmpty {
                    throw NotifyWireHTTPError.credentialExpired
                }
            }
            let response: PollResponse
            switch page {
            case .notifications(let notifications, let epoch, let hasMore, _):
                let ids = notifications.map { HubCursor(epoch: epoch, sequence: $0.sequence).description }
                let lastID = ids.last ?? (cursor ?? page.head).description
                response = responder.page(
                    notifications, firstID: ids.first, lastID: lastID, hasMore: hasMore, codec: codec,
                    request: pollRequest)
            case .resync(let resync):
                response = PollResponder.gone(cursor: cursor?.description ?? "", reason: resync.reason.name)
            }
            if let batch = response.batch, !batch.notifications.isEmpty {
                hub.metrics.delivered(.longPoll, codec: codec.format.name, count: batch.notifications.count)
            }
            return Self.response(response)
        }

        /// One page of the recipient's notifications after `cursor` from the hub's engine: 503 with `Retry-After`
        /// when it is unavailable.
        private func readPage(_ recipient: String, after cursor: HubCursor?, limit: Int) async throws -> PollPage {
            let read: HubEngineRead
            do {
                read = try await hub.read(recipient: recipient, after: cursor, limit: limit + 1)
            } catch {
                throw unavailable(error)
            }
            switch read {
            case .notifications(let notifications, let head):
                return .notifications(
                    Array(notifications.prefix(limit)), epoch: head.epoch, hasMore: notifications.count > limit,
                    head: head)
            case .tooOld(let oldest): return .resync(HubResync(reason: .tooOld, oldest: oldest))
            case .unknown(_, let oldest): return .resync(HubResync(reason: .unknown, oldest: oldest))
            case .foreign: return .resync(HubResync(reason: .foreign, oldest: 0))
            }
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

    /// What a poll read: a page (and the recipient's head, the cursor of an empty first page), or a resync.
    enum PollPage {
        case notifications([NotificationMessage], epoch: UInt64, hasMore: Bool, head: HubCursor)
        case resync(HubResync)

        /// The recipient's head when read (``HubCursor/start`` for a resync).
        var head: HubCursor {
            if case .notifications(_, _, _, let head) = self { return head }
            return .start
        }

        /// Whether no notification was found (a resync is not empty: it is answered).
        var isEmpty: Bool {
            if case .notifications(let found, _, _, _) = self { return found.isEmpty }
            return false
        }
    }
#endif
