import NotifyWireCore
import NotifyWireFraming
import NotifyWireTestSupport
import Testing

/// Partitions of the replay log (the recipient, for notifications): a long-poll waiting on one is woken only
/// by its entries, and lookups by partition return only its entries.
@Suite struct ReplayLogPartitionTests {
    static func note(_ sequence: UInt64, to recipient: String) -> NotificationMessage {
        NotificationMessage(id: "n\(sequence)", kind: .comment, recipientID: recipient, sequence: sequence)
    }

    /// Waits until `count` waiters are registered (a synchronisation point, not a timing assertion).
    static func waitForWaiters<P>(_ log: ReplayLog<P>, _ count: Int) async {
        while log.waiterCount < count { await Task.yield() }
    }

    @Test func aWaiterOnARecipientIsNotWokenByAnotherRecipientsEntries() async {
        let log = ReplayLog<NotificationMessage>()
        let alice = Task { await log.waitForEntry(after: 0, partition: "alice") }
        let anyone = Task { await log.waitForEntry(after: 0) }
        await Self.waitForWaiters(log, 2)
        for sequence in 1...20 { log.append(Self.note(UInt64(sequence), to: "bob"), byteCount: 10) }
        #expect(await anyone.value, "a waiter without a partition is woken by any entry")
        #expect(log.waiterCount == 1, "alice's waiter still waits after 20 entries for bob")
        log.append(Self.note(21, to: "alice"), byteCount: 10)
        #expect(await alice.value)
        #expect(log.waiterCount == 0)
    }

    @Test func anEntryWithoutAPartitionWakesEveryWaiter() async {
        let log = ReplayLog<String>()
        let waiters = ["alice", "bob"].map { name in Task { await log.waitForEntry(after: 0, partition: name) } }
        await Self.waitForWaiters(log, 2)
        log.append("for everyone", sequence: 1, byteCount: 1)
        for waiter in waiters { #expect(await waiter.value) }
        #expect(log.waiterCount == 0)
    }

    @Test func aWaiterWhoseRecipientAlreadyHasANewerEntryReturnsAtOnce() async {
        let log = ReplayLog<NotificationMessage>()
        log.append(Self.note(1, to: "alice"), byteCount: 10)
        log.append(Self.note(2, to: "bob"), byteCount: 10)
        #expect(await log.waitForEntry(after: 0, partition: "alice", timeout: .seconds(600)))
        #expect(await log.waitForEntry(after: 1, partition: "alice", timeout: .milliseconds(1)) == false)
        #expect(log.waiterCount == 0)
    }

    /// The partition index against a plain filter of every retained entry, over seeded appends that evict, with
    /// and without entries that have no partition.
    @Test(arguments: [false, true])
    func partitionLookupsAgreeWithAPlainFilter(withUnpartitionedEntries: Bool) {
        var random = SeededGenerator(seed: withUnpartitionedEntries ? 7 : 11)
        let log = ReplayLog<String>(limits: ReplayLogLimits(maxEntries: 300))
        let partitions = (0..<20).map { "r\($0)" }
        var sequence: UInt64 = 0
        for round in 0..<40 {
            for _ in 0..<50 {
                sequence += UInt64.random(in: 1...3, using: &random)
                let partition: String? =
                    withUnpartitionedEntries && Int.random(in: 0..<10, using: &random) == 0
                    ? nil : partitions.randomElement(using: &random)
                log.append("e\(sequence)", sequence: sequence, byteCount: 1, partition: partition)
            }
            let retained = log.retainedEntries
            let partition = partitions[round % partitions.count]
            let expectedAll = retained.filter { $0.partition == nil || $0.partition == partition }
            #expect(log.retainedEntries(partition: partition) == expectedAll)
            let after = retained[Int.random(in: 0..<retained.count, using: &random)].sequence
            guard case .entries(let found) = log.after(sequence: after, partition: partition) else {
                Issue.record("a retained sequence must be found")
                continue
            }
            #expect(found == expectedAll.filter { $0.sequence > after })
        }
    }

    @Test func lookupsByPartitionReturnOnlyThatPartitionsEntriesInOrder() {
        let log = ReplayLog<NotificationMessage>(limits: ReplayLogLimits(maxEntries: 4))
        for (sequence, recipient) in [(1, "alice"), (2, "bob"), (3, "alice"), (4, "bob"), (5, "alice"), (6, "bob")] {
            log.append(Self.note(UInt64(sequence), to: recipient), byteCount: 10)
        }
        #expect(log.retainedEntries(partition: "alice").map(\.sequence) == [3, 5])
        #expect(log.retainedEntries(partition: "carol").isEmpty)
        guard case .entries(let afterThree) = log.after(sequence: 3, partition: "bob") else {
            Issue.record("the log still holds everything after 3")
            return
        }
        #expect(afterThree.map(\.sequence) == [4, 6])
        #expect(log.after(sequence: 1, partition: "bob") == .tooOld)
        #expect(log.after(sequence: 7, partition: "bob") == .unknown)
    }
}
