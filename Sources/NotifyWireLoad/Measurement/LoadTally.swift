#if Hummingbird
    package import NotifyWireCore
    package import NotifyWireHummingbird
    import Synchronization

    /// What the subscribers of one case received, recorded by every connection at once (thread-safe).
    ///
    /// Recipients are the case's local indices `0..<recipientCount`. A notification is identified by the
    /// number in its id (``LoadNaming``); one seen again is a duplicate, never delivered twice.
    package final class LoadTally: Sendable {
        /// A copy of the counters at one moment.
        package struct Snapshot: Sendable {
            /// Distinct notifications received.
            package var delivered: Int
            /// Notifications received again.
            package var duplicates: Int
            /// Connections that failed to open.
            package var connectFailures: Int
            /// Responses or messages that could not be decoded.
            package var decodeErrors: Int
            /// Times a server said it could not replay from the resume point (`event: resync`, poll 410, a
            /// WebSocket replay that went back in sequence).
            package var resyncs: Int
            /// Poll requests answered.
            package var pollRequests: Int
        }

        private struct State {
            var delivered: Set<Int> = []
            var deliveredByRecipient: [Int]
            var firstDeliveryNanos: [Int64?]
            var lastCursor: [HubCursor]
            var latencies: [Int64] = []
            var duplicates = 0
            var connectFailures = 0
            var decodeErrors = 0
            var resyncs = 0
            var pollRequests = 0
            var catchUpThreshold: Int?
            var latestCatchUpDeliveryNanos: Int64?
        }

        private let state: Mutex<State>
        /// The bytes the case's subscriber connections read and wrote.
        package let wire = WireCounter()
        /// How many recipients the case has.
        package let recipientCount: Int

        /// A tally for `recipientCount` recipients.
        package init(recipientCount: Int) {
            self.recipientCount = recipientCount
            state = Mutex(
                State(
                    deliveredByRecipient: Array(repeating: 0, count: recipientCount),
                    firstDeliveryNanos: Array(repeating: nil, count: recipientCount),
                    lastCursor: Array(repeating: .start, count: recipientCount)))
        }

        /// Records `notification` received by recipient `index` at wall clock `receivedNanos`, in the recipient's
        /// log of epoch `epoch` (0: the in-memory engine's, or not known).
        package func record(
            _ notification: NotificationMessage, recipient index: Int, receivedNanos: Int64, epoch: UInt64 = 0
        ) {
            let number = LoadNaming.number(ofNotificationID: notification.id)
            var latency: Int64?
            if let createdAt = notification.createdAt {
                let created = createdAt.seconds &* 1_000_000_000 &+ Int64(createdAt.nanos)
                latency = max(0, receivedNanos &- created)
            }
            state.withLock { state in
                guard let number, state.deliveredByRecipient.indices.contains(index) else {
                    state.decodeErrors += 1
                    return
                }
                let last = state.lastCursor[index]
                if last.epoch != epoch || notification.sequence > last.sequence {
                    state.lastCursor[index] = HubCursor(epoch: epoch, sequence: notification.sequence)
                }
                guard state.delivered.insert(number).inserted else {
                    state.duplicates += 1
                    return
                }
                state.deliveredByRecipient[index] += 1
                if state.firstDeliveryNanos[index] == nil { state.firstDeliveryNanos[index] = receivedNanos }
                if let latency { state.latencies.append(latency) }
                if let threshold = state.catchUpThreshold, number < threshold {
                    state.latestCatchUpDeliveryNanos = max(state.latestCatchUpDeliveryNanos ?? 0, receivedNanos)
                }
            }
        }

        /// Counts a connection that failed to open.
        package func connectFailed() { state.withLock { $0.connectFailures += 1 } }

        /// Counts a response or message that could not be decoded.
        package func decodeFailed() { state.withLock { $0.decodeErrors += 1 } }

        /// Counts a resync: the server could not replay from the resume point.
        package func resynced() { state.withLock { $0.resyncs += 1 } }

        /// Counts a poll request answered.
        package func pollSent() { state.withLock { $0.pollRequests += 1 } }

        /// The counters now.
        package func snapshot() -> Snapshot {
            state.withLock { state in
                Snapshot(
                    delivered: state.delivered.count, duplicates: state.duplicates,
                    connectFailures: state.connectFailures, decodeErrors: state.decodeErrors,
                    resyncs: state.resyncs, pollRequests: state.pollRequests)
            }
        }

        /// The latency samples recorded since the last call, in nanoseconds; the list starts empty again.
        package func takeLatencies() -> [Int64] {
            state.withLock { state in
                let samples = state.latencies
                state.latencies = []
                return samples
            }
        }

        /// The position of the last notification recipient `index` received (``HubCursor/start`` when none):
        /// where it resumes.
        package func lastCursor(of index: Int) -> HubCursor {
            state.withLock { $0.lastCursor.indices.contains(index) ? $0.lastCursor[index] : .start }
        }

        /// When recipient `index` first received a notification (wall clock, nanoseconds), or `nil`.
        package func firstDelivery(of index: Int) -> Int64? {
            state.withLock { $0.firstDeliveryNanos.indices.contains(index) ? $0.firstDeliveryNanos[index] : nil }
        }

        /// Distinct notifications received, by local recipient index.
        package func deliveredByRecipient() -> [Int] { state.withLock { $0.deliveredByRecipient } }

        /// From now on, remembers the latest delivery of a notification numbered below `threshold`.
        package func watchCatchUp(below threshold: Int) {
            state.withLock { $0.catchUpThreshold = threshold }
        }

        /// How many distinct notifications numbered below the catch-up threshold arrived, and when the latest
        /// of those arriving after ``watchCatchUp(below:)`` did (wall clock, nanoseconds; `nil` when none).
        package func catchUp() -> (deliveredBelow: Int, latestNanos: Int64?) {
            state.withLock { state in
                guard let threshold = state.catchUpThreshold else { return (0, nil) }
                let below = state.delivered.reduce(0) { $0 + ($1 < threshold ? 1 : 0) }
                return (below, state.latestCatchUpDeliveryNanos)
            }
        }
    }
#endif
