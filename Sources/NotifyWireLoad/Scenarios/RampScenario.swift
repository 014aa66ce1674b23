#if Hummingbird
    import NIOCore

    /// `ramp`: 10 → 50 → 100 → 200 → 1,000 → 5,000 → 10,000 open subscribers (capped), each receiving one
    /// notification per second while connected; one row per step; stops after the first step whose delivery
    /// falls below 99 %.
    enum RampScenario {
        /// The subscriber counts of the steps.
        static let steps = [10, 50, 100, 200, 1000, 5000, 10_000]

        /// The steps within `maxSubscribers`: those below it, then the cap itself when it falls between steps.
        static func steps(cappedAt maxSubscribers: Int?) -> [Int] {
            guard let cap = maxSubscribers else { return steps }
            var capped = steps.filter { $0 <= max(1, cap) }
            if capped.last != max(1, cap), max(1, cap) < steps[steps.count - 1] { capped.append(max(1, cap)) }
            return capped
        }

        /// Runs the steps; returns their rows and the deliveries by recipient.
        static func run(_ context: LoadCaseContext) async -> (rows: [LoadRow], tally: LoadTally) {
            let steps = steps(cappedAt: context.configuration.maxSubscribers)
            let tally = LoadTally(recipientCount: steps.last ?? 0)
            let connector = context.connector(tally: tally)
            let baseline = context.server.residentBytes()
            var open: [Int: LoadSubscription] = [:]
            var rows: [LoadRow] = []
            var previous = 0
            for step in steps {
                let opened = await connector.openAll(Array(previous..<step))
                open.merge(opened) { first, _ in first }
                previous = step
                let rss = CaseMeter.rssPerConnection(
                    server: context.server, baseline: baseline, subscribers: open.count)
                let established = open.keys.sorted()
                let ledger = PublishLedger()
                let loop = PublishLoop(
                    publisher: context.publisher, naming: context.naming, rate: .eachPerSecond(1), ledger: ledger)
                var meter = CaseMeter(context: context, tally: tally)
                await loop.run(for: context.duration(default: .seconds(10))) { established }
                meter.publishingEnded()
                await context.drain(tally, deliveredBefore: meter.deliveredBefore, expected: ledger.count)
                let row = meter.row(subscribers: open.count, expected: ledger.count, rssPerConnection: rss)
                rows.append(row)
                context.report(LoadProgressLine.text(row))
                if row.deliveryRatio < 0.99 { break }
            }
            await context.closeAndSettle(open.values)
            return (rows, tally)
        }
    }
#endif
