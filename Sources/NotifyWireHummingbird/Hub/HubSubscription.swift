#if Hummingbird
    public import NIOCore
    public import NotifyWireCore
    import Synchronization

    /// A subscriber of a ``NotificationHub``: one connection's bounded queue of encoded notifications for one
    /// recipient, in one codec.
    ///
    /// The hub enqueues; the connection's task reads with ``next()``. When the queue is full the hub ends
    /// the subscription (``HubSubscriptionEnd/slowConsumer``) and drops what was queued: ``next()`` then
    /// returns `nil`, and ``ended()`` returns, so that the connection can be closed even while a write is
    /// blocked on a client that stopped reading.
    public final class HubSubscription: Sendable {
        /// The hub's id of this subscription.
        public let id: UInt64
        /// The recipient whose notifications it receives.
        public let recipient: String
        /// The codec its notifications are encoded with.
        public let codec: any NotificationCodec
        /// Its transport (for metrics).
        public let transport: NotifyWireTransport
        /// The most notifications queued before the subscriber is dropped.
        public let capacity: Int
        private let state: Mutex<State>
        private let released = Atomic<Bool>(false)

        private struct State: ~Copyable {
            var queue: [HubDelivery] = []
            var head = 0
            var reader: CheckedContinuation<HubSubscriptionEvent?, Never>?
            var endWaiters: [CheckedContinuation<HubSubscriptionEnd, Never>] = []
            var endActions: [@Sendable (HubSubscriptionEnd) -> Void] = []
            var end: HubSubscriptionEnd?
            var heartbeatDue = false
            /// The last position queued (or replayed): a delivery at or before it in the same epoch is skipped.
            var floor: HubCursor

            var count: Int { queue.count - head }
        }

        init(
            id: UInt64, recipient: String, codec: any NotificationCodec, transport: NotifyWireTransport, capacity: Int,
            floor: HubCursor
        ) {
            self.id = id
            self.recipient = recipient
            self.codec = codec
            self.transport = transport
            self.capacity = max(1, capacity)
            self.state = Mutex(State(floor: floor))
        }

        /// The number of notifications queued and not yet read.
        public var queuedCount: Int { state.withLock { $0.count } }

        /// The epoch of the recipient's log as the subscription knows it (that of the last position queued or
        /// replayed; 0 for the in-memory engine, and for a log of an engine with epochs that does not exist yet).
        public var epoch: UInt64 { state.withLock { $0.floor.epoch } }

        /// Why the subscription ended, or `nil` while it is open.
        public var end: HubSubscriptionEnd? { state.withLock { $0.end } }

        /// Queues `delivery`; returns `false`, queueing nothing, when the queue is full or the subscription has
        /// ended (the hub then ends it as a slow consumer). A delivery at or before the last one queued (or the
        /// resume point), in the same epoch, is skipped: each position reaches the connection once, in order.
        func enqueue(_ delivery: HubDelivery) -> Bool {
            let reader: CheckedContinuation<HubSubscriptionEvent?, Never>?
            do {
                reader = try state.withLock {
                    state throws(QueueFull) -> CheckedContinuation<HubSubscriptionEvent?, Never>? in
                    guard state.end == nil else { throw QueueFull() }
                    if delivery.epoch == state.floor.epoch && delivery.sequence <= state.floor.sequence { return nil }
                    state.floor = HubCursor(epoch: delivery.epoch, sequence: delivery.sequence)
                    if let reader = state.reader {
                        state.reader = nil
                        return reader
                    }
                    guard state.count < capacity else { throw QueueFull() }
                    state.queue.append(delivery)
                    return nil
                }
            } catch {
                return false
            }
            reader?.resume(returning: .notification(delivery))
            return true
        }

        /// Skips what the client has already seen: drops queued deliveries at or before `cursor` (same epoch) and
        /// skips later ones up to it (a client resuming from a position ahead of this node's deliveries).
        func skip(through cursor: HubCursor) {
            state.withLock { state in
                // A floor at sequence 0 has seen nothing yet: the cursor says which history it is in.
                guard
                    (cursor.epoch == state.floor.epoch && cursor.sequence > state.floor.sequence)
                        || state.floor.sequence == 0
                else { return }
                state.floor = cursor
                let kept = state.queue[state.head...].filter {
                    $0.epoch != cursor.epoch || $0.sequence > cursor.sequence
                }
                state.queue = Array(kept)
                state.head = 0
            }
        }

        /// Makes ``next()`` return ``HubSubscriptionEvent/heartbeat`` (at once when it is waiting, else the next
        /// time it finds the queue empty), so that a connection's only writer also writes its heartbeats.
        public func requestHeartbeat() {
            let reader: CheckedContinuation<HubSubscriptionEvent?, Never>? = state.withLock { state in
                guard state.end == nil else { return nil }
                if let reader = state.reader {
                    state.reader = nil
                    return reader
                }
                state.heartbeatDue = true
                return nil
            }
            reader?.resume(returning: .heartbeat)
        }

        private struct QueueFull: Error {}

        /// Marks the subscription released by the hub; `true` the first time only.
        func markReleased() -> Bool {
            released.compareExchange(expected: false, desired: true, ordering: .acquiringAndReleasing).exchanged
        }

        /// The next queued notification or requested heartbeat, waiting for one; `nil` once the subscription
        /// has ended and its queue is empty (see ``finish(_:)``), or when the task is cancelled (which ends it).
        public func next() async -> HubSubscriptionEvent? {
            await withTaskCancellationHandler {
                await withCheckedContinuation { (continuation: CheckedContinuation<HubSubscriptionEvent?, Never>) in
                    let immediate: HubSubscriptionEvent?? = state.withLock { state in
                        if state.count > 0 {
                            let delivery = state.queue[state.head]
                            state.head += 1
                            if state.head == state.queue.count {
                                state.queue.removeAll(keepingCapacity: true)
                                state.head = 0
                            } else if state.head >= 64 && state.head * 2 >= state.queue.count {
                                state.queue.removeFirst(state.head)
                                state.head = 0
                            }
                            return .some(.notification(delivery))
                        }
                        if state.end != nil { return .some(nil) }
                        if state.heartbeatDue {
                            state.heartbeatDue = false
                            return .some(.heartbeat)
                        }
                        state.reader = continuation
                        return nil
                    }
                    if let immediate { continuation.resume(returning: immediate) }
                }
            } onCancel: {
                finish(.cancelled)
            }
        }

        /// Waits until the subscription ends and returns why.
        public func ended() async -> HubSubscriptionEnd {
            await withCheckedContinuation { (continuation: CheckedContinuation<HubSubscriptionEnd, Never>) in
                let end: HubSubscriptionEnd? = state.withLock { state in
                    if let end = state.end { return end }
                    state.endWaiters.append(continuation)
                    return nil
                }
                if let end { continuation.resume(returning: end) }
            }
        }

        /// Runs `action` with the reason once the subscription ends: at once, in the caller, when it has already
        /// ended; otherwise in whoever calls ``finish(_:)``, after the reader and the ``ended()`` waiters are woken.
        /// Unlike ``ended()`` it needs no task of its own.
        public func whenEnded(_ action: @escaping @Sendable (HubSubscriptionEnd) -> Void) {
            let end: HubSubscriptionEnd? = state.withLock { state in
                if let end = state.end { return end }
                state.endActions.append(action)
                return nil
            }
            if let end { action(end) }
        }

        /// Ends the subscription (the first reason wins) and wakes the reader and the ``ended()`` waiters. On
        /// ``HubSubscriptionEnd/shutdown`` ``next()`` still returns what was queued before `nil` (the stream
        /// closes after the last notification); otherwise the queue is dropped. Then runs the ``whenEnded(_:)``
        /// actions. Returns `false` when it had already ended.
        @discardableResult
        func finish(_ reason: HubSubscriptionEnd) -> Bool {
            let woken:
                (
                    reader: CheckedContinuation<HubSubscriptionEvent?, Never>?,
                    waiters: [CheckedContinuation<HubSubscriptionEnd, Never>],
                    actions: [@Sendable (HubSubscriptionEnd) -> Void]
                )? =
                    state.withLock { state in
                        guard state.end == nil else { return nil }
                        state.end = reason
                        if reason != .shutdown {
                            state.queue = []
                            state.head = 0
                        }
                        let reader = state.reader
                        state.reader = nil
                        let waiters = state.endWaiters
                        state.endWaiters = []
                        let actions = state.endActions
                        state.endActions = []
                        return (reader, waiters, actions)
                    }
            guard let woken else { return false }
            woken.reader?.resume(returning: nil)
            for waiter in woken.waiters { waiter.resume(returning: reason) }
            for action in woken.actions { action(reason) }
            return true
        }
    }

    /// What ``HubSubscription/next()`` hands the connection's writer.
    public enum HubSubscriptionEvent: Sendable {
        /// A notification to write.
        case notification(HubDelivery)
        /// Time for a heartbeat (``HubSubscription/requestHeartbeat()``).
        case heartbeat
    }

    /// Why a ``HubSubscription`` ended.
    public enum HubSubscriptionEnd: Sendable, Equatable {
        /// Its outgoing queue was full: the consumer fell behind and is disconnected.
        case slowConsumer
        /// The hub shut down.
        case shutdown
        /// The connection closed it (client gone, or the route finished).
        case cancelled
        /// The credential that authorized it expired (``NotifyWireIdentity/expiresAt``).
        case credentialExpired
        /// The recipient's log on the engine no longer continues what this node delivered (its history was
        /// purged and started again, or retention or a restored backup left this node behind): the client must
        /// resync (SSE: `event: resync`, WebSocket: close code 4002).
        case resync(HubResync)
    }

    /// Why a client must resync, and the oldest sequence the engine still retains for its recipient (0 when
    /// not known): the `data` of SSE's `event: resync` and the reason of WebSocket's close code 4002.
    public struct HubResync: Sendable, Hashable, CustomStringConvertible {
        /// Why. Values are never renamed or removed.
        public struct Reason: Hashable, Sendable, CustomStringConvertible {
            /// The name, as in the `reason` field.
            public let name: String

            /// Notifications after the resume point are no longer retained.
            public static let tooOld = Reason(name: "too-old")
            /// The resume point is beyond anything the recipient's log holds (a restart of the in-memory
            /// engine, another installation, a restored backup).
            public static let unknown = Reason(name: "unknown")
            /// The resume point belongs to another history of the recipient's log (purged and started again).
            public static let foreign = Reason(name: "foreign")

            /// The name.
            public var description: String { name }
        }

        /// Why.
        public var reason: Reason
        /// The oldest sequence retained (0 when not known).
        public var oldest: UInt64

        /// Creates a resync answer.
        public init(reason: Reason, oldest: UInt64) {
            self.reason = reason
            self.oldest = oldest
        }

        /// `{"reason":"too-old","oldest":41}`.
        public var description: String { #"{"reason":"\#(reason.name)","oldest":\#(oldest)}"# }
    }

    /// One notification handed to a subscriber: encoded once per codec by the hub and shared by every
    /// subscriber using that codec (the `ByteBuffer` storage is shared, never copied or re-encoded).
    public struct HubDelivery: Sendable {
        /// The notification's sequence in its recipient's log.
        public var sequence: UInt64
        /// The epoch of the recipient's log (``HubCursor/epoch``; 0 for the in-memory engine).
        public var epoch: UInt64
        /// The notification encoded with the subscriber's codec.
        public var payload: ByteBuffer
        /// When the hub published it (for the publish-to-write histogram).
        public var publishedAt: ContinuousClock.Instant

        /// The position, as a cursor (its text is the SSE `id:`).
        public var cursor: HubCursor { HubCursor(epoch: epoch, sequence: sequence) }

        /// Creates a delivery.
        public init(sequence: UInt64, epoch: UInt64 = 0, payload: ByteBuffer, publishedAt: ContinuousClock.Instant) {
            self.sequence = sequence
            self.epoch = epoch
            self.payload = payload
            self.publishedAt = publishedAt
        }
    }
#endif
