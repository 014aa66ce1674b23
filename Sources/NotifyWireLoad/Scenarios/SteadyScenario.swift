#if Hummingbird
    import NIOCore

    /// `quiet` and `busy`: a fixed number of subscribers, all connected first, then a steady rate of
    /// notifications for the duration; one row.
    enum SteadyScenario {
        /// `quiet`: 1,000 subscribers, 60 notifications per second in turn, 30 s by default.
        static func quiet(_ context: LoadCaseContext) async -> (rows: [LoadRow], tally: LoadTally) {
            await run(
                context, subscribers: context.subscribers(1000), rate: .totalPerSecond(60),
                duration: context.duration(default: .seconds(30)))
        }

        /// `busy`: 50 subscribers, 100 notifications per second each, 10 s by default.
        static func busy(_ context: LoadCaseContext) async -> (rows: [LoadRow], tally: LoadTally) {
            await run(
                context, subscribers: context.subscribers(50), rate: .eachPerSecond(100),
                duration: context.duration(default: .seconds(10)))
        }

        private static func run(
            _ context: LoadCaseContext, subscribers: Int, rate: PublishRate, duration: Duration
        ) async -> (rows: [LoadRow], tally: LoadTally) {
            let tally = LoadTally(recipientCount: subscribers)
            let baseline = context.server.residentBytes()
            let open = await context.connector(tally: tally).openAll(Array(0..<subscribers))
            let rss = CaseMeter.rssPerConnection(server: context.server, baseline: baseline, subscribers: open.count)
            let established = open.keys.sorted()
            let ledger = PublishLedger()
            let loop = PublishLoop(publisher: context.publisher, naming: context.naming, rate: rate, ledger: ledger)
            var meter = CaseMeter(context: context, tally: tally)
            await loop.run(for: duration) { established }
            meter.publishingEnded()
            await context.drain(tally, deliveredBefore: meter.deliveredBefore, expected: ledger.count)
            let row = meter.row(subscribers: open.count, expected: ledger.count, rssPerConnection: rss)
            context.report(LoadProgressLine.text(row))
            await context.closeAndSettle(open.values)
            return ([row], tally)
        }
    }
#endif
