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
    /// The ids of the `waiting` waiters, by the partition they wait on (`nil`: any entry): an append wakes only
    /// its partition's waiters and the unpartitioned ones, whatever the number of others.
    var waitingIDs: [String?: Set<UInt64>] = [:]
    /// The retained sequences by partition.
    var partitions = ReplayLogPartitionIndex()

    var count: Int { entries.count - head }

    /// Appends `entry` and returns the continuations of the waiters it wakes (to resume outside the lock),
    /// or `nil` when the sequence is not new.
    mutating func append(
        _ entry: ReplayLogEntry<Payload>, limits: ReplayLogLimits
    ) -> [CheckedContinuation<Bool, Never>]? {
        if let newestSequence, entry.sequence <= newestSequence { return nil }
        newestSequence = entry.sequence
        entries.append(entry)
        partitions.appended(sequence: entry.sequence, partition: entry.partition)
        bytes += entry.byteCount
        while head < entries.count && (count > limits.maxEntries || bytes > limits.maxBytes) {
            evictedThrough = entries[head].sequence
            partitions.evicted(sequence: entries[head].sequence, partition: entries[head].partition)
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
        return wakeWaiters(upTo: entry.sequence, partition: entry.partition)
    }

    /// Removes and returns the continuations of the waiters that an entry under `sequence` in `partition` wakes:
    /// those waiting on that partition or on none, for an entry after theirs.
    private mutating func wakeWaiters(upTo sequence: UInt64, partition: String?) -> [CheckedContinuation<Bool, Never>] {
        guard !waitingIDs.isEmpty else { return [] }
        var woken: [CheckedContinuation<Bool, Never>] = []
        // An entry without a partition may be anyone's: it wakes every waiter.
        let candidates =
            partition.map { (waitingIDs[nil] ?? []).union(waitingIDs[$0] ?? []) }
            ?? waitingIDs.values.reduce(into: Set<UInt64>()) { $0.formUnion($1) }
        for id in candidates {
            if case .waiting(let after, _, let continuation) = waiters[id], after < sequence {
                woken.append(continuation)
                remove(id)
            }
        }
        return woken
    }

    /// Marks waiter `id` as waiting with `continuation` for an entry after `sequence` in `partition`.
    mutating func wait(
        _ id: UInt64, after sequence: UInt64, partition: String?, continuation: CheckedContinuation<Bool, Never>
    ) {
        waiters[id] = .waiting(after: sequence, partition: partition, continuation)
        waitingIDs[partition, default: []].insert(id)
    }

    /// Removes waiter `id` and its index entry.
    mutating func remove(_ id: UInt64) {
        if case .waiting(_, let partition, _) = waiters[id] {
            waitingIDs[partition]?.remove(id)
            if waitingIDs[partition]?.isEmpty == true { waitingIDs[partition] = nil }
        }
        waiters[id] = nil
    }

    /// Whether an entry after `sequence` exists that a waiter on `partition` would want: any entry when
    /// `partition` is `nil`; else one of that partition, or an evicted one (the caller then finds the log too
    /// old).
    func hasEntry(after sequence: UInt64, partition: String?) -> Bool {
        guard let newestSequence, newestSequence > sequence else { return false }
        guard let partition else { return true }
        if let evictedThrough, evictedThrough > sequence { return true }
        if partitions.unpartitionedCount == 0 { return (partitions.newest(of: partition) ?? 0) > sequence }
        var index = entries.count
        while index > head {
            index -= 1
            guard entries[index].sequence > sequence else { return false }
            if entries[index].partition == nil || entries[index].partition == partition { return true }
        }
        return false
    }

    /// The retained entries, oldest first.
    var retained: [ReplayLogEntry<Payload>] { Array(entries[head...]) }

    /// The retained entries after `sequence` (in `partition` only, when given), ``ReplayLookup/tooOld`` or
    /// ``ReplayLookup/unknown``. Entries of other partitions are skipped without being copied; entries without a
    /// partition belong to every partition.
    func after(sequence: UInt64, partition: String? = nil) -> ReplayLookup<Payload> {
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
        guard let partition else { return .entries(Array(entries[low...])) }
        return .entries(entries(of: partition, after: sequence, from: low))
    }

    /// The retained entries of `partition` (and those without a partition), oldest first.
    func retained(partition: String) -> [ReplayLogEntry<Payload>] {
        entries(of: partition, after: 0, from: head)
    }

    /// The entries of `partition` (and those without a partition) after `sequence`, which are at `start` or
    /// later: through the partition index when every entry has a partition, else by a scan.
    private func entries(of partition: String, after sequence: UInt64, from start: Int) -> [ReplayLogEntry<Payload>] {
        guard partitions.unpartitionedCount == 0 else {
            return entries[start...].filter { $0.partition == nil || $0.partition == partition }
        }
        var found: [ReplayLogEntry<Payload>] = []
        var low = start
        for wanted in partitions.sequences(of: partition, after: sequence) {
            var high = entries.count
            while low < high {
                let middle = low + (high - low) / 2
                if entries[middle].sequence < wanted {
                    low = middle + 1
                } else {
                    high = middle
                }
            }
            guard low < entries.count, entries[low].sequence == wanted else { continue }
            found.append(entries[low])
        }
        return found
    }
}
