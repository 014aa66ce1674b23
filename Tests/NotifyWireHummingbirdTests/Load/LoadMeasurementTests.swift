#if Hummingbird
    import Foundation
    import Glibc
    import HTTPTypes
    import NIOCore
    import NotifyWireCore
    import NotifyWireHummingbird
    @testable import NotifyWireLoad
    import NotifyWireProcess
    import Testing

    /// The load lab's pure pieces: percentiles, the publishing schedule, names, `/proc` lines, metrics text,
    /// the WebSocket response head, the ramp's steps and the tally.
    @Suite struct LoadMeasurementTests {
        @Test func percentilesAreNearestRank() throws {
            // 1…100 ms: the median is the 50th sample, the 99th percentile the 99th, the largest the 100th.
            let samples = (1...100).reversed().map { Int64($0) * 1_000_000 }
            let summary = try #require(LatencySummary(nanoseconds: samples))
            #expect(summary == LatencySummary(p50Ms: 50, p99Ms: 99, maxMs: 100))
            #expect(LatencySummary(nanoseconds: []) == nil)
            #expect(LatencySummary(nanoseconds: [7_000_000]) == LatencySummary(p50Ms: 7, p99Ms: 7, maxMs: 7))
        }

        @Test(arguments: [1, 3, 60, 100])
        func everySubscriberGetsItsRateEachSecond(perSecond: Int) {
            for index in 0..<25 {
                let second = (0..<10).map { PublishRate.share(of: index, tick: $0, perSecond: perSecond) }
                #expect(second.reduce(0, +) == perSecond, "subscriber \(index)")
            }
            #expect((0..<10).map { PublishRate.total(tick: $0, perSecond: perSecond) }.reduce(0, +) == perSecond)
        }

        @Test func oneNotificationPerSecondIsSpreadOverTheTicks() {
            // At 1 per second, 10 subscribers fall in 10 different ticks.
            let ticks = (0..<10).map { index in
                (0..<10).first { PublishRate.share(of: index, tick: $0, perSecond: 1) == 1 }
            }
            #expect(Set(ticks.compactMap { $0 }).count == 10)
        }

        @Test func namesCarryTheirNumber() {
            let naming = LoadNaming(prefix: "load", scenario: .ramp, transport: .longPoll, codecName: "json")
            #expect(naming.recipient(0) == "load-ramp-longpoll-json-0")
            #expect(naming.notificationID(42) == "load-ramp-longpoll-json-n42")
            #expect(LoadNaming.number(ofNotificationID: naming.notificationID(42)) == 42)
            #expect(LoadNaming.number(ofNotificationID: "load-ramp-sse-json-7") == nil)
            #expect(LoadNaming.number(ofNotificationID: "n5") == nil)
            #expect(LoadNaming.number(ofNotificationID: "x-nabc") == nil)
        }

        @Test func cpuTimeIsReadAfterTheCommandName() {
            // A command name holding ") (" and spaces must not shift the fields: utime 250, stime 150 ticks.
            let line = "1234 (evil) (name x) S 1 2 3 4 5 6 7 8 9 10 250 150 0 0 20 0 1 0 100 2000 30"
            #expect(ProcessUsage.cpuSeconds(statLine: line, ticksPerSecond: 100) == 4)
            #expect(ProcessUsage.cpuSeconds(statLine: "1234 (short) S 1 2", ticksPerSecond: 100) == nil)
            #expect(ProcessUsage.cpuSeconds(statLine: "no parenthesis", ticksPerSecond: 100) == nil)
            // With the children waited for: cutime 70, cstime 30 more; the parent is field 4.
            let parent = "1234 (postgres) S 99 2 3 4 5 6 7 8 9 10 250 150 70 30 20 0 1 0 100 2000 30"
            #expect(ProcessUsage.cpuSeconds(statLine: parent, ticksPerSecond: 100, includingChildren: true) == 5)
            #expect(ProcessUsage.cpuSeconds(statLine: parent, ticksPerSecond: 100) == 4)
            #expect(ProcessUsage.parent(statLine: parent) == 99)
        }

        /// A process tree's CPU time counts its children: a shell whose child (a subshell, a direct child as
        /// PostgreSQL's backends are of the postmaster) counts to 3 million and is waited for, the shell then
        /// waiting on its standard input. No fixed sleep: under a loaded test run it waits (30 s at most) until
        /// the child's CPU is there.
        @Test func theTreeOfAProcessCountsItsChildren() async throws {
            let shell = Process()
            shell.executableURL = URL(fileURLWithPath: "/bin/sh")
            shell.arguments = ["-c", "(i=0; while [ $i -lt 3000000 ]; do i=$((i+1)); done) & wait; read line"]
            let input = ProcessLaunch.pipe()
            shell.standardInput = input
            try ProcessLaunch.run(shell)
            // The shell and its counting child share a group (Foundation starts each child in a group of its
            // own). Killed as a group while Foundation has not reaped the shell (`isRunning`), so the group's id
            // cannot have been reused; then waited for with a deadline, never by `waitUntilExit()`, which spins
            // the run loop of the thread that called `run()` and hung a test run here.
            defer {
                try? input.fileHandleForWriting.close()
                if shell.isRunning { kill(-shell.processIdentifier, SIGKILL) }
                _ = ProcessLaunch.waitForExit(of: shell, timeout: .seconds(30))
            }
            var tree = 0.0
            for _ in 0..<300 where tree <= 0.3 {
                try await Task.sleep(for: .milliseconds(100))
                tree = ProcessUsage.treeCPUSeconds(pid: shell.processIdentifier) ?? 0
            }
            let own = try #require(ProcessUsage.cpuSeconds(pid: shell.processIdentifier), "the shell still runs")
            #expect(own < 0.2, "the shell itself only waits")
            #expect(tree > 0.3, "its child's CPU is counted: \(tree) s")
        }

        @Test func processUsageReadsThisProcess() {
            let pid = getpid()
            #expect((ProcessUsage.residentBytes(pid: pid) ?? 0) > 0)
            #expect(ProcessUsage.cpuSeconds(pid: pid) != nil)
            #expect(ProcessUsage.residentBytes(pid: -1) == nil)
            #expect(ProcessUsage.selfCPUSeconds() > 0)
        }

        @Test func metricsAreSummedOverLabels() {
            let page = """
                # TYPE notifywire_connections gauge
                notifywire_connections{transport="sse",codec="json"} 3
                notifywire_connections{transport="websocket",codec="json"} 2
                notifywire_connections_total 99
                """
            #expect(MetricsText.sum(of: "notifywire_connections", in: page) == 5)
            #expect(MetricsText.sum(of: "notifywire_missing", in: page) == nil)
        }

        @Test func theResponseHeadIsReadWhenComplete() throws {
            var partial = ByteBuffer(string: "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\n")
            guard case .needMoreBytes = HandshakeResponseHead.read(from: &partial) else {
                Issue.record("an incomplete head was read")
                return
            }
            var complete = ByteBuffer(string: "HTTP/1.1 101 Switching Protocols\r\nUpgrade:  websocket \r\n\r\nREST")
            guard case .head(let head) = HandshakeResponseHead.read(from: &complete) else {
                Issue.record("a complete head was not read")
                return
            }
            #expect(head.status == 101)
            #expect(
                head.headers.count == 1 && head.headers[0].name.rawName == "Upgrade"
                    && head.headers[0].value == "websocket")
            #expect(String(buffer: complete) == "REST")
        }

        @Test func rampStepsStopAtTheCap() {
            #expect(RampScenario.steps(cappedAt: nil) == [10, 50, 100, 200, 1000, 5000, 10_000])
            #expect(RampScenario.steps(cappedAt: 200) == [10, 50, 100, 200])
            #expect(RampScenario.steps(cappedAt: 30) == [10, 30])
            #expect(RampScenario.steps(cappedAt: 5) == [5])
        }

        @Test func theTallyCountsDistinctNotifications() {
            let tally = LoadTally(recipientCount: 2)
            let naming = LoadNaming(prefix: "t", scenario: .busy, transport: .sse, codecName: "json")
            let message = NotificationMessage(
                id: naming.notificationID(1), createdAt: Timestamp(seconds: 1, nanos: 0), sequence: 9)
            tally.record(message, recipient: 0, receivedNanos: 1_002_000_000)
            tally.record(message, recipient: 0, receivedNanos: 1_003_000_000)
            tally.record(NotificationMessage(id: "foreign"), recipient: 1, receivedNanos: 0)
            tally.record(message, recipient: 5, receivedNanos: 0)
            let snapshot = tally.snapshot()
            #expect(snapshot.delivered == 1)
            #expect(snapshot.duplicates == 1)
            #expect(snapshot.decodeErrors == 2)
            #expect(tally.deliveredByRecipient() == [1, 0])
            #expect(tally.lastCursor(of: 0).sequence == 9)
            #expect(tally.takeLatencies() == [2_000_000])
            #expect(tally.takeLatencies().isEmpty)
        }
    }
#endif
