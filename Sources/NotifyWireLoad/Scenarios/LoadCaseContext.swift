#if Hummingbird
    import NIOCore
    import NotifyWire

    /// What every case of one scenario × transport × codec works with.
    struct LoadCaseContext: Sendable {
        /// The run's configuration.
        var configuration: LoadConfiguration
        /// The server under load.
        var server: any LoadServer
        /// The event loops of every connection.
        var group: any EventLoopGroup
        /// The publisher.
        var publisher: LoadPublisher
        /// The scenario.
        var scenario: LoadScenario
        /// The transport.
        var transport: LoadTransport
        /// The codec.
        var codec: any NotificationCodec
        /// The names of the case's recipients and notifications.
        var naming: LoadNaming

        /// `count` capped by ``LoadConfiguration/maxSubscribers`` (at least 1).
        func subscribers(_ count: Int) -> Int {
            max(1, min(count, configuration.maxSubscribers ?? count))
        }

        /// The publishing time: ``LoadConfiguration/duration`` or `defaultDuration`.
        func duration(default defaultDuration: Duration) -> Duration {
            configuration.duration ?? defaultDuration
        }

        /// A connector of this case's subscribers recording into `tally`.
        func connector(tally: LoadTally, recipientOffset: Int = 0) -> SubscriberConnector {
            SubscriberConnector(
                group: group, host: server.host, ports: server.nodePorts, transport: transport, codec: codec,
                tally: tally, naming: naming, recipientOffset: recipientOffset)
        }

        /// Reports a line of progress.
        func report(_ line: String) { configuration.progress?(line) }

        /// Waits until `tally` has `expected` deliveries more than `deliveredBefore`, or nothing arrived for
        /// 3 s, or 60 s passed.
        func drain(_ tally: LoadTally, deliveredBefore: Int, expected: Int) async {
            let hardEnd = ContinuousClock.now + .seconds(60)
            var last = tally.snapshot().delivered
            var lastProgress = ContinuousClock.now
            while ContinuousClock.now < hardEnd {
                let delivered = tally.snapshot().delivered
                if delivered - deliveredBefore >= expected { return }
                if delivered != last {
                    last = delivered
                    lastProgress = .now
                } else if ContinuousClock.now - lastProgress >= .seconds(3) {
                    return
                }
                try? await Task.sleep(for: .milliseconds(50))
            }
        }

        /// Closes `subscriptions`, then waits (at most 10 s) until the server counts no open connection, so that
        /// the next case starts on a quiet server.
        func closeAndSettle(_ subscriptions: some Sequence<LoadSubscription>) async {
            await SubscriberConnector.closeAll(subscriptions)
            let end = ContinuousClock.now + .seconds(10)
            while ContinuousClock.now < end {
                guard let open = await publisher.openConnections() else {
                    try? await Task.sleep(for: .milliseconds(500))
                    return
                }
                if open == 0 { return }
                try? await Task.sleep(for: .milliseconds(100))
            }
        }
    }
#endif
