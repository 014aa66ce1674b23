import NIOCore
import NotifyWireCore
import NotifyWireFraming
import Testing

@Suite struct ReplayLogTests {
    static func sequences(_ lookup: ReplayLookup<String>) -> [UInt64]? {
        guard case .entries(let entries) = lookup else { return nil }
        return entries.map(\.sequence)
    }

    static func filled(_ range: ClosedRange<UInt64>, limits: ReplayLogLimits = .default) -> ReplayLog<String> {
        let log = ReplayLog<String>(limits: limits)
        for sequence in range { #expect(log.append("p\(sequence)", sequence: sequence, byteCount: 4)) }
        return log
    }

    @Test func returnsTheEntriesAfterTheLastEventIDInOrder() throws {
        let log = Self.filled(1...5)
        #expect(Self.sequences(log.after(lastEventID: "2")) == [3, 4, 5])
        #expect(Self.sequences(log.after(lastEventID: "0")) == [1, 2, 3, 4, 5])
        #expect(Self.sequences(log.after(lastEventID: "5")) == [])
        guard case .entries(let entries) = log.after(lastEventID: "4") else {
            Issue.record("expected entries")
            return
        }
        #expect(entries == [ReplayLogEntry(sequence: 5, payload: "p5", byteCount: 4)])
    }

    @Test(arguments: ["", "abc", "-1", "+1", " 1", "1 ", "1.0", "٣", "6", "18446744073709551616"])
    func unplaceableIDsAreUnknown(id: String) {
        #expect(Self.filled(1...5).after(lastEventID: id) == .unknown)
    }

    @Test func emptyLog() {
        let log = ReplayLog<String>()
        #expect(log.after(lastEventID: "0") == .entries([]))
        #expect(log.after(lastEventID: "1") == .unknown)
        #expect(log.newestSequence == nil)
    }

    @Test func boundedByCount() {
        let log = Self.filled(1...5, limits: ReplayLogLimits(maxEntries: 3))
        #expect(log.count == 3)
        #expect(log.after(lastEventID: "0") == .tooOld)
        #expect(log.after(lastEventID: "1") == .tooOld)
        #expect(Self.sequences(log.after(lastEventID: "2")) == [3, 4, 5])
        #expect(Self.sequences(log.after(lastEventID: "3")) == [4, 5])
        #expect(log.oldestRetainedSequence == 3)
    }

    @Test func boundedByBytes() {
        let log = Self.filled(1...3, limits: ReplayLogLimits(maxBytes: 10))
        #expect(log.count == 2)
        #expect(log.byteCount == 8)
        #expect(log.after(lastEventID: "0") == .tooOld)
        #expect(Self.sequences(log.after(lastEventID: "1")) == [2, 3])
        // An entry larger than the byte limit evicts everything, itself included.
        #expect(log.append("huge", sequence: 4, byteCount: 11))
        #expect(log.count == 0)
        #expect(log.byteCount == 0)
        #expect(log.oldestRetainedSequence == nil, "everything was evicted")
        #expect(log.after(lastEventID: "3") == .tooOld)
        #expect(log.after(lastEventID: "4") == .entries([]))
        #expect(log.append("p5", sequence: 5, byteCount: 4))
        #expect(Self.sequences(log.after(lastEventID: "4")) == [5])
    }

    @Test func sequencesMustIncrease() {
        let log = Self.filled(1...3)
        #expect(!log.append("again", sequence: 3, byteCount: 1))
        #expect(!log.append("older", sequence: 2, byteCount: 1))
        #expect(log.count == 3)
        #expect(log.newestSequence == 3)
    }

    @Test func gapsInSequences() {
        let log = ReplayLog<String>()
        for sequence: UInt64 in [10, 20, 30] { log.append("p", sequence: sequence, byteCount: 1) }
        #expect(Self.sequences(log.after(lastEventID: "15")) == [20, 30])
        #expect(Self.sequences(log.after(lastEventID: "20")) == [30])
        #expect(log.after(lastEventID: "31") == .unknown)
    }

    @Test func manyEvictionsKeepOrder() {
        let log = Self.filled(1...1000, limits: ReplayLogLimits(maxEntries: 100))
        #expect(Self.sequences(log.after(lastEventID: "900")) == Array(901...1000))
        #expect(log.after(lastEventID: "899") == .tooOld)
    }

    @Test func conveniencesChargeTheRightSize() {
        let buffers = ReplayLog<ByteBuffer>()
        buffers.append(ByteBuffer(string: "id: 1\ndata: x\n\n"), sequence: 1)
        #expect(buffers.byteCount == 15)
        let notifications = ReplayLog<NotificationMessage>()
        notifications.append(NotificationMessage(id: "a", sequence: 9), byteCount: 100)
        #expect(notifications.newestSequence == 9)
        #expect(notifications.byteCount == 100)
    }

    /// Four writers append interleaved sequences while readers look up; the log stays ordered and keeps
    /// exactly the appends it accepted.
    @Test func concurrentAppendsAndReads() async {
        let log = ReplayLog<String>(limits: ReplayLogLimits(maxEntries: 10_000, maxBytes: 1 << 30))
        let accepted = await withTaskGroup(of: Int.self) { group in
            for writer in 0..<4 {
                group.addTask {
                    var count = 0
                    for step in 0..<500
                    where log.append("w\(writer)", sequence: UInt64(step * 4 + writer + 1), byteCount: 1) {
                        count += 1
                    }
                    return count
                }
            }
            for _ in 0..<4 {
                group.addTask {
                    for step in 0..<200 {
                        let lookup = log.after(lastEventID: String(step))
                        if case .entries(let entries) = lookup {
                            let sequences = entries.map(\.sequence)
                            #expect(sequences == sequences.sorted() && Set(sequences).count == sequences.count)
                            #expect(sequences.allSatisfy { $0 > UInt64(step) })
                        }
                    }
                    return 0
                }
            }
            return await group.reduce(0, +)
        }
        #expect(accepted >= 500, "at least the writer that gets the newest sequences is accepted in full")
        #expect(log.count == accepted)
        #expect(log.byteCount == accepted)
        guard case .entries(let entries) = log.after(lastEventID: "0") else {
            Issue.record("expected entries")
            return
        }
        #expect(entries.map(\.sequence) == entries.map(\.sequence).sorted())
        #expect(entries.count == accepted)
    }
}
