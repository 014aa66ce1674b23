#if Hummingbird
    public import NotifyWire
    import Synchronization

    /// The embedded ``HubEngine``: one process, nothing shared, nothing kept across a restart.
    ///
    /// Each recipient's log holds sequences 1, 2, 3 … in the one history of epoch 0 (so a cursor is a plain
    /// decimal sequence, as ``HubCursor`` writes epoch 0). What is retained is bounded for all recipients
    /// together by ``limits`` (the oldest notification of any recipient goes first), so each recipient keeps a
    /// contiguous suffix of its log. After a restart every cursor is newer than the (empty) log: the engine
    /// answers ``HubEngineRead/unknown(head:oldest:)`` and the client resyncs.
    ///
    /// The counters of recipients are kept for the life of the process (a few dozen bytes per distinct
    /// recipient ever published to), so that a cursor is never taken for one of a new history.
    public final class InMemoryHubEngine: HubEngine {
        /// The bounds of what is retained, over every recipient.
        public let limits: ReplayLogLimits
        /// Never hinted: the hub delivers this engine's publications itself, and there is no other node.
        public let wakeUps = HubWakeUps()
        private let state = Mutex(State())

        private struct Entry {
            var notification: NotificationMessage
            var byteCount: Int
        }

        private struct RecipientLog {
            var head: UInt64 = 0
            var entries = FIFO<Entry>()
        }

        private struct State: ~Copyable {
            var logs: [String: RecipientLog] = [:]
            /// The recipient of every retained entry, oldest first: the eviction order.
            var order = FIFO<String>()
            var byteCount = 0
            var idempotent: [String: [NotificationMessage]] = [:]
            var idempotencyOrder = FIFO<String>()
        }

        /// The most idempotency keys remembered (the oldest is forgotten first).
        public static let maxIdempotencyKeys = 10_000

        /// Creates an empty engine.
        public init(limits: ReplayLogLimits = .default) {
            self.limits = limits
        }

        /// Stores `notifications` at once under each recipient's next sequences, then evicts the oldest entries
        /// while a limit is exceeded.
        public func append(_ notifications: [NotificationMessage], idempotencyKey: String?) async throws
            -> HubPublication
        {
            let stored: [NotificationMessage] = state.withLock { state in
                if let idempotencyKey, let stored = state.idempotent[idempotencyKey] { return stored }
                var stored: [NotificationMessage] = []
                stored.reserveCapacity(notifications.count)
                for var notification in notifications {
                    let recipient = notification.recipientID
                    var log = state.logs.removeValue(forKey: recipient) ?? RecipientLog()
                    log.head += 1
                    notification.sequence = log.head
                    let byteCount = Self.estimatedSize(of: notification)
                    log.entries.append(Entry(notification: notification, byteCount: byteCount))
                    state.logs[recipient] = log
                    state.order.append(recipient)
                    state.byteCount += byteCount
                    stored.append(notification)
                }
                while let oldest = state.order.first,
                    state.order.count > limits.maxEntries || state.byteCount > limits.maxBytes
                {
                    _ = state.order.popFirst()
                    if let evicted = state.logs[oldest]?.entries.popFirst() { state.byteCount -= evicted.byteCount }
                }
                if let idempotencyKey {
                    state.idempotent[idempotencyKey] = stored
                    state.idempotencyOrder.append(idempotencyKey)
                    if state.idempotencyOrder.count > Self.maxIdempotencyKeys,
                        let forgotten = state.idempotencyOrder.popFirst()
                    {
                        state.idempotent[forgotten] = nil
                    }
                }
                return stored
            }
            return HubPublication(
                notifications: stored,
                epochs: Dictionary(stored.map { ($0.recipientID, 0) }, uniquingKeysWith: { first, _ in first }))
        }

        /// The retained notifications of `recipient` after `cursor`.
        public func read(recipient: String, after cursor: HubCursor?, limit: Int) async throws -> HubEngineRead {
            state.withLock { state in
                let log = state.logs[recipient] ?? RecipientLog()
                let head = HubCursor(epoch: 0, sequence: log.head)
                let oldest = log.entries.first?.notification.sequence ?? log.head + 1
                let after = cursor?.sequence ?? 0
                if let cursor {
                    if !cursor.belongs(toEpoch: 0) { return .foreign(epoch: 0) }
                    if after > log.head { return .unknown(head: head, oldest: oldest) }
                    if after + 1 < oldest { return .tooOld(oldest: oldest) }
                }
                // Retained sequences are contiguous: the first one after `after` is at a known index.
                let start = Int(clamping: after >= oldest ? after - oldest + 1 : 0)
                let end = min(log.entries.count, start + max(1, limit))
                let page = start < end ? (start..<end).map { log.entries[$0].notification } : []
                return .notifications(page, head: head)
            }
        }

        /// The heads of `recipients`.
        public func heads(of recipients: [String]) async throws -> [String: HubCursor] {
            state.withLock { state in
                var heads: [String: HubCursor] = [:]
                for recipient in recipients {
                    heads[recipient] = HubCursor(epoch: 0, sequence: state.logs[recipient]?.head ?? 0)
                }
                return heads
            }
        }

        /// Not shared: only this hub writes it, and it delivers every publication itself.
        public var isShared: Bool { false }

        /// Always healthy.
        public func health() async -> HubEngineHealth { .healthy }

        /// Nothing to run: returns at once.
        public func run() async throws {}

        /// The number of notifications retained, over every recipient.
        public var count: Int { state.withLock { $0.order.count } }

        /// The retained notifications of `recipient`, oldest first.
        public func retained(recipient: String) -> [NotificationMessage] {
            state.withLock { state in
                state.logs[recipient].map { log in (0..<log.entries.count).map { log.entries[$0].notification } } ?? []
            }
        }

        /// The bytes a notification is charged: its text fields plus a fixed overhead (an estimate, without
        /// encoding it).
        static func estimatedSize(of notification: NotificationMessage) -> Int {
            var size = 64 + notification.id.utf8.count + notification.recipientID.utf8.count
            size += notification.title.utf8.count + notification.body.utf8.count + notification.url.utf8.count
            for tag in notification.tags { size += tag.utf8.count + 2 }
            for (key, value) in notification.data { size += key.utf8.count + value.utf8.count + 4 }
            return size
        }
    }

    /// A first-in first-out queue over an array: appends at the end, takes from a head index, and compacts once
    /// the consumed part is at least half of the storage (amortised O(1), no per-element allocation).
    struct FIFO<Element> {
        private var storage: [Element] = []
        private var head = 0

        /// The number of elements queued.
        var count: Int { storage.count - head }
        /// The oldest element.
        var first: Element? { head < storage.count ? storage[head] : nil }

        /// The element `index` places after the oldest (0: the oldest); `index` must be below ``count``.
        subscript(index: Int) -> Element { storage[head + index] }

        mutating func append(_ element: Element) { storage.append(element) }

        /// Removes and returns the oldest element.
        mutating func popFirst() -> Element? {
            guard head < storage.count else { return nil }
            let element = storage[head]
            head += 1
            if head == storage.count {
                storage.removeAll(keepingCapacity: true)
                head = 0
            } else if head >= 64 && head * 2 >= storage.count {
                storage.removeFirst(head)
                head = 0
            }
            return element
        }
    }
#endif
