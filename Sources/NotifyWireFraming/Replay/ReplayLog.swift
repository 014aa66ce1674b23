public import NIOCore
public import NotifyWireCore
import Synchronization

/// A bounded in-memory log of what was sent, keyed by `sequence`, that lets a server answer a reconnect
/// carrying `Last-Event-ID` with what the client missed.
///
/// Append each notification as it is sent, with its sequence (strictly increasing) and the payload to keep:
/// the framed event bytes (`ReplayLog<ByteBuffer>`, replayed without re-encoding), or the notification
/// itself (`ReplayLog<NotificationMessage>`, for a poll transport that re-encodes). The oldest entries are
/// evicted beyond ``ReplayLogLimits``. On reconnect, ``after(lastEventID:)`` returns the entries after the
/// client's sequence, ``ReplayLookup/tooOld`` when some of those were evicted (the client must resync), or
/// ``ReplayLookup/unknown`` for an id the log cannot place.
///
/// A long-poll waits for the next append with ``waitForEntry(after:partition:timeout:)``: its continuation is kept in
/// the log's locked state and resumed by the append, so waiting takes no thread.
///
/// Safe for concurrent use: every method takes a lock for the duration of one call.
public final class ReplayLog<Payload: Sendable>: Sendable {
    /// The bounds of what is retained.
    public let limits: ReplayLogLimits
    private let state = Mutex(ReplayLogState<Payload>())

    /// Creates an empty log.
    public init(limits: ReplayLogLimits = .default) {
        self.limits = limits
    }

    /// Appends `payload` sent under `sequence`, charging `byteCount` bytes (negative counts as 0) against
    /// ``ReplayLogLimits/maxBytes``, then evicts the oldest entries while a limit is exceeded.
    ///
    /// An entry larger than ``ReplayLogLimits/maxBytes`` evicts everything, itself included: a client that
    /// reconnects from before it gets ``ReplayLookup/tooOld``.
    ///
    /// - Returns: `false`, changing nothing, when `sequence` is not greater than every sequence appended before.
    @discardableResult
    public func append(_ payload: Payload, sequence: UInt64, byteCount: Int, partition: String? = nil) -> Bool {
        let entry = ReplayLogEntry(
            sequence: sequence, payload: payload, byteCount: max(0, byteCount), partition: partition)
        guard let woken = state.withLock({ $0.append(entry, limits: limits) }) else { return false }
        for continuation in woken { continuation.resume(returning: true) }
        return true
    }

    /// Every retained entry, oldest first.
    public var retainedEntries: [ReplayLogEntry<Payload>] { state.withLock { $0.retained } }

    /// Waits until an entry with a sequence greater than `sequence` is appended (or already was) — in
    /// `partition`, when given — or `timeout` passes, or the task is cancelled.
    ///
    /// The wait holds no thread: the task suspends on a continuation kept in the log's state, which the
    /// append, the timeout or the cancellation resumes and removes. An append wakes only the waiters of its
    /// partition (and those waiting on none), so a thousand long-polls of different recipients cost nothing when
    /// one of them gets a notification.
    ///
    /// - Returns: `true` when such an entry exists, `false` on timeout or cancellation.
    public func waitForEntry(after sequence: UInt64, partition: String? = nil, timeout: Duration) async -> Bool {
        await withTaskGroup(of: Bool.self) { group in
            group.addTask { await self.waitForEntry(after: sequence, partition: partition) }
            group.addTask {
                try? await Task.sleep(for: timeout)
                return false
            }
            let first = await group.next() ?? false
            group.cancelAll()
            return first
        }
    }

