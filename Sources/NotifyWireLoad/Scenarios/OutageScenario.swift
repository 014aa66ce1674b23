#if Hummingbird
    import NIOCore

    /// `outage`: 100 subscribers (capped) at one notification per second each; for each gap (1 s, 10 s,
    /// 60 s): 3 s connected, every connection closed, publishing going on for the gap (with `restart`, the
    /// server stopped at its start and started at its end), every subscriber reopened from its last sequence,
    /// 5 s more, then the drain. One row per gap, each with its own recipients.
    enum OutageScenario {
        /// The gaps of the scenario.
        static let gaps: [Duration] = [.seconds(1), .seconds(10), .seconds(60)]

        /// Runs one case per gap; throws when the server could not be restarted.
        static func run(_ context: LoadCaseContext) async throws(LoadError) -> (rows: [LoadRow], tally: LoadTally) {
            let subscribers = context.subscribers(100)
            let gaps = context.configuration.outageGaps ?? gaps
            let tally = LoadTally(recipientCount: subscribers * gaps.count)
            var rows: [LoadRow] = []
            for (round, gap) in gaps.enumerated() {
                rows.append(try await runGap(context, gap: gap, round: round, subscribers: subscribers, tally: tally))
            }
            return (rows, tally)
        }

        private static func runGap(
            _ context: LoadCaseContext, gap: Duration, round: Int, subscribers: Int, tally: LoadTally
        ) async throws(LoadError) -> LoadRow {
            let restart = context.configuration.restart && context.server.canRestart
            let first = round * subscribers
            let indices = Array(first..<first + subscribers)
            let connector = context.connector(tally: tally)
            let baseline = context.server.residentBytes()
            let before = tally.snapshot()
            var open = await connector.openAll(indices)
            let rss = CaseMeter.rssPerConnection(server: context.server, baseline: baseline, subscribers: open.count)
            // Subscribers established once stay expected through the gap and after it.
            let established = open.keys.sorted()
            let ledger = PublishLedger()
            let loop = PublishLoop(
                publisher: context.publisher, naming: context.naming, rate: .eachPerSecond(1), ledger: ledger)
            let phase = context.configuration.duration
            var meter = CaseMeter(context: context, tally: tally)
            await loop.run(for: phase ?? .seconds(3)) { established }
            await SubscriberConnector.closeAll(open.values)
            let gapEnd = ContinuousClock.now + gap
            if restart { try await lifecycle("stopped") { try await context.server.stop() } }
            await loop.run(until: gapEnd) { established }
            if restart { try await lifecycle("started") { try await context.server.start() } }
            let threshold = context.publisher.nextNumber
            tally.watchCatchUp(below: threshold)
            let reopenedAt = ProcessUsage.wallClockNanoseconds()
            // SSE and WebSocket resume after the last sequence received; long-poll from the cursor it had.
            let cursors = context.transport == .longPoll ? open.mapValues { $0.cursor.flatMap { UInt64($0) } } : [:]
            open = await connector.openAll(established) { (cursors[$0] ?? nil) ?? tally.lastSequence(of: $0) }
            await loop.run(for: phase ?? .seconds(5)) { established }
            meter.publishingEnded()
            await context.drain(tally, deliveredBefore: meter.deliveredBefore, expected: ledger.count)
            var row = meter.row(subscribers: established.count, expected: ledger.count, rssPerConnection: rss)
            let after = tally.snapshot()
            row.failedConnects = after.connectFailures - before.connectFailures
            row.outageSeconds = CaseMeter.seconds(gap)
            row.restarted = restart
            row.lostAfterResume = max(0, row.expected - row.delivered)
            row.replayCovered = after.resyncs == before.resyncs
            let catchUp = tally.catchUp()
            if catchUp.deliveredBelow - before.delivered >= ledger.count(below: threshold) {
                row.catchUpMs = Double(max(0, (catchUp.latestNanos ?? reopenedAt) - reopenedAt)) / 1_000_000
            }
            if restart { row.serverCpuSeconds = nil }
            context.report(LoadProgressLine.text(row))
            await context.closeAndSettle(open.values)
            return row
        }

        private static func lifecycle(_ what: String, _ body: () async throws -> Void) async throws(LoadError) {
            do {
                try await body()
            } catch {
                throw LoadError("the server could not be \(what): \(error)")
            }
        }
    }
#endif
