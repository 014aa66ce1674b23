#if Hummingbird
    import NIOCore
    import NIOPosix
    import NotifyWire

    /// Runs the load scenarios against a server.
    package enum LoadLab {
        /// Runs every scenario × transport × codec of `configuration` against `server`, in that order; a server
        /// the tool started (``LoadServer/canRestart``) is restarted before every case but the first.
        package static func run(_ configuration: LoadConfiguration, server: any LoadServer) async throws(LoadError)
            -> LoadResults
        {
            var codecs: [any NotificationCodec] = []
            for format in configuration.codecs {
                guard let codec = CodecRegistry.standard.codec(named: format.name) else {
                    throw LoadError("the codec \(format.name) is not available")
                }
                codecs.append(codec)
            }
            let group = MultiThreadedEventLoopGroup(numberOfThreads: System.coreCount)
            let publisher = LoadPublisher(group: group, host: server.host, port: server.port)
            do {
                let results = try await run(configuration, codecs: codecs, server: server, group: group, publisher)
                await publisher.close()
                try? await group.shutdownGracefully()
                return results
            } catch {
                await publisher.close()
                try? await group.shutdownGracefully()
                throw error
            }
        }

        private static func run(
            _ configuration: LoadConfiguration, codecs: [any NotificationCodec], server: any LoadServer,
            group: any EventLoopGroup, _ publisher: LoadPublisher
        ) async throws(LoadError) -> LoadResults {
            guard await publisher.openConnections() != nil else {
                throw LoadError("the server at \(server.host):\(server.port) does not answer GET /metrics")
            }
            var results = LoadResults()
            var isFirstCase = true
            for scenario in configuration.scenarios {
                for transport in configuration.transports {
                    for codec in codecs {
                        if !isFirstCase, server.canRestart {
                            try await freshServer(server, publisher, configuration)
                        }
                        isFirstCase = false
                        let naming = LoadNaming(
                            prefix: configuration.recipientPrefix, scenario: scenario, transport: transport,
                            codecName: codec.format.name)
                        let context = LoadCaseContext(
                            configuration: configuration, server: server, group: group, publisher: publisher,
                            scenario: scenario, transport: transport, codec: codec, naming: naming)
                        let (rows, tally) = try await run(scenario, context)
                        results.rows += rows.map { row in
                            var row = row
                            row.nodes = server.nodePorts.count
                            row.engine = server.engine
                            return row
                        }
                        for (index, count) in tally.deliveredByRecipient().enumerated() where count > 0 {
                            results.deliveredByRecipient[naming.recipient(index), default: 0] += count
                        }
                    }
                }
            }
            return results
        }

        /// Restarts a server the tool started, so that every case starts from a fresh process: memory that an
        /// earlier case's connections left in the allocator would otherwise be reused and understate the next
        /// case's memory per connection.
        private static func freshServer(
            _ server: any LoadServer, _ publisher: LoadPublisher, _ configuration: LoadConfiguration
        ) async throws(LoadError) {
            do {
                try await server.stop()
                try await server.start()
            } catch {
                throw LoadError("the server could not be restarted between cases: \(error)")
            }
            guard await publisher.openConnections() != nil else {
                throw LoadError("the restarted server at \(server.host):\(server.port) does not answer GET /metrics")
            }
            configuration.progress?("fresh notifywire serve for the next case (pid changes, same port)")
        }

        private static func run(_ scenario: LoadScenario, _ context: LoadCaseContext) async throws(LoadError)
            -> (rows: [LoadRow], tally: LoadTally)
        {
            switch scenario {
            case .ramp: await RampScenario.run(context)
            case .quiet: await SteadyScenario.quiet(context)
            case .busy: await SteadyScenario.busy(context)
            case .burst: await BurstScenario.run(context)
            case .outage: try await OutageScenario.run(context)
            case .throughput: await ThroughputScenario.run(context)
            }
        }
    }
#endif
