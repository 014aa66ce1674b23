import NIOCore

/// The sequences of a replay log's retained entries, by partition, so that a lookup for one partition (one
/// recipient's poll) touches only that partition's entries, however many other partitions the log holds.
struct ReplayLogPartitionIndex: Sendable {
    private var sequences: [String: CircularBuffer<UInt64>] = [:]
    /// Retained entries appended without a partition (they belong to every partition).
    private(set) var unpartitionedCount = 0

    /// Records an appended entry (sequences increase with every append).
    mutating func appended(sequence: UInt64, partition: String?) {
        guard let partition else {
            unpartitionedCount += 1
            return
        }
        sequences[partition, default: CircularBuffer(initialCapacity: 4)].append(sequence)
    }

    /// Records the eviction of the oldest retained entry.
    mutating func evicted(sequence: UInt64, partition: String?) {
        guard let partition else {
            unpartitionedCount = max(0, unpartitionedCount - 1)
            return
        }
        guard var found = sequences[partition], found.first == sequence else { return }
        found.removeFirst()
        sequences[partition] = found.isEmpty ? nil : found
    }

    /// The retained sequences of `partition` greater than `sequence`, oldest first.
    func sequences(of partition: String, after sequence: UInt64) -> [UInt64] {
        guard let found = sequences[partition] else { return [] }
        var low = 0
        var high = found.count
        while low < high {
            let middle = low + (high - low) / 2
            if found[found.index(found.startIndex, offsetBy: middle)] <= sequence {
                low = middle + 1
            } else {
                high = middle
            }
        }
        return Array(found[found.index(found.startIndex, offsetBy: low)...])
    }

    /// The newest retained sequence of `partition`.
    func newest(of partition: String) -> UInt64? { sequences[partition]?.last }
}
