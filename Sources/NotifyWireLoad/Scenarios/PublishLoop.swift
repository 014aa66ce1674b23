#if Hummingbird

    /// Publishes at a ``PublishRate`` to the subscribers established at each tick, until a deadline, and
    /// records what was published in a ``PublishLedger``.
    struct PublishLoop: Sendable {
        /// The publisher.
        var publisher: LoadPublisher
        /// The names of the case.
        var naming: LoadNaming
        /// Added to a local index to name its recipient.
        var recipientOffset = 0
        /// The rate.
        var rate: PublishRate
        /// Where published notifications are recorded.
        var ledger: PublishLedger
        /// How the notifications are posted.
        var route: LoadPublisher.Route
        /// Round-robin position of ``PublishRate/totalPerSecond(_:)``, kept across calls of one loop.
        private let turn = LockedValue(0)

        init(
            publisher: LoadPublisher, naming: LoadNaming, recipientOffset: Int = 0, rate: PublishRate,
            ledger: PublishLedger, route: LoadPublisher.Route = .batch
        ) {
            self.route = route
            self.publisher = publisher
            self.naming = naming
            self.recipientOffset = recipientOffset
            self.rate = rate
            self.ledger = ledger
        }

        /// Publishes to `established()` (local indices, read at every tick) until `end`.
        ///
        /// When publishing falls behind (the server answers slowly), the ticks that came due meanwhile are
        /// published together in the next round, up to one second of them; older ones are dropped, so the
        /// loop never builds an ever-growing backlog. Only what was published counts as expected.
        func run(until end: ContinuousClock.Instant, established: @Sendable () -> [Int]) async {
            let tickLength = Duration.seconds(1) / PublishRate.ticksPerSecond
            let start = ContinuousClock.now
            // The last tick due before `end`.
            let lastTick = Int(((end - start) / tickLength).rounded(.up)) - 1
            var tick = 0
            while tick <= lastTick {
                let due = start + tickLength * tick
                if due > .now { try? await Task.sleep(until: due, clock: .continuous) }
                let current = Int((ContinuousClock.now - start) / tickLength)
                let first = max(tick, current - PublishRate.ticksPerSecond + 1)
                guard first <= lastTick else { return }
                let last = max(first, min(current, lastTick))
                let recipients = established()
                var targets: [LoadPublisher.Target] = []
                for round in first...last { targets += self.targets(tick: round, established: recipients) }
                ledger.add(await publisher.publish(targets, route: route))
                tick = last + 1
            }
        }

        /// Publishes to `established()` for `duration`.
        func run(for duration: Duration, established: @Sendable () -> [Int]) async {
            await run(until: .now + duration, established: established)
        }

        private func targets(tick: Int, established: [Int]) -> [LoadPublisher.Target] {
            guard !established.isEmpty else { return [] }
            var targets: [LoadPublisher.Target] = []
            switch rate {
            case .eachPerSecond(let perSecond):
                for index in established {
                    let count = PublishRate.share(of: index, tick: tick, perSecond: perSecond)
                    for _ in 0..<max(0, count) { targets.append(target(index)) }
                }
            case .totalPerSecond(let perSecond):
                let count = PublishRate.total(tick: tick, perSecond: perSecond)
                turn.withLock { turn in
                    for _ in 0..<max(0, count) {
                        targets.append(target(established[turn % established.count]))
                        turn = (turn + 1) % established.count
                    }
                }
            }
            return targets
        }

        private func target(_ index: Int) -> LoadPublisher.Target {
            LoadPublisher.Target(recipient: naming.recipient(recipientOffset + index), naming: naming)
        }
    }
#endif
