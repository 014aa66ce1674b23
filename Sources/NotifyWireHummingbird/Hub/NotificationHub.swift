#if Hummingbird
    public import NotifyWire
    import Prometheus
    public import ServiceLifecycle
    import Glibc
    import NIOCore
    import Synchronization

    /// The hub of a NotifyWire server: publish a notification once, and it is stored in the replay log shared
    /// by every transport, encoded once per codec that has subscribers for its recipient, and queued to each
    /// of those subscribers (SSE streams, WebSockets, held long-polls).
    ///
    /// A `Service`: add it to the application's services (before the application, see the README) so that
    /// a graceful shutdown ends every subscription and the streams close.
    public final class NotificationHub: Sendable, Service {
        /// The settings.
        public let configuration: NotifyWireServerConfiguration
        /// The notifications published so far (bounded by ``NotifyWireServerConfiguration/replayCount`` and
        /// ``NotifyWireServerConfiguration/replayBytes``), shared by every transport.
        public let log: ReplayLog<NotificationMessage>
        /// The metrics, in ``NotifyWireServerConfiguration/prometheus`` (or a private registry).
        public let metrics: NotifyWireMetrics
        private let state = Mutex(NotificationHubState())

        /// Creates a hub with an empty log.
        public init(configuration: NotifyWireServerConfiguration = NotifyWireServerConfiguration()) {
            self.configuration = configuration
            self.log = ReplayLog(
                limits: ReplayLogLimits(maxEntries: configuration.replayCount, maxBytes: configuration.replayBytes))
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

        /// Publishes `notification` under the next sequence (1, 2, 3, …; any `sequence` it carries is replaced),
        /// appends it to the log and queues it to every subscriber of its `recipientID`.
        ///
        /// - Returns: the notification as stored, with its sequence.
        @discardableResult
        public func publish(_ notification: NotificationMessage) -> NotificationMessage {
            publish(contentsOf: CollectionOfOne(notification))[0]
        }

        /// Publishes `notifications` in order under consecutive sequences, in one step: no other publication
        /// comes between them. Each is appended to the log and queued to the subscribers of its recipient, as by
        /// ``publish(_:)``.
        ///
        /// - Returns: the notifications as stored, with their sequences, in the same order.
        @discardableResult
        public func publish(contentsOf notifications: some Collection<NotificationMessage>) -> [NotificationMessage] {
            var storedAll: [NotificationMessage] = []
            storedAll.reserveCapacity(notifications.count)
            let now = ContinuousClock.now
            let dropped: [HubSubscription] = state.withLock { state in
                var dropped: [HubSubscription] = []
                for notification in notifications {
                    var stored = notification
                    stored.sequence = state.nextSequence
                    state.nextSequence += 1
                    log.append(stored, byteCount: Self.estimatedSize(of: stored))
                    fanOut(stored, publishedAt: now, state: &state, dropped: &dropped)
                    storedAll.append(stored)
                }
                return dropped
            }
            metrics.published.increment(by: Int64(storedAll.count))
            for subscription in dropped where subscription.finish(.slowConsumer) {
                metrics.droppedSlowConsumer(subscription.transport)
            }
            return storedAll
        }

        /// Encodes `stored` once per codec its recipient's subscribers use and queues it to each; subscribers
        /// whose queue is full are removed and added to `dropped`.
        private func fanOut(
            _ stored: NotificationMessage, publishedAt now: ContinuousClock.Instant, state: inout NotificationHubState,
            dropped: inout [HubSubscription]
        ) {
            guard let subscribers = state.subscribers[stored.recipientID], !subscribers.isEmpty else { return }
            var encoded: [String: ByteBuffer] = [:]
            for subscription in subscribers.values {
                let name = subscription.codec.format.name
                var payload: ByteBuffer
                if let done = encoded[name] {
                    payload = done
                } else {
                    payload = ByteBuffer()
                    do {
                        try subscription.codec.encode(stored, into: &payload)
                    } catch {
                        continue
                    }
                    state.fanOutEncodeCount += 1
                    encoded[name] = payload
                }
                let delivery = HubDelivery(sequence: stored.sequence, payload: payload, publishedAt: now)
                if !subscription.enqueue(delivery) {
                    dropped.append(subscription)
                    if state.subscribers[stored.recipientID]?.removeValue(forKey: subscription.id) != nil {
                        state.subscriberCount -= 1
                    }
                }
            }
        }

        /// Registers a subscriber of `recipient`'s notifications in `codec`, and returns it with what to replay
        /// first: the recipient's notifications after `after` (`nil`: none), decided atomically with the
        /// registration, so that replay followed by ``HubSubscription/next()`` has no gap and no duplicate.
        ///
        /// Throws, registering nothing, when the recipient already has
        /// ``NotifyWireServerConfiguration/maxSubscriptionsPerRecipient`` subscriptions or the hub
        /// ``maxSubscriptions``. Call ``unsubscribe(_:)`` exactly once when the connection ends (it updates the
        /// connection gauge).
        public func subscribe(
            recipient: String, codec: any NotificationCodec, transport: NotifyWireTransport, after: UInt64? = nil
        ) throws(NotificationHubError) -> (subscription: HubSubscription, replay: HubReplay) {
            let admitted: Result<(HubSubscription, HubReplay), NotificationHubError> = state.withLock { state in
                if (state.subscribers[recipient]?.count ?? 0) >= configuration.maxSubscriptionsPerRecipient {
                    return .failure(
                        NotificationHubError(
                            code: .tooManySubscriptionsForRecipient, recipient: recipient,
                            limit: configuration.maxSubscriptionsPerRecipient))
                }
                if state.subscriberCount >= maxSubscriptions {
                    return .failure(
                        NotificationHubError(code: .tooManySubscriptions, recipient: recipient, limit: maxSubscriptions)
                    )
                }
                state.nextSubscriptionID += 1
                let subscription = HubSubscription(
                    id: state.nextSubscriptionID, recipient: recipient, codec: codec, transport: transport,
                    capacity: configuration.queueCapacity)
                if state.isShutDown {
                    subscription.finish(.shutdown)
                } else {
                    state.subscribers[recipient, default: [:]][subscription.id] = subscription
                    state.subscriberCount += 1
                }
                return .success((subscription, replay(for: recipient, after: after)))
            }
            let result: (HubSubscription, HubReplay)
            switch admitted {
            case .success(let admitted): result = admitted
            case .failure(let error):
                metrics.refusedSubscription(error.code)
                throw error
            }
            metrics.connectionOpened(transport, codec: codec.format.name)
            switch result.1 {
            case .notifications, .tooOld: metrics.resumed(transport)
            case .none, .resumePointUnknown: break
            }
            return result
        }

        /// Removes `subscription` (idempotent) and ends it if it is still open.
        public func unsubscribe(_ subscription: HubSubscription) {
            state.withLock { state in
                if state.subscribers[subscription.recipient]?.removeValue(forKey: subscription.id) != nil {
                    state.subscriberCount -= 1
                }
                if state.subscribers[subscription.recipient]?.isEmpty == true {
                    state.subscribers[subscription.recipient] = nil
                }
            }
            subscription.finish(.cancelled)
            if subscription.markReleased() {
                metrics.connectionClosed(subscription.transport, codec: subscription.codec.format.name)
            }
        }

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
                let all = state.subscribers.values.flatMap(\.values)
                state.subscribers = [:]
                state.subscriberCount = 0
                return all
            }
            for subscription in all { subscription.finish(.shutdown) }
        }

        /// Runs until graceful shutdown, then ends every subscription (``shutdown()``).
        public func run() async throws {
            try? await gracefulShutdown()
            shutdown()
        }

        private func replay(for recipient: String, after: UInt64?) -> HubReplay {
            guard let after else { return .none }
            switch log.after(sequence: after) {
            case .entries(let entries):
                return .notifications(entries.lazy.map(\.payload).filter { $0.recipientID == recipient })
            case .tooOld:
                return .tooOld(oldest: log.oldestRetainedSequence ?? 0)
            case .unknown:
                return .resumePointUnknown(oldest: log.oldestRetainedSequence ?? 0)
            }
        }

        /// The bytes a notification is charged in the log: its text fields plus a fixed overhead (an estimate,
        /// without encoding it).
        static func estimatedSize(of notification: NotificationMessage) -> Int {
            var size = 64 + notification.id.utf8.count + notification.recipientID.utf8.count
            size += notification.title.utf8.count + notification.body.utf8.count + notification.url.utf8.count
            for tag in notification.tags { size += tag.utf8.count + 2 }
            for (key, value) in notification.data { size += key.utf8.count + value.utf8.count + 4 }
            return size
        }
    }

    /// The mutable state of a ``NotificationHub``, behind its mutex.
    struct NotificationHubState: ~Copyable {
        /// The sequence given to the next published notification.
        var nextSequence: UInt64 = 1
        /// Subscribers by recipient, then by id.
        var subscribers: [String: [UInt64: HubSubscription]] = [:]
        /// The number of subscribers, over every recipient.
        var subscriberCount = 0
        var nextSubscriptionID: UInt64 = 0
        /// Encodings done by ``NotificationHub/publish(_:)`` (fan-out; replays are not counted).
        var fanOutEncodeCount = 0
        var isShutDown = false
    }

    /// What a new subscriber gets from the replay log before live traffic, decided atomically with its
    /// registration (so nothing is missed or delivered twice between the two).
    public enum HubReplay: Sendable, Equatable {
        /// No resume point was given: live traffic only.
        case none
        /// The recipient's notifications after the resume point, oldest first (possibly none).
        case notifications([NotificationMessage])
        /// The log no longer holds everything after the resume point: the client must resync. `oldest` is the
        /// oldest sequence still retained (0 when the log is empty).
        case tooOld(oldest: UInt64)
        /// The resume point is newer than anything this hub has published: it came from another server, or from
        /// before a restart (the log is in memory). Whatever was published in between is not known here, so the
        /// client must resync. `oldest` is the oldest sequence retained (0 when the log is empty).
        case resumePointUnknown(oldest: UInt64)
    }

    /// A subscription the hub refused: the recipient, or the hub, has as many subscriptions as it may.
    public struct NotificationHubError: Error, Sendable, Equatable, CustomStringConvertible {
        /// What was refused. Values are never renamed or removed.
        public struct Code: Hashable, Sendable, CustomStringConvertible {
            /// The name, as in the metrics label `reason`.
            public let name: String

            /// The recipient has ``NotifyWireServerConfiguration/maxSubscriptionsPerRecipient`` subscriptions.
            public static let tooManySubscriptionsForRecipient = Code(name: "recipient-limit")
            /// The hub has ``NotificationHub/maxSubscriptions`` subscriptions.
            public static let tooManySubscriptions = Code(name: "server-limit")

            /// The name.
            public var description: String { name }
        }

        /// What was refused.
        public var code: Code
        /// The recipient of the refused subscription.
        public var recipient: String
        /// The limit that was reached.
        public var limit: Int

        /// One sentence: what was refused and why.
        public var description: String {
            code == .tooManySubscriptionsForRecipient
                ? "the recipient \(recipient) already has \(limit) open subscriptions"
                : "the server already has \(limit) open subscriptions"
        }
    }
#endif
