#if Hummingbird
    import NIOCore
    import NotifyWireHummingbird

    /// `outage`: 100 subscribers (capped) at one notification per second each; for each gap (1 s, 10 s,
    /// 60 s): 3 s connected, then the configuration's ``LoadFault`` for the gap while publishing goes on
    /// (by default every connection closed; `restart` also stops the servers; `kill-node` kills the last node,
    /// whose subscribers alone lose their connections; `listener-kill` and `db-restart` leave every connection
    /// open), the subscribers that lost their connections reopened from their last position (on the next node
    /// when there are several: resume on another node), 5 s more, then the drain. One row per gap, each with
    /// its own recipients.
    enum OutageScenario {
        /// The gaps of the scenario.
        static let gaps: [Duration] = [.seconds(1), .seconds(10), .seconds(60)]

        /// Runs one case per gap; throws when the fault could not be brought about or ended.
        static func run(_ context: LoadCaseContext) async throws(LoadError) -> (rows: [LoadRow], tally: LoadTally) {
            let fault = context.configuration.fault
            guard context.server.supports(fault) else {
                throw LoadError("the fault \(fault.rawValue) is not possible against this server")
            }
            let subscribers = context.subscribers(100)
            let gaps = context.configuration.outageGaps ?? gaps
            let tally = LoadTally(recipientCount: subscribers * gaps.count)
            var rows: [LoadRow] = []
            for (round, gap) in gaps.enumerated() {
                rows.append(
                    try await runGap(
                        context, fault: fault, gap: gap, round: round, subscribers: subscribers, tally: tally))
            }
            return (rows, tally)
        }

        private static func runGap(
            _ context: LoadCaseContext, fault: LoadFault, gap: Duration, round: Int, subscribers: Int,
            tally: LoadTally
        ) async throws(LoadError) -> LoadRow {
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
            // Who loses the connection: everyone, the killed node's subscribers, or no one.
            let nodeCount = context.server.nodePorts.count
            let cut: [Int] =
                switch fault {
                case .connections, .restart: established
                case .killNode: established.filter { $0 % nodeCount == nodeCount - 1 }
                case .listenerKill, .databaseRestart: []
                }
            let gapEnd = ContinuousClock.now + gap
            // A killed node drops its connections itself; the others are closed before the servers stop.
            if fault != .killNode { await SubscriberConnector.closeAll(cut.compactMap { open[$0] }) }
            try await lifecycle("begin \(fault.rawValue)") { try await context.server.begin(fault) }
            if fault == .killNode { await SubscriberConnector.closeAll(cut.compactMap { open[$0] }) }
            await loop.run(until: gapEnd) { established }
            if fault != .killNode {
                try await lifecycle("end \(fault.rawValue)") { try await context.server.end(fault) }
            }
            let threshold = context.publisher.nextNumber
            tally.watchCatchUp(below: threshold)
            let reopenedAt = ProcessUsage.wallClockNanoseconds()
            // SSE and WebSocket resume after the last position received; long-poll from the cursor it had. With
            // several nodes, each on the next node (the killed node's subscribers must).
            let cursors = context.transport == .longPoll ? open.mapValues { $0.cursor.flatMap { HubCursor($0) } } : [:]
            var resuming = connector
            resuming.nodeOffset = nodeCount > 1 ? 1 : 0
            let reopened = await resuming.openAll(cut) { (cursors[$0] ?? nil) ?? tally.lastCursor(of: $0) }
            for (index, subscription) in reopened { open[index] = subscription }
            await loop.run(for: phase ?? .seconds(5)) { established }
            meter.publishingEnded()
            await context.drain(tally, deliveredBefore: meter.deliveredBefore, expected: ledger.count)
            var row = meter.row(subscribers: established.count, expected: ledger.count, rssPerConnection: rss)
            let after = tally.snapshot()
            row.failedConnects = after.connectFailures - before.connectFailures
            row.outageSeconds = CaseMeter.seconds(gap)
            row.restarted = fault == .restart
            row.fault = fault.rawValue
            row.lostAfterResume = max(0, row.expected - row.delivered)
            row.replayCovered = after.resyncs == before.resyncs
            let catchUp = tally.catchUp()
            if catchUp.deliveredBelow - before.delivered >= ledger.count(below: threshold) {
                row.catchUpMs = Double(max(0, (catchUp.latestNanos ?? reopenedAt) - reopenedAt)) / 1_000_000
            }
            // A process that restarted counts its CPU from 0 again.
            if fault == .restart || fault == .killNode { row.serverCpuSeconds = nil }
            if fault == .databaseRestart { row.databaseCpuSeconds = nil }
            context.report(LoadProgressLine.text(row))
            await context.closeAndSettle(open.values)
            if fault == .killNode {
                try await lifecycle("end \(fault.rawValue)") { try await context.server.end(fault) }
            }
            return row
        }

        private static func lifecycle(_ what: String, _ body: () async throws -> Void) async throws(LoadError) {
            do {
                try await body()
            } catch let error as LoadError {
                throw LoadError("the servers could not \(what): \(error.message)")
            } catch {
                throw LoadError("the servers could not \(what): \(error)")
            }
        }
    }
#endif
