/// The mutable state of a ``ReplayLog``, kept behind its mutex.
struct ReplayLogState<Payload: Sendable>: Sendable {
    /// Retained entries from ``head`` on, in increasing sequence order; earlier slots are evicted.
    var entries: [ReplayLogEntry<Payload>] = []
    var head = 0
    var bytes = 0
    /// The newest sequence ever appended, evicted or not.
    var newestSequence: UInt64?
    /// The highest sequence evicted so far.
    var evictedThrough: UInt64?
    /// Long-polls waiting for an append, by id.
    var waiters: [UInt64: ReplayLogWaiter] = [:]
    var nextWaiterID: UInt64 = 0

    var count: Int { entries.count - head }

    /// Appends `entry` and returns the continuations of the waiters it wakes (to resume outside the lock),
    /// or `nil` when the sequence is not new.
    mutating func append(
        _ entry: ReplayLogEntry<Payload>, limits: ReplayLogLimits
    ) -> [CheckedContinuation<Bool, Never>]? {
        if let newestSequence, entry.sequence <= newestSequence { return nil }
        newestSequence = entry.sequence
        entries.append(entry)
        bytes += entry.byteCount
        while head < entries.count && (count > limits.maxEntries || bytes > limits.maxBytes) {
            evictedThrough = entries[head].sequence
            bytes -= entries[head].byteCount
            head += 1
        }
        if head == entries.count {
            entries.removeAll(keepingCapacity: true)
            head = 0
        } else if head >= 64 && head * 2 >= entries.count {
            entries.removeFirst(head)
            head = 0
        }
        return wakeWaiters(upTo: entry.sequence)
    }

    /// Removes and returns the continuations of the waiters for an entry before `sequence`.
    private mutating func wakeWaiters(upTo sequence: UInt64) -> [CheckedContinuation<Bool, Never>] {
        guard !waiters.isEmpty else { return [] }
        var woken: [CheckedContinuation<Bool, Never>] = []
        for (id, waiter) in waiters {
            if case .waiting(let after, let continuation) = waiter, after < sequence {
                woken.append(continuation)
                waiters[id] = nil
            }
        }
        return woken
    }

    /// The retained entries, oldest first.
    var retained: [ReplayLogEntry<Payload>] { Array(entries[head...]) }

    func after(sequence: UInt64) -> ReplayLookup<Payload> {
        if sequence > (newestSequence ?? 0) { return .unknown }
        if let evictedThrough, evictedThrough > sequence { return .tooOld }
        var low = head
        var high = entries.count
        while low < high {
            let middle = low + (high - low) / 2
            if entries[middle].sequence <= sequence {
                low = middle + 1
            } else {
                high = middle
            }
        }
        return .entries(Array(entries[low...]))
    }
}
