import HTTPTypes
import NIOCore
import NotifyWireCore
import NotifyWireFraming
import NotifyWireJSON
import Testing

@Suite struct LongPollTests {
    static func notification(_ sequence: UInt64) -> NotificationMessage {
        var notification = SampleCorpus.minimal
        notification.sequence = sequence
        return notification
    }

    @Test func answersAtOnceWhenSomethingIsAlreadyThere() async {
        let log = ReplayLog<NotificationMessage>()
        log.append(Self.notification(1), byteCount: 10)
        let responder = PollResponder(log: log, registry: CodecRegistry(codecs: [JSONCodec()]))
        let response = await responder.respondLongPoll(to: PollRequest(cursor: "0"), timeout: .seconds(60))
        #expect(response.batch?.notifications.map(\.sequence) == [1])
        #expect(log.waiterCount == 0)
    }

    @Test func aTimeoutRespondsWithAnEmptyBatchAndTheSameCursor() async {
        let log = ReplayLog<NotificationMessage>()
        log.append(Self.notification(5), byteCount: 10)
        let responder = PollResponder(log: log, registry: CodecRegistry(codecs: [JSONCodec()]))
        let response = await responder.respondLongPoll(to: PollRequest(cursor: "5"), timeout: .milliseconds(20))
        #expect(response.status == 200)
        #expect(response.batch == NotificationBatch(notifications: [], cursor: "5", hasMore: false))
        #expect(log.waiterCount == 0)
    }

    @Test func aConditionalLongPollRespondsWith304OnTimeoutAnd200OnAppend() async {
        let log = ReplayLog<NotificationMessage>()
        log.append(Self.notification(5), byteCount: 10)
        let responder = PollResponder(log: log, registry: CodecRegistry(codecs: [JSONCodec()]))
        let request = PollRequest(cursor: "5", ifNoneMatch: "\"json.5\"")
        let unchanged = await responder.respondLongPoll(to: request, timeout: .milliseconds(10))
        #expect(unchanged.status == 304)
        async let woken = responder.respondLongPoll(to: request, timeout: .seconds(600))
        while log.waiterCount < 1 { await Task.yield() }
        log.append(Self.notification(6), byteCount: 10)
        let response = await woken
        #expect(response.status == 200)
        #expect(response.batch?.notifications.map(\.sequence) == [6])
        #expect(response.headers[.eTag] == "\"json.6-6\"")
        #expect(log.waiterCount == 0)
    }

    /// Without a deadline of its own: answered by an append for the recipient (not by another's), and
    /// cancellation answers as a timeout does.
    @Test func untilCancelledEndsWithTheRecipientsAppendOrWithCancellation() async {
        let log = ReplayLog<NotificationMessage>()
        log.append(Self.notification(5), byteCount: 10)
        let responder = PollResponder(log: log, registry: CodecRegistry(codecs: [JSONCodec()]))
        let request = PollRequest(cursor: "5", recipient: SampleCorpus.minimal.recipientID)
        let woken = Task { await responder.respondLongPollUntilCancelled(to: request) }
        while log.waiterCount < 1 { await Task.yield() }
        var other = Self.notification(6)
        other.recipientID = "someone-else"
        log.append(other, byteCount: 10)
        log.append(Self.notification(7), byteCount: 10)
        let response = await woken.value
        #expect(response.batch?.notifications.map(\.sequence) == [7])

        let cancelled = Task { await responder.respondLongPollUntilCancelled(to: PollRequest(cursor: "7")) }
        while log.waiterCount < 1 { await Task.yield() }
        cancelled.cancel()
        let empty = await cancelled.value
        #expect(empty.status == 200)
        #expect(empty.batch == NotificationBatch(notifications: [], cursor: "7", hasMore: false))
        #expect(log.waiterCount == 0)
    }

    @Test func invalidRequestsGetTheirResponseWithoutWaiting() async {
        let responder = PollResponder(log: ReplayLog(), registry: CodecRegistry(codecs: [JSONCodec()]))
        let response = await responder.respondLongPoll(to: PollRequest(cursor: "x"), timeout: .seconds(3600))
        #expect(response.status == 400)
    }

    @Test func aThousandLongPollsWakeOnOneAppend() async throws {
        let log = ReplayLog<NotificationMessage>()
        log.append(Self.notification(1), byteCount: 10)
        let responder = PollResponder(log: log, registry: CodecRegistry(codecs: [JSONCodec()]))
        let count = 1000
        let sequences = await withTaskGroup(of: [UInt64]?.self) { group in
            for _ in 0..<count {
                group.addTask {
                    await responder.respondLongPoll(to: PollRequest(cursor: "1"), timeout: .seconds(600))
                        .batch?.notifications.map(\.sequence)
                }
            }
            // Append once every long-poll waits (or has already seen the append, which also answers).
            while log.waiterCount < count { await Task.yield() }
            log.append(Self.notification(2), byteCount: 10)
            var all: [[UInt64]?] = []
            for await result in group { all.append(result) }
            return all
        }
        #expect(sequences.count == count)
        #expect(sequences.allSatisfy { $0 == [2] })
        #expect(log.waiterCount == 0)
    }

    @Test func cancelledWaitsLeaveNoContinuationBehind() async {
        let log = ReplayLog<NotificationMessage>()
        let tasks = (0..<50).map { _ in Task { await log.waitForEntry(after: 0) } }
        while log.waiterCount < 50 { await Task.yield() }
        for task in tasks { task.cancel() }
        for task in tasks { #expect(await task.value == false) }
        #expect(log.waiterCount == 0)
        // A task cancelled before it starts waiting returns at once too.
        let early = Task {
            withUnsafeCurrentTask { $0?.cancel() }
            return await log.waitForEntry(after: 0)
        }
        #expect(await early.value == false)
        #expect(log.waiterCount == 0)
    }

    @Test func anAppendAlreadyPastTheCursorReturnsAtOnce() async {
        let log = ReplayLog<NotificationMessage>()
        log.append(Self.notification(3), byteCount: 10)
        #expect(await log.waitForEntry(after: 2, timeout: .seconds(600)))
        #expect(log.waiterCount == 0)
    }
}
