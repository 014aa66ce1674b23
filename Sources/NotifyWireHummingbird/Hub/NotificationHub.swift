#if Hummingbird
    public import NotifyWire
    import Prometheus
    public import ServiceLifecycle
    import Glibc
    import NIOCore
    import Synchronization

    /// The hub of a NotifyWire server: publish a notification once, and it is stored by the hub's
    /// ``HubEngine`` (in memory, or in PostgreSQL shared by many nodes), encoded once per codec that has
    /// subscribers for its recipient on this node, and queued to each of those subscribers (SSE streams,
    /// WebSockets, held long-polls).
    ///
    /// Each recipient's notifications reach this node's subscribers in sequence order, each once: the hub
    /// keeps, per locally subscribed recipient, the last position it delivered, fans out its own publications
    /// directly when they follow it, and otherwise (another node's publication, a wake-up, its periodic look at
    /// the heads) reads the engine after it.
    ///
    /// A `Service`: add it to the application's services (before the application, see the README). Its
    /// ``run()`` runs the engine (for PostgreSQL, the connection pool and the listener), follows the engine's
    /// wake-ups and polls the heads; a graceful shutdown ends every subscription and the streams close.
    public final class NotificationHub: Sendable, Service {
        /// The settings.
        public let configuration: NotifyWireServerConfiguration
        /// Where the notifications are stored.
        public let engine: any HubEngine
        /// The metrics, in ``NotifyWireServerConfiguration/prometheus`` (or a private registry).
        public let metrics: NotifyWireMetrics
        let state = Mutex(NotificationHubState())

        /// Creates a hub on the engine ``NotifyWireServerConfiguration/engine`` selects.
        public convenience init(configuration: NotifyWireServerConfiguration = NotifyWireServerConfiguration()) {
            let engine: any HubEngine
            switch configuration.engine {
            case .inMemory:
                engine = InMemoryHubEngine(
                    limits: ReplayLogLimits(maxEntries: configuration.replayCount, maxBytes: configuration.replayBytes))
            case .postgres(let postgres):
                engine = PostgresHubEngine(configuration: postgres)
            }
            self.init(configuration: configuration, engine: engine)
        }

        /// Creates a hub on `engine` (``NotifyWireServerConfiguration/engine`` is not read). The hub runs the
        /// engine in its ``run()``.
        public init(configuration: NotifyWireServerConfiguration, engine: any HubEngine) {
            self.configuration = configuration
            self.engine = engine
            self.metrics = NotifyWireMetrics(
                registry: configuration.prometheus ?? PrometheusCollectorRegistry(), codecs: configuration.codecs)
            self.maxSubscriptions =
                configuration.maxSubscriptions ?? Self.openFileSoftLimit().map { max(1, $0 - 64) } ?? 1024
        }

        /// The process's open-file soft limit, when it can be read and is finite.
        private static func openFileSoftLimit() -> Int? {
            var limits = rlimit()
            guard getrlimit(Int32(RLIMIT_NOFILE.rawValue), &limits) == 0, limits.rlim_cur != rlim_t.max else {
                return nil
            }
            return Int(clamping: limits.rlim_cur)
        }

        /// Publishes `notification` under its recipient's next sequence (any `sequence` it carries is replaced)
        /// and queues it to this node's subscribers of its recipient.
        ///
        /// - Parameter idempotencyKey: a publisher's retry key: a second publication with it (within the
        ///   engine's window) stores nothing and returns the first one's result.
        /// - Returns: the notification as stored, with its sequence, once the engine has stored it.
        /// - Throws: ``HubEngineError`` (``HubEngineError/Code/unavailable``: answer 503, nothing may be assumed
        ///   stored).
        @discardableResult
        public func publish(_ notification: NotificationMessage, idempotencyKey: String? = nil) async throws
            -> NotificationMessage
        {
            let stored = try await publish(contentsOf: [notification], idempotencyKey: idempotencyKey)
            guard let first = stored.first else {
                throw HubEngineError(.corruptRow, "the engine returned no notification for a publication")
            }
            return first
        }

        /// Publishes `notifications` in order, all or none, in one step of the engine: a recipient's ones get
        /// consecutive sequences. Each is queued to the subscribers of its recipient, as by ``publish(_:idempotencyKey:)``.
        ///
        /// - Returns: the notifications as stored, with their sequences, in the same order.
        @discardableResult
        public func publish(
            contentsOf notifications: some Collection<NotificationMessage>, idempotencyKey: String? = nil
        ) async throws -> [NotificationMessage] {
            let batch = Array(notifications)
            guard !batch.isEmpty else { return [] }
            let publication: HubPublication
            do {
                publication = try await engine.append(batch, idempotencyKey: idempotencyKey)
            } catch let error as HubEngineError {
                metrics.publishFailed(error.code)
                throw error
            } catch {
                metrics.publishFailed(.unavailable)
                throw HubEngineError(.unavailable, "the engine could not store the publication: \(error)")
            }
            metrics.published.increment(by: Int64(publication.notifications.count))
            await deliver(publication)
            return publication.notifications
        }

        /// Registers a subscriber of `recipient`'s notifications in `codec`, and returns it with what to replay
        /// first: the recipient's notifications after `after` (`nil`: none) up to the position from which the
        /// subscription receives live ones, so that replay followed by ``HubSubscription/next()`` has no gap and
        /// no duplicate; or the resync answer when the engine cannot honour `after`.
        ///
        /// Throws, registering nothing, when the recipient already has
        /// ``NotifyWireServerConfiguration/maxSubscriptionsPerRecipient`` subscriptions, the hub
        /// ``maxSubscriptions``, or the engine cannot be read. Call ``unsubscribe(_:)`` exactly once when the
        /// connection ends (it updates the connection gauge).
        public func subscribe(
            recipient: String, codec: any NotificationCodec, transport: NotifyWireTransport, after: HubCursor? = nil
        ) async throws(NotificationHubError) -> (subscription: HubSubscription, replay: HubReplay) {
            var head: HubCursor?
            let subscription: HubSubscription
            let delivered: HubCursor
            let isNew: Bool
            while true {
                let admitted = state.withLock { state in
                    register(recipient, codec: codec, transport: transport, head: head, state: &state)
                }
                switch admitted {
                case .failure(let error):
                    metrics.refusedSubscription(error.code)
                    throw error
                case .success(let registered?):
                    (subscription, delivered, isNew) = registered
                case .success(nil):
                    // The recipient has no subscriber here yet: its position starts at the engine's head (its
                    // log opened, so that its epoch is known).
                    do {
                        head = try await engine.openLog(of: recipient)
                    } catch {
                        metrics.refusedSubscription(.unavailable)
                        throw NotificationHubError(unavailable: error, recipient: recipient)
                    }
                    continue
                }
                break
            }
            metrics.connectionOpened(transport, codec: codec.format.name)
            // Whatever was published between reading the head and registering is read now.
            if isNew { await catchUp(recipient) }
            guard let after else { return (subscription, .none) }
            let replay: HubReplay
            do {
                replay = try await self.replay(recipient, after: after, through: delivered)
            } catch {
                unsubscribe(subscription)
                throw NotificationHubError(unavailable: error, recipient: recipient)
            }
            if case .notifications = replay {
                // A resume point ahead of this node's deliveries (published elsewhere, not delivered here yet).
                subscription.skip(through: after)
                metrics.resumed(transport)
            }
            return (subscription, replay)
        }

        /// Registers the subscription under the lock, or says why not (`nil`: the recipient's position is not
        /// known here yet and `head` is `nil`: read it first).
        private func register(
            _ recipient: String, codec: any NotificationCodec, transport: NotifyWireTransport, head: HubCursor?,
            state: inout NotificationHubState
        ) -> Result<(subscription: HubSubscription, delivered: HubCursor, isNew: Bool)?, NotificationHubError> {
            if (state.recipients[recipient]?.subscribers.count ?? 0) >= configuration.maxSubscriptionsPerRecipient {
                return .failure(
                    NotificationHubError(
                        code: .tooManySubscriptionsForRecipient, recipient: recipient,
                        limit: configuration.maxSubscriptionsPerRecipient))
            }
            if state.subscriberCount >= maxSubscriptions {
                return .failure(
                    NotificationHubError(code: .tooManySubscriptions, recipient: recipient, limit: maxSubscriptions))
            }
            var isNew = false
            if state.recipients[recipient] == nil {
                guard let head else { return .success(nil) }
                state.recipients[recipient] = RecipientDelivery(delivered: head)
                isNew = true
            }
            let delivered = state.recipients[recipient]?.delivered ?? .start
            state.recipients[recipient]?.idleSince = nil
            state.nextSubscriptionID += 1
            let subscription = HubSubscription(
                id: state.nextSubscriptionID, recipient: recipient, codec: codec, transport: transport,
                capacity: configuration.queueCapacity, floor: delivered)
            if state.isShutDown {
                subscription.finish(.shutdown)
                if isNew { state.recipients[recipient] = nil }
            } else {
                state.recipients[recipient]?.subscribers[subscription.id] = subscription
                state.subscriberCount += 1
            }
            return .success((subscription, delivered, isNew))
        }

        /// Removes `subscription` (idempotent) and ends it if it is still open.
        public func unsubscribe(_ subscription: HubSubscription) {
            state.withLock { state in
                if state.recipients[subscription.recipient]?.subscribers.removeValue(forKey: subscription.id) != nil {
                    state.subscriberCount -= 1
                }
                if state.recipients[subscription.recipient]?.subscribers.isEmpty == true {
                    linger(subscription.recipient, state: &state)
                }
            }
            subscription.finish(.cancelled)
            if subscription.markReleased() {
                metrics.connectionClosed(subscription.transport, codec: subscription.codec.format.name)
            }
        }

        /// Keeps `recipient`, just left without subscribers, for ``NotifyWireServerConfiguration/recipientLinger``
        /// (its position stays current, so a subscriber coming back needs no engine round trip), and forgets the
        /// recipients left for longer, or beyond ``maxSubscriptions`` of them.
        private func linger(_ recipient: String, state: inout NotificationHubState) {
            let now = ContinuousClock.now
            if configuration.recipientLinger > .zero && !state.isShutDown {
                state.recipients[recipient]?.idleSince = now
                state.lingering.append((recipient, now))
            } else {
                state.recipients[recipient] = nil
            }
            forgetIdle(before: now - configuration.recipientLinger, state: &state)
        }

        /// Forgets the recipients left without subscribers before `deadline`, and the oldest left ones while
        /// more than ``maxSubscriptions`` are kept.
        func forgetIdle(before deadline: ContinuousClock.Instant, state: inout NotificationHubState) {
            while state.lingeringHead < state.lingering.count {
                let (recipient, since) = state.lingering[state.lingeringHead]
                let kept = state.lingering.count - state.lingeringHead
                guard since < deadline || kept > maxSubscriptions else { break }
                state.lingeringHead += 1
                if let idle = state.recipients[recipient]?.idleSince, idle == since {
                    state.recipients[recipient] = nil
                }
            }
            if state.lingeringHead > 1024, state.lingeringHead * 2 > state.lingering.count {
                state.lingering.removeFirst(state.lingeringHead)
                state.lingeringHead = 0
            }
        }

        /// The notifications of `recipient` after `cursor` (`nil`: from the oldest retained), at most `limit`,
        /// as the engine has them, for a poll.
        /// - Throws: ``HubEngineError``.
        public func read(recipient: String, after cursor: HubCursor?, limit: Int) async throws -> HubEngineRead {
            try await engine.read(recipient: recipient, after: cursor, limit: limit)
        }

        /// Whether this node's deliveries of `recipient` stand exactly at `cursor` (the recipient has
        /// subscribers here, or had them within ``NotifyWireServerConfiguration/recipientLinger``, and no read of
        /// the engine is under way): a long-poll after `cursor` then has nothing to read before it waits, and
        /// what is published next, on any node, reaches it through its subscription. (A poll that does not wait
        /// reads the engine: another node's publication may be committed and not yet delivered here.)
        public func isDelivered(_ recipient: String, through cursor: HubCursor) -> Bool {
            state.withLock { state in
                guard let recipientState = state.recipients[recipient], !recipientState.reading else { return false }
                return Self.isCaughtUp(cursor, delivered: recipientState.delivered)
            }
        }

        /// Whether the hub can serve: its engine's health (`/health`).
        public func health() async -> HubEngineHealth { await engine.health() }

        /// The number of open subscriptions, over every recipient.
        public var subscriberCount: Int { state.withLock { $0.subscriberCount } }

        /// The most open subscriptions in all: ``NotifyWireServerConfiguration/maxSubscriptions``, or the
        /// process's open-file soft limit less 64 when that is `nil`.
        public let maxSubscriptions: Int

        /// The encodings done while fanning out publications (not replays): one per codec with subscribers per
        /// publication, whatever the number of subscribers.
        package var fanOutEncodeCount: Int { state.withLock { $0.fanOutEncodeCount } }

        /// Ends every subscription (their connections close) and refuses new ones.
        public func shutdown() {
            let all: [HubSubscription] = state.withLock { state in
                state.isShutDown = true
                let all = state.recipients.values.flatMap(\.subscribers.values)
                state.recipients = [:]
                state.subscriberCount = 0
                return all
            }
            for subscription in all { subscription.finish(.shutdown) }
        }

        /// Runs the engine, follows its wake-ups and polls the heads of subscribed recipients until graceful
        /// shutdown, then ends every subscription (``shutdown()``). Call it once.
        /// - Throws: what the engine's `run()` throws (``HubEngineError/Code/newerSchema``: exit).
        public func run() async throws {
            try await withThrowingTaskGroup(of: Void.self) { group in
                group.addTask {
                    try await self.engine.run()
                    try? await gracefulShutdown()
                }
                group.addTask { await self.followWakeUps() }
                if engine.isShared { group.addTask { await self.pollHeads() } }
                defer {
                    shutdown()
                    group.cancelAll()
                }
                try await group.next()
            }
        }
    }

    /// The mutable state of a ``NotificationHub``, behind its mutex.
    struct NotificationHubState: ~Copyable {
        /// The recipients with subscribers on this node, and those whose last subscriber left less than
        /// ``NotifyWireServerConfiguration/recipientLinger`` ago (``lingering``).
        var recipients: [String: RecipientDelivery] = [:]
        /// The recipients left without subscribers, oldest first, with when they were left (an entry whose
        /// recipient has subscribers again, or was left again later, is stale and skipped).
        var lingering: [(recipient: String, since: ContinuousClock.Instant)] = []
        var lingeringHead = 0
        /// The number of subscribers, over every recipient.
        var subscriberCount = 0
        var nextSubscriptionID: UInt64 = 0
        /// Encodings done by fan-out (replays are not counted).
        var fanOutEncodeCount = 0
        var isShutDown = false
    }

    /// One locally subscribed recipient: its subscribers and the last position delivered to them.
    struct RecipientDelivery {
        /// The last position fanned out here (or the engine's head when the first subscriber came).
        var delivered: HubCursor
        /// Subscribers by id.
        var subscribers: [UInt64: HubSubscription] = [:]
        /// A read of the engine after ``delivered`` is running; publications wait for it (``rereads``).
        var reading = false
        /// Something may have arrived while ``reading``: read again before stopping.
        var rereads = false
        /// When its last subscriber left (`nil` while it has subscribers).
        var idleSince: ContinuousClock.Instant?
    }

    /// What a new subscriber gets before live traffic, decided with its registration (so nothing is missed or
    /// delivered twice between the two).
    public enum HubReplay: Sendable, Equatable {
        /// No resume point was given: live traffic only.
        case none
        /// The recipient's notifications after the resume point, oldest first (possibly none), in the log of
        /// epoch `epoch`.
        case notifications([NotificationMessage], epoch: UInt64)
        /// The resume point cannot be honoured: the client must resync (live traffic follows).
        case resync(HubResync)
    }

    /// A subscription the hub refused: the recipient, or the hub, has as many subscriptions as it may, or the
    /// engine cannot be read.
    public struct NotificationHubError: Error, Sendable, Equatable, CustomStringConvertible {
        /// What was refused. Values are never renamed or removed.
        public struct Code: Hashable, Sendable, CustomStringConvertible {
            /// The name, as in the metrics label `reason`.
            public let name: String

            /// The recipient has ``NotifyWireServerConfiguration/maxSubscriptionsPerRecipient`` subscriptions.
            public static let tooManySubscriptionsForRecipient = Code(name: "recipient-limit")
            /// The hub has ``NotificationHub/maxSubscriptions`` subscriptions.
            public static let tooManySubscriptions = Code(name: "server-limit")
            /// The engine could not be read (answer 503 with `Retry-After`).
            public static let unavailable = Code(name: "unavailable")

            /// The name.
            public var description: String { name }
        }

        /// What was refused.
        public var code: Code
        /// The recipient of the refused subscription.
        public var recipient: String
        /// The limit that was reached (0 for ``Code/unavailable``).
        public var limit: Int
        /// Why the engine could not be read (``Code/unavailable`` only).
        public var reason: String?

        /// Creates an error.
        public init(code: Code, recipient: String, limit: Int, reason: String? = nil) {
            self.code = code
            self.recipient = recipient
            self.limit = limit
            self.reason = reason
        }

        init(unavailable error: (any Error)?, recipient: String) {
            self.init(code: .unavailable, recipient: recipient, limit: 0, reason: error.map { "\($0)" })
        }

        /// One sentence: what was refused and why.
        public var description: String {
            switch code {
            case .tooManySubscriptionsForRecipient:
                return "the recipient \(recipient) already has \(limit) open subscriptions"
            case .tooManySubscriptions:
                return "the server already has \(limit) open subscriptions"
            default:
                return "the notification store cannot be read now: \(reason ?? "unavailable")"
            }
        }
    }
#endif