    /// Waits, without timeout, until an entry after `sequence` exists (in `partition`, when given) or the task
    /// is cancelled.
    public func waitForEntry(after sequence: UInt64, partition: String? = nil) async -> Bool {
        let id = state.withLock { state in
            state.nextWaiterID += 1
            state.waiters[state.nextWaiterID] = .pending
            return state.nextWaiterID
        }
        return await withTaskCancellationHandler {
            await withCheckedContinuation { (continuation: CheckedContinuation<Bool, Never>) in
                let immediate: Bool? = state.withLock { state in
                    if case .cancelled = state.waiters[id] {
                        state.waiters[id] = nil
                        return false
                    }
                    if state.hasEntry(after: sequence, partition: partition) {
                        state.waiters[id] = nil
                        return true
                    }
                    state.wait(id, after: sequence, partition: partition, continuation: continuation)
                    return nil
                }
                if let immediate { continuation.resume(returning: immediate) }
            }
        } onCancel: {
            let continuation: CheckedContinuation<Bool, Never>? = state.withLock { state in
                switch state.waiters[id] {
                case .waiting(_, _, let continuation):
                    state.remove(id)
                    return continuation
                case .pending:
                    state.waiters[id] = .cancelled
                    return nil
                case .cancelled, nil:
                    return nil
                }
            }
            continuation?.resume(returning: false)
        }
    }

    /// The number of long-polls waiting (pending, waiting or cancelled but not yet resumed); 0 when none
    /// is in progress, which is how tests check that no continuation leaks.
    public var waiterCount: Int { state.withLock { $0.waiters.count } }

    /// What to replay to a client whose last event ID is `lastEventID`: the decimal sequence of the last
    /// event it received (ASCII digits only, as ``SSEEventWriter`` writes it with
    /// ``SSEIDSource/sequenceElseID``). Anything else, the empty string included, is ``ReplayLookup/unknown``.
    public func after(lastEventID: String) -> ReplayLookup<Payload> {
        guard let sequence = UInt64(decimalDigits: lastEventID) else { return .unknown }
        return after(sequence: sequence)
    }

    /// What to replay to a client whose last received sequence is `sequence`: the retained entries with a
    /// greater sequence, ``ReplayLookup/tooOld`` when an evicted entry had a greater sequence, or
    /// ``ReplayLookup/unknown`` when `sequence` is greater than the newest sequence ever appended (`0` on an
    /// empty log gives no entries).
    public func after(sequence: UInt64) -> ReplayLookup<Payload> {
        state.withLock { $0.after(sequence: sequence) }
    }

    /// ``after(sequence:)`` restricted to the entries of `partition` (for notifications: a recipient) and those
    /// appended without a partition, found without copying the others.
    public func after(sequence: UInt64, partition: String) -> ReplayLookup<Payload> {
        state.withLock { $0.after(sequence: sequence, partition: partition) }
    }

    /// The retained entries of `partition` and those appended without a partition, oldest first.
    public func retainedEntries(partition: String) -> [ReplayLogEntry<Payload>] {
        state.withLock { $0.retained(partition: partition) }
    }

    /// The number of entries retained.
    public var count: Int { state.withLock { $0.count } }
    /// The bytes retained, summed over the entries.
    public var byteCount: Int { state.withLock { $0.bytes } }
    /// The newest sequence ever appended (evicted or not), or `nil` before the first append.
    public var newestSequence: UInt64? { state.withLock { $0.newestSequence } }
    /// The oldest sequence retained, or `nil` when nothing is (without copying the entries, unlike
    /// ``retainedEntries``).
    public var oldestRetainedSequence: UInt64? {
        state.withLock { $0.head < $0.entries.count ? $0.entries[$0.head].sequence : nil }
    }
}

extension ReplayLog where Payload == ByteBuffer {
    /// Appends framed or encoded bytes, charging their readable bytes.
    @discardableResult
    public func append(_ payload: ByteBuffer, sequence: UInt64) -> Bool {
        append(payload, sequence: sequence, byteCount: payload.readableBytes)
    }
}

extension ReplayLog where Payload == NotificationMessage {
    /// Appends a notification under its own ``NotifyWireCore/NotificationMessage/sequence``, charging
    /// `byteCount` (for example the size of its encoding), in the partition of its recipient.
    @discardableResult
    public func append(_ notification: NotificationMessage, byteCount: Int) -> Bool {
        append(notification, sequence: notification.sequence, byteCount: byteCount, partition: notification.recipientID)
    }
}
