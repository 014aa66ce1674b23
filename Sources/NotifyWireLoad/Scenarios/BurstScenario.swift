#if Hummingbird
    import NIOCore

    /// `burst`: 0 → 2,000 subscribers (capped) connecting evenly over 10 s while every established subscriber
    /// receives one notification per second, then 5 s more with all of them (15 s in all by default; a
    /// shorter `--duration` keeps the connecting phase at two thirds of it). One row: failed connects, and the
    /// time from the first connect until every established subscriber had received live traffic.
    enum BurstScenario {
        /// Runs the case.
        static func run(_ context: LoadCaseContext) async -> (rows: [LoadRow], tally: LoadTally) {
            let subscribers = context.subscribers(2000)
            let total = context.duration(default: .seconds(15))
            let connectWindow = min(.seconds(10), total * 2 / 3)
            let tally = LoadTally(recipientCount: subscribers)
            let connector = context.connector(tally: tally)
            let baseline = context.server.residentBytes()
            let open = LockedValue<[Int: LoadSubscription]>([:])
            let ledger = PublishLedger()
            let loop = PublishLoop(
                publisher: context.publisher, naming: context.naming, rate: .eachPerSecond(1), ledger: ledger)
            var meter = CaseMeter(context: context, tally: tally)
            let start = ContinuousClock.now
            let startWall = ProcessUsage.wallClockNanoseconds()
            await withTaskGroup(of: Void.self) { group in
                group.addTask {
                    await loop.run(until: start + total) { open.withLock { $0.keys.sorted() } }
                }
                group.addTask {
                    await withTaskGroup(of: Void.self) { connects in
                        for index in 0..<subscribers {
                            let due = start + connectWindow * index / subscribers
                            if due > .now { try? await Task.sleep(until: due, clock: .continuous) }
                            connects.addTask {
                                if let subscription = await connector.open(index: index) {
                                    open.withLock { $0[index] = subscription }
                                }
                            }
                        }
                    }
                }
            }
            meter.publishingEnded()
            await context.drain(tally, deliveredBefore: meter.deliveredBefore, expected: ledger.count)
            let channels = open.withLock { $0 }
            let rss = CaseMeter.rssPerConnection(
                server: context.server, baseline: baseline, subscribers: channels.count)
            var row = meter.row(subscribers: channels.count, expected: ledger.count, rssPerConnection: rss)
            row.liveAfterMs = liveAfter(startWall: startWall, indices: channels.keys, tally: tally)
            context.report(LoadProgressLine.text(row))
            await context.closeAndSettle(channels.values)
            return ([row], tally)
        }

        /// Milliseconds from `startWall` until the last of `indices` first received a notification; `nil` when
        /// one never did.
        private static func liveAfter(startWall: Int64, indices: some Collection<Int>, tally: LoadTally) -> Double? {
            guard !indices.isEmpty else { return nil }
            var latest = startWall
            for index in indices {
                guard let first = tally.firstDelivery(of: index) else { return nil }
                latest = max(latest, first)
            }
            return Double(latest - startWall) / 1_000_000
        }
    }
#endif
