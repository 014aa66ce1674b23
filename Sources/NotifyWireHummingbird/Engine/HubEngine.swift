#if Hummingbird
    public import NotifyWire

    /// Where a ``NotificationHub`` keeps its notifications and hears about other nodes' publications: the one
    /// protocol the in-memory engine (one process) and ``PostgresHubEngine`` (many nodes on one database) share.
    ///
    /// Each recipient has its own log: sequences 1, 2, 3 … without holes, in the order their publications
    /// committed, within one history (``HubCursor/epoch``). Engines are safe to call from any task.
    ///
    /// The ``NotificationHub`` owns its engine and runs it (``run()``) inside its own `run()`: add the hub to
    /// the application's services, not the engine.
    public protocol HubEngine: Sendable {
        /// Stores `notifications` in one step, all or none: each gets the next sequence of its recipient (any
        /// `sequence` it carries is replaced), in order, so a batch to one recipient is contiguous.
        ///
        /// With an `idempotencyKey` already used within the engine's idempotency window, nothing is stored and
        /// the first call's result is returned again (whatever `notifications` holds this time).
        ///
        /// - Returns: the notifications as stored, in the same order, with their sequences, and the epochs of
        ///   their recipients' logs; only once they are durable (for PostgreSQL: after COMMIT).
        /// - Throws: ``HubEngineError`` (``HubEngineError/Code/unavailable`` when the store could not be reached
        ///   or the commit failed: answer 503; the publication may or may not be stored, so a retry should
        ///   carry an idempotency key).
        func append(_ notifications: [NotificationMessage], idempotencyKey: String?) async throws -> HubPublication

        /// The notifications of `recipient` after `cursor`, oldest first, at most `limit` of them; `cursor` `nil`:
        /// from the oldest retained. Or the reason the cursor cannot be honoured (see ``HubEngineRead``).
        func read(recipient: String, after cursor: HubCursor?, limit: Int) async throws -> HubEngineRead

        /// ``read(recipient:after:limit:)`` of several recipients at once, at most `limit` notifications each:
        /// one answer per recipient of `cursors` (an engine may read them in one round trip; the default reads
        /// them one after the other).
        func read(after cursors: [String: HubCursor], limit: Int) async throws -> [String: HubEngineRead]

        /// The head (epoch and last sequence) of each of `recipients`, ``HubCursor/start`` for a recipient with
        /// no notifications: one round trip for all, for the hub's periodic check of its subscribed recipients.
        func heads(of recipients: [String]) async throws -> [String: HubCursor]

        /// The head of `recipient` when a node starts delivering to it: ``head(of:)``, or for an engine whose
        /// logs have epochs, the head after creating the recipient's (empty) log if it has none, so that its
        /// epoch is known before its first notification. Called once per recipient that gains its first
        /// subscriber on this hub.
        func openLog(of recipient: String) async throws -> HubCursor

        /// Wake-ups: recipients that may have new notifications, published on this node or another one. One
        /// consumer (the hub); hints coalesce while it is busy, so nothing it must read is lost and nothing
        /// piles up. The sequence ends when the engine stops.
        var wakeUps: HubWakeUps { get }

        /// Whether the engine can serve now, and if not, why (the hub's `/health`).
        func health() async -> HubEngineHealth

        /// Whether other nodes write to the same store, so that the hub must also poll its subscribed recipients'
        /// heads (a wake-up can be lost); `false` for a store only this hub writes.
        var isShared: Bool { get }

        /// The engine's own figures for the hub's metrics (`nil` when it has none).
        func statistics() async -> HubEngineStatistics?

        /// Runs what the engine needs in the background (connections, listener, retention) until graceful
        /// shutdown or cancellation; returns at once when it needs nothing. Called once, by the hub.
        func run() async throws
    }

    extension HubEngine {
        /// The head of `recipient` (``HubCursor/start`` when it has no notifications).
        public func head(of recipient: String) async throws -> HubCursor {
            try await heads(of: [recipient])[recipient] ?? .start
        }
    }

    extension HubEngine {
        /// Shared, by default: the hub polls heads.
        public var isShared: Bool { true }

        /// None, by default.
        public func statistics() async -> HubEngineStatistics? { nil }

        /// One ``read(recipient:after:limit:)`` per recipient, by default.
        public func read(after cursors: [String: HubCursor], limit: Int) async throws -> [String: HubEngineRead] {
            var reads: [String: HubEngineRead] = [:]
            for (recipient, cursor) in cursors {
                reads[recipient] = try await read(recipient: recipient, after: cursor, limit: limit)
            }
            return reads
        }

        /// ``head(of:)``, by default: a log without epochs needs nothing created.
        public func openLog(of recipient: String) async throws -> HubCursor { try await head(of: recipient) }
    }

    /// An engine's figures for the hub's gauges.
    public struct HubEngineStatistics: Sendable, Equatable {
        /// Times the engine's listener connected again after losing its connection.
        public var listenerReconnects: Int
        /// How full the engine's notification queue is, 0 … 1 (`nil` when it could not be read).
        public var notifyQueueUsage: Double?

        /// Creates figures.
        public init(listenerReconnects: Int, notifyQueueUsage: Double?) {
            self.listenerReconnects = listenerReconnects
            self.notifyQueueUsage = notifyQueueUsage
        }
    }

    /// What ``HubEngine/append(_:idempotencyKey:)`` stored.
    public struct HubPublication: Sendable, Equatable {
        /// The notifications as stored, with their sequences, in the order given.
        public var notifications: [NotificationMessage]
        /// The epoch of each recipient's log they went to; a recipient may be missing (an idempotent repeat
        /// answered from what was kept), in which case the hub reads the engine instead of trusting it.
        public var epochs: [String: UInt64]

        /// Creates a publication.
        public init(notifications: [NotificationMessage], epochs: [String: UInt64]) {
            self.notifications = notifications
            self.epochs = epochs
        }
    }

    /// What ``HubEngine/read(recipient:after:limit:)`` found.
    public enum HubEngineRead: Sendable, Equatable {
        /// The notifications after the cursor, oldest first (possibly none, or fewer than were asked for: read
        /// again after the last one until it reaches `head`), and the recipient's head when they were read.
        case notifications([NotificationMessage], head: HubCursor)
        /// Retention has already removed notifications after the cursor: resync. `oldest` is the oldest
        /// sequence still retained.
        case tooOld(oldest: UInt64)
        /// The cursor is beyond the recipient's head: it was never published here (a restart of the in-memory
        /// engine, a restored backup, another installation). Resync; `oldest` is the oldest sequence retained
        /// (`head` + 1 when none is).
        case unknown(head: HubCursor, oldest: UInt64)
        /// The cursor belongs to another history of the recipient (its log was purged and started again, or the
        /// cursor comes from another database): resync. `epoch` is the current history's, 0 when the recipient
        /// has no notifications at all.
        case foreign(epoch: UInt64)
    }

    /// Whether an engine can serve, for `/health`.
    public struct HubEngineHealth: Sendable, Equatable {
        /// `true` when publishing and reading work and cross-node wake-ups arrive.
        public var isHealthy: Bool
        /// Why not, one sentence (`nil` when healthy).
        public var reason: String?

        /// Creates a health report.
        public init(isHealthy: Bool, reason: String? = nil) {
            self.isHealthy = isHealthy
            self.reason = reason
        }

        /// Healthy.
        public static let healthy = HubEngineHealth(isHealthy: true)
    }
#endif
