#if Hummingbird
    import Synchronization

    /// A wake-up from a ``HubEngine``: which recipients to read again after their last delivered sequence.
    public enum HubWakeUp: Sendable, Equatable {
        /// These recipients may have new notifications (published on any node, this one included).
        case recipients(Set<String>)
        /// These recipients' logs reached these heads (a publication's hint, on any node, this one included):
        /// a consumer reads only those whose delivered position is behind, so the node that published (and
        /// delivered directly) reads nothing.
        case heads([String: HubCursor])
        /// Anything may have changed (the engine's listener reconnected, hints were missed, or more recipients
        /// were hinted than a wake-up holds): read every locally subscribed recipient.
        case everything
    }

    /// The wake-ups of a ``HubEngine``, for one consumer (the hub): an `AsyncSequence` whose hints coalesce
    /// while the consumer is busy. Each ``HubWakeUp`` it yields holds every recipient hinted since the previous
    /// one; past ``maxPendingRecipients`` distinct recipients they collapse into ``HubWakeUp/everything``, so
    /// the queue is bounded and no hint is lost. Ends (`nil`) once the engine finishes it.
    public final class HubWakeUps: AsyncSequence, Sendable {
        /// The element.
        public typealias Element = HubWakeUp
        /// Never fails.
        public typealias Failure = Never

        /// The most distinct recipients held before they collapse into ``HubWakeUp/everything``.
        public let maxPendingRecipients: Int
        private let state = Mutex(State())

        private struct State: ~Copyable {
            var recipients: Set<String> = []
            /// Hinted heads of recipients not in `recipients` (which must be read anyway).
            var heads: [String: HubCursor] = [:]
            var everything = false
            var finished = false
            var waiter: CheckedContinuation<HubWakeUp?, Never>?
        }

        /// Creates an open queue.
        public init(maxPendingRecipients: Int = 10_000) {
            self.maxPendingRecipients = Swift.max(1, maxPendingRecipients)
        }

        /// Adds a hint (ignored once finished).
        public func hint(_ wakeUp: HubWakeUp) {
            let resumed: (CheckedContinuation<HubWakeUp?, Never>, HubWakeUp)? = state.withLock { state in
                guard !state.finished else { return nil }
                switch wakeUp {
                case .everything:
                    state.everything = true
                    state.recipients = []
                    state.heads = [:]
                case .recipients(let names):
                    if !state.everything {
                        state.recipients.formUnion(names)
                        for name in names { state.heads[name] = nil }
                    }
                case .heads(let heads):
                    guard !state.everything else { break }
                    for (recipient, head) in heads where !state.recipients.contains(recipient) {
                        // The later of two hints: within one history the higher head, else the new history's.
                        if let pending = state.heads[recipient], pending.epoch == head.epoch,
                            pending.sequence >= head.sequence
                        {
                            continue
                        }
                        state.heads[recipient] = head
                    }
                }
                if state.recipients.count + state.heads.count > maxPendingRecipients {
                    state.everything = true
                    state.recipients = []
                    state.heads = [:]
                }
                guard let waiter = state.waiter, let next = Self.take(&state) else { return nil }
                state.waiter = nil
                return (waiter, next)
            }
            if let (waiter, next) = resumed { waiter.resume(returning: next) }
        }

        /// Ends the sequence: a waiting consumer gets `nil`, pending hints are dropped.
        public func finish() {
            let waiter = state.withLock { state in
                state.finished = true
                state.recipients = []
                state.heads = [:]
                state.everything = false
                defer { state.waiter = nil }
                return state.waiter
            }
            waiter?.resume(returning: nil)
        }

        /// The next wake-up, waiting for one; `nil` when finished or the task is cancelled.
        public func next() async -> HubWakeUp? {
            await withTaskCancellationHandler {
                await withCheckedContinuation { (continuation: CheckedContinuation<HubWakeUp?, Never>) in
                    let immediate: HubWakeUp?? = state.withLock { state in
                        if let next = Self.take(&state) { return .some(next) }
                        if state.finished || Task.isCancelled { return .some(nil) }
                        state.waiter = continuation
                        return .none
                    }
                    if let immediate { continuation.resume(returning: immediate) }
                }
            } onCancel: {
                let waiter = state.withLock { state in
                    defer { state.waiter = nil }
                    return state.waiter
                }
                waiter?.resume(returning: nil)
            }
        }

        private static func take(_ state: inout State) -> HubWakeUp? {
            if state.everything {
                state.everything = false
                return .everything
            }
            if !state.recipients.isEmpty {
                defer { state.recipients = [] }
                return .recipients(state.recipients)
            }
            guard !state.heads.isEmpty else { return nil }
            defer { state.heads = [:] }
            return .heads(state.heads)
        }

        /// The iterator: calls ``HubWakeUps/next()``.
        public struct AsyncIterator: AsyncIteratorProtocol {
            /// Never fails.
            public typealias Failure = Never
            let wakeUps: HubWakeUps

            /// The next wake-up, or `nil` at the end.
            public mutating func next() async -> HubWakeUp? { await wakeUps.next() }
        }

        /// An iterator over the (single-consumer) queue.
        public func makeAsyncIterator() -> AsyncIterator { AsyncIterator(wakeUps: self) }
    }
#endif
