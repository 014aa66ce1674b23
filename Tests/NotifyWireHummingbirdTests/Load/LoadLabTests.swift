#if Hummingbird
    import NotifyWireCore
    import NotifyWireLoad
    import Testing

    extension EndToEndTests {
        /// The load lab's engine against a real `notifywire serve` at small scale: every transport delivers
        /// everything it publishes to established subscribers, the measurements are filled and consistent, every
        /// codec works over SSE, and an outage the replay log covers loses nothing.
        @Suite struct LoadLabTests {
            static func configuration(
                _ scenario: LoadScenario, _ transport: LoadTransport, _ codec: WireFormat, subscribers: Int,
                seconds: Int, gaps: [Duration]? = nil
            ) -> LoadConfiguration {
                LoadConfiguration(
                    scenarios: [scenario], transports: [transport], codecs: [codec], duration: .seconds(seconds),
                    maxSubscribers: subscribers, recipientPrefix: "test", outageGaps: gaps)
            }

            /// Checks what every complete row must hold.
            static func expectComplete(_ row: LoadRow) {
                #expect(row.expected > 0)
                #expect(row.delivered == row.expected, "\(row)")
                #expect(row.duplicates == 0)
                #expect(row.failedConnects == 0)
                if let p50 = row.p50Ms, let p99 = row.p99Ms, let max = row.maxMs {
                    #expect(0 <= p50 && p50 <= p99 && p99 <= max)
                } else {
                    Issue.record("latencies missing: \(row)")
                }
                #expect((row.wireBytesPerNotification ?? 0) > 0)
                #expect(row.serverRssPerConnectionBytes != nil)
                #expect(row.serverCpuSeconds.map { $0 >= 0 } == true)
                #expect(row.clientCpuSeconds.map { $0 >= 0 } == true)
                #expect((row.durationSeconds ?? 0) > 0)
            }

            @Test(arguments: LoadTransport.allCases)
            func rampDeliversEverythingOverEachTransport(transport: LoadTransport) async throws {
                try await LoadTestServer.with { server in
                    let results = try await LoadLab.run(
                        Self.configuration(.ramp, transport, .json, subscribers: 10, seconds: 2), server: server)
                    let row = try #require(results.rows.first)
                    #expect(results.rows.count == 1)
                    #expect(row.scenario == "ramp" && row.transport == transport.rawValue && row.codec == "json")
                    #expect(row.subscribers == 10)
                    Self.expectComplete(row)
                    // One notification per second to each of 10 subscribers for 2 s: 20 ticks of 100 ms, and each
                    // subscriber's one-per-second share falls in exactly 2 of any 20 consecutive ticks (PublishRate),
                    // so 20 when the publisher keeps up; fewer only if it falls over a second behind; never more.
                    #expect(row.expected <= 20)
                    #expect(results.deliveredByRecipient.count == 10)
                    #expect(results.deliveredByRecipient.values.reduce(0, +) == row.delivered)
                    #expect(results.deliveredByRecipient["test-ramp-\(transport.rawValue)-json-0"] != nil)
                    if transport == .longPoll {
                        #expect((row.pollRequestsPerSecond ?? 0) > 0)
                    } else {
                        #expect(row.pollRequestsPerSecond == nil)
                    }
                }
            }

            @Test(arguments: [WireFormat.messagePack, .protobuf])
            func everyCodecWorksOverServerSentEvents(codec: WireFormat) async throws {
                try await LoadTestServer.with { server in
                    let results = try await LoadLab.run(
                        Self.configuration(.busy, .sse, codec, subscribers: 3, seconds: 1), server: server)
                    let row = try #require(results.rows.first)
                    #expect(row.codec == codec.name)
                    Self.expectComplete(row)
                    // 100 per second to each of 3 subscribers for 1 s.
                    #expect(row.expected > 100)
                }
            }

            @Test(arguments: LoadTransport.allCases)
            func anOutageTheReplayLogCoversLosesNothing(transport: LoadTransport) async throws {
                try await LoadTestServer.with { server in
                    let results = try await LoadLab.run(
                        Self.configuration(.outage, transport, .json, subscribers: 5, seconds: 1, gaps: [.seconds(1)]),
                        server: server)
                    let row = try #require(results.rows.first)
                    #expect(results.rows.count == 1)
                    Self.expectComplete(row)
                    #expect(row.outageSeconds == 1)
                    #expect(row.restarted == false)
                    #expect(row.lostAfterResume == 0)
                    #expect(row.replayCovered == true)
                    #expect(row.catchUpMs.map { $0 >= 0 } == true)
                }
            }

            /// With `restart`, the server is stopped at the start of the gap and started again on the same port
            /// at its end: the subscribers reconnect to the new process, and what was published to the stopped
            /// one is not expected.
            @Test func anOutageWithARestartReconnectsToTheNewServer() async throws {
                try await LoadTestServer.with { server in
                    var configuration = Self.configuration(
                        .outage, .sse, .json, subscribers: 3, seconds: 1, gaps: [.seconds(1)])
                    configuration.fault = .restart
                    let results = try await LoadLab.run(configuration, server: server)
                    let row = try #require(results.rows.first)
                    #expect(row.restarted == true)
                    #expect(row.failedConnects == 0)
                    #expect(row.delivered > 0 && row.delivered <= row.expected)
                    #expect(row.lostAfterResume == row.expected - row.delivered)
                    #expect(row.replayCovered == false, "the new server never saw the resume point: it says resync")
                    #expect(row.serverCpuSeconds == nil)
                    #expect(row.duplicates == 0)
                }
            }
        }
    }
#endif
