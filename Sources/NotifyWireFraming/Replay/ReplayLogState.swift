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

    var count: Int { entries.count - head }

    mutating func append(_ entry: ReplayLogEntry<Payload>, limits: ReplayLogLimits) -> Bool {
        if let newestSequence, entry.sequence <= newestSequence { return false }
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
        return true
    }

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
