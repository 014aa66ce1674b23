#if Hummingbird
    /// `throughput`: 2,000 subscribers (capped), spread over the nodes and all connected first; then two
    /// phases of the duration each (10 s by default): 1,000 single publishes per second (`POST /notifications`,
    /// one notification per request, over ``singleConnections`` connections), then 10,000 notifications per
    /// second through the batch route, each to the next subscriber in turn. One row per phase, with what the
    /// server acknowledged per second (``LoadRow/publishedPerSecond``): a phase the server cannot keep up with
    /// publishes less (the loop drops what is over a second late) and says so.
    enum ThroughputScenario {
        /// Single publishes per second asked for.
        static let singlePerSecond = 1_000
        /// Notifications per second asked for through the batch route.
        static let batchPerSecond = 10_000
        /// The connections the single publishes share (a connection carries one request at a time).
        static let singleConnections = 32

        /// Runs both phases on one set of subscribers.
        static func run(_ context: LoadCaseContext) async -> (rows: [LoadRow], tally: LoadTally) {
            let subscribers = context.subscribers(2_000)
            let duration = context.duration(default: .seconds(10))
            let tally = LoadTally(recipientCount: subscribers)
            let baseline = context.server.residentBytes()
            let open = await context.connector(tally: tally).openAll(Array(0..<subscribers))
            let rss = CaseMeter.rssPerConnection(server: context.server, baseline: baseline, subscribers: open.count)
            let established = open.keys.sorted()
            let singles = LoadPublisher(
                group: context.group, host: context.server.host, port: context.server.port,
                connections: singleConnections, numbering: context.publisher.numbering)
            let rates = context.configuration.throughputRates ?? (singlePerSecond, batchPerSecond)
            let phases: [(route: LoadPublisher.Route, perSecond: Int, publisher: LoadPublisher)] = [
                (.single, rates.single, singles), (.batch, rates.batch, context.publisher),
            ]
            var rows: [LoadRow] = []
            for phase in phases {
                let ledger = PublishLedger()
                let loop = PublishLoop(
                    publisher: phase.publisher, naming: context.naming, rate: .totalPerSecond(phase.perSecond),
                    ledger: ledger, route: phase.route)
                var meter = CaseMeter(context: context, tally: tally)
                await loop.run(for: duration) { established }
                meter.publishingEnded()
                await context.drain(tally, deliveredBefore: meter.deliveredBefore, expected: ledger.count)
                var row = meter.row(subscribers: open.count, expected: ledger.count, rssPerConnection: rss)
                row.publishRoute = phase.route.rawValue
                if let seconds = row.durationSeconds, seconds > 0 {
                    row.publishedPerSecond = Double(ledger.count) / seconds
                }
                context.report(LoadProgressLine.text(row))
                rows.append(row)
            }
            await singles.close()
            await context.closeAndSettle(open.values)
            return (rows, tally)
        }
    }
#endif
