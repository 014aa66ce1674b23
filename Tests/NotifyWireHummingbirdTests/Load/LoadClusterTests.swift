#if Hummingbird
    import NotifyWireCore
    import NotifyWireLoad
    import NotifyWireTestSupport
    import Testing

    extension EndToEndTests {
        /// The load lab against two `notifywire serve --postgres` nodes (the built binary) at small scale:
        /// subscribers spread over both, publishers posting to the first, every transport delivering everything
        /// acknowledged; a killed node's subscribers resuming on the other from their cursors; a killed listener
        /// and a restarted database losing nothing that was acknowledged.
        @Suite struct LoadClusterTests {
            /// Two nodes on a fresh database of the shared test cluster.
            static func twoNodes() async throws -> LocalLoadCluster {
                let url = try await ThrowawayPostgres.shared.makeDatabase()
                let cluster = try await LocalLoadCluster.make(
                    executable: try BuiltProducts.notifywire(), nodes: 2, postgresURL: url)
                try await cluster.start()
                return cluster
            }

            static func outage(_ transport: LoadTransport, _ fault: LoadFault, gap: Duration) -> LoadConfiguration {
                var configuration = LoadLabTests.configuration(
                    .outage, transport, .json, subscribers: 6, seconds: 1, gaps: [gap])
                configuration.fault = fault
                return configuration
            }

            @Test(arguments: LoadTransport.allCases)
            func throughputOverTwoNodesDeliversEverythingAcknowledged(transport: LoadTransport) async throws {
                let cluster = try await Self.twoNodes()
                defer { cluster.terminate() }
                #expect(cluster.nodePorts.count == 2 && cluster.nodePorts[0] != cluster.nodePorts[1])
                var configuration = LoadLabTests.configuration(
                    .throughput, transport, .json, subscribers: 10, seconds: 1)
                configuration.throughputRates = (single: 50, batch: 500)
                let results = try await LoadLab.run(configuration, server: cluster)
                #expect(results.rows.map(\.publishRoute) == ["single", "batch"])
                for row in results.rows {
                    LoadLabTests.expectComplete(row)
                    #expect(row.nodes == 2 && row.engine == "postgres")
                    #expect(row.subscribers == 10)
                    #expect((row.publishedPerSecond ?? 0) > 0)
                    #expect(row.databaseCpuSeconds == nil, "a database given by URL is not the tool's to measure")
                }
                // 50 a second for 1 s, then 500: the loop never publishes more than asked.
                #expect(results.rows[0].expected <= 50 && results.rows[1].expected <= 500)
                #expect(results.rows[1].expected > results.rows[0].expected)
                // Both nodes served subscribers: recipients 0, 2, … on the first, 1, 3, … on the second.
                let prefix = "test-throughput-\(transport.rawValue)-json-"
                #expect(
                    results.deliveredByRecipient["\(prefix)0"] != nil
                        && results.deliveredByRecipient["\(prefix)1"] != nil)
            }

            @Test(arguments: LoadTransport.allCases)
            func theSubscribersOfAKilledNodeResumeOnTheOtherWithNothingLost(transport: LoadTransport) async throws {
                let cluster = try await Self.twoNodes()
                defer { cluster.terminate() }
                let killed = try #require(cluster.nodes.last?.processID)
                let results = try await LoadLab.run(
                    Self.outage(transport, .killNode, gap: .seconds(1)), server: cluster)
                let row = try #require(results.rows.first)
                #expect(row.expected > 0)
                #expect(row.delivered == row.expected, "\(row)")
                #expect(row.duplicates == 0 && row.failedConnects == 0)
                #expect(row.serverCpuSeconds == nil, "a node restarted: its CPU counts from 0 again")
                #expect(row.fault == "kill-node")
                #expect(row.lostAfterResume == 0)
                #expect(row.replayCovered == true, "resumed from cursors the other node honours, no resync")
                #expect(row.catchUpMs != nil)
                #expect(
                    cluster.nodes.last?.processID != killed, "the node was killed, and started again after the case")
            }

            /// On a database of the tool's own (durable settings): the listening connections ended, then PostgreSQL
            /// stopped for 2 s. The subscribers stay connected throughout; what was acknowledged arrives.
            @Test(arguments: [LoadFault.listenerKill, .databaseRestart])
            func aKilledListenerOrARestartedDatabaseLosesNothingAcknowledged(fault: LoadFault) async throws {
                let cluster = try await LocalLoadCluster.make(executable: try BuiltProducts.notifywire(), nodes: 2)
                defer { cluster.terminate() }
                #expect(cluster.supports(fault) && cluster.database != nil)
                try await cluster.start()
                let results = try await LoadLab.run(Self.outage(.sse, fault, gap: .seconds(2)), server: cluster)
                let row = try #require(results.rows.first)
                LoadLabTests.expectComplete(row)
                #expect(row.fault == fault.rawValue)
                #expect(row.lostAfterResume == 0)
                if fault == .listenerKill {
                    #expect((row.databaseCpuSeconds ?? 0) > 0, "the PostgreSQL the tool started is measured too")
                } else {
                    #expect(row.databaseCpuSeconds == nil, "a restarted PostgreSQL counts its CPU from 0 again")
                }
                if fault == .databaseRestart {
                    // 6 subscribers at one a second for 1 s + 2 s + 1 s: 24 asked; the 2 s without the database
                    // are refused (503), so well under 24 are acknowledged and expected.
                    #expect(row.expected <= 18, "publishes during the outage were refused: \(row.expected)")
                }
            }

            @Test func faultsAPlainServerCannotBringAboutAreRefused() async throws {
                try await LoadTestServer.with { server in
                    #expect(!server.supports(.killNode) && !server.supports(.databaseRestart))
                    await #expect(throws: LoadError.self) {
                        try await LoadLab.run(Self.outage(.sse, .killNode, gap: .seconds(1)), server: server)
                    }
                }
            }
        }
    }
#endif
