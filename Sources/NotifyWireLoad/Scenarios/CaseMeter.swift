#if Hummingbird
    import NotifyWireCore
    /// Measures one row's window: CPU of the server and of the generator, wire bytes, deliveries and latency
    /// between ``init(context:tally:)`` and ``row(subscribers:expected:rssPerConnection:)``.
    struct CaseMeter {
        private let context: LoadCaseContext
        private let tally: LoadTally
        private let serverCPU: Double?
        private let databaseCPU: Double?
        private let clientCPU: Double
        private let wireBytes: Int
        private let before: LoadTally.Snapshot
        private let start = ContinuousClock.now
        private var publishingEnd: ContinuousClock.Instant?

        /// Starts the window now (the latency samples so far are dropped).
        init(context: LoadCaseContext, tally: LoadTally) {
            self.context = context
            self.tally = tally
            serverCPU = context.server.cpuSeconds()
            databaseCPU = context.server.databaseCPUSeconds()
            clientCPU = ProcessUsage.selfCPUSeconds()
            wireBytes = tally.wire.total
            before = tally.snapshot()
            _ = tally.takeLatencies()
        }

        /// Deliveries counted before the window.
        var deliveredBefore: Int { before.delivered }

        /// Marks the end of publishing (the row's duration); the drain after it still counts.
        mutating func publishingEnded() { publishingEnd = .now }

        /// The row of the window, ending now.
        func row(subscribers: Int, expected: Int, rssPerConnection: Double?) -> LoadRow {
            let after = tally.snapshot()
            let delivered = after.delivered - before.delivered
            let latency = LatencySummary(nanoseconds: tally.takeLatencies())
            let wire = tally.wire.total - wireBytes
            var row = LoadRow(
                scenario: context.scenario.rawValue, transport: context.transport.rawValue,
                codec: context.codec.format.name, subscribers: subscribers, delivered: delivered, expected: expected,
                p50Ms: latency?.p50Ms, p99Ms: latency?.p99Ms, maxMs: latency?.maxMs,
                serverRssPerConnectionBytes: rssPerConnection,
                serverCpuSeconds: context.server.cpuSeconds().flatMap { now in serverCPU.map { now - $0 } },
                wireBytesPerNotification: delivered > 0 ? Double(wire) / Double(delivered) : nil)
            let seconds = Self.seconds((publishingEnd ?? .now) - start)
            row.clientCpuSeconds = ProcessUsage.selfCPUSeconds() - clientCPU
            row.databaseCpuSeconds = context.server.databaseCPUSeconds().flatMap { now in databaseCPU.map { now - $0 } }
            row.durationSeconds = seconds
            if context.transport == .longPoll, seconds > 0 {
                row.pollRequestsPerSecond = Double(after.pollRequests - before.pollRequests) / seconds
            }
            row.failedConnects = after.connectFailures
            row.duplicates = after.duplicates - before.duplicates
            return row
        }

        /// `duration` in seconds.
        static func seconds(_ duration: Duration) -> Double {
            let parts = duration.components
            return Double(parts.seconds) + Double(parts.attoseconds) / 1e18
        }

        /// The server's resident memory per subscriber: (now − `baseline`) / `subscribers`; `nil` when unknown.
        static func rssPerConnection(server: any LoadServer, baseline: Int?, subscribers: Int) -> Double? {
            guard let baseline, let now = server.residentBytes(), subscribers > 0 else { return nil }
            return Double(now - baseline) / Double(subscribers)
        }
    }
#endif
