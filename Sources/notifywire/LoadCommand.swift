#if Hummingbird
    import ArgumentParser
    import Foundation
    import NotifyWire
    import NotifyWireLoad

    /// `notifywire load`: the transport load lab (SSE, WebSocket and long-poll clients on SwiftNIO, against a
    /// `notifywire serve` it starts on loopback or one already running).
    struct LoadCommand: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "load",
            abstract: "Measure SSE, WebSocket and long-poll under load against notifywire serve.",
            discussion: """
                Without --url, starts `notifywire serve --host 127.0.0.1 --port 0 --replay-count 200000 \
                --queue-capacity 4096` (this executable) and kills it on exit. Scenarios: ramp (10 → 10,000 \
                subscribers, one notification per second each, stops below 99 % delivery), quiet (1,000 \
                subscribers, 60 notifications per second in turn), busy (50 subscribers, 100 per second each), \
                burst (2,000 connecting within 10 s), outage (100 subscribers cut off for 1, 10 and 60 s; --fault \
                chooses how: connections, restart, kill-node, listener-kill, db-restart), throughput (2,000 \
                subscribers, 1,000 single publishes per second, then 10,000 notifications per second by batch). \
                With --nodes N, starts N servers sharing one PostgreSQL database (--postgres URL, or a throwaway \
                cluster of its own, removed on exit): subscribers spread over them in turn, publishers post to \
                the first. Prints a \
                table (or with --json one JSON array of rows) on standard output; progress on standard error. \
                Raises its open-file limit to the hard limit and reports it. Exit status 0 when the run \
                completed (even when a target was missed), 1 on errors, 64 for usage errors.
                """
        )

        @Option(help: "sse, ws, longpoll or all.")
        var transport = "all"

        @Option(help: "json, msgpack, protobuf or all.")
        var codec = "json"

        @Option(help: "ramp, quiet, busy, burst, outage, throughput or all.")
        var scenario = "ramp"

        @Option(
            help: ArgumentHelp(
                "Seconds of publishing per ramp step or case (default: each scenario's own).", valueName: "seconds"))
        var duration: Double?

        @Option(
            help: ArgumentHelp(
                "The most subscribers any scenario opens (ramp stops at the last step within it).", valueName: "n"))
        var maxSubscribers: Int?

        @Flag(help: "outage: restart the server process during each gap (the same as --fault restart).")
        var restart = false

        @Option(
            help: ArgumentHelp(
                "outage: connections, restart, kill-node (needs --nodes 2 or more), listener-kill or db-restart (need the tool's own PostgreSQL: --nodes without --postgres).",
                valueName: "fault"))
        var fault: String?

        @Option(
            help: ArgumentHelp(
                "Server processes to start, sharing one PostgreSQL database when more than one.", valueName: "n"))
        var nodes = 1

        @Option(
            help: ArgumentHelp(
                "The PostgreSQL database the servers share (postgres://user@host:port/db; default with --nodes over 1: a throwaway cluster the tool starts).",
                valueName: "url"))
        var postgres: String?

        @Option(
            help: ArgumentHelp(
                "A running server to load, http://HOST:PORT (default: start one on loopback).", valueName: "url"))
        var url: String?

        @Option(
            help: ArgumentHelp("With --url: the server's process id, to measure its memory and CPU.", valueName: "pid"))
        var serverPid: Int32?

        @Flag(
            help: """
                Print the rows as one JSON array instead of the table: the issue's twelve keys always (null when \
                unknown), then the scenario-specific keys that were measured.
                """)
        var json = false

        @Option(help: ArgumentHelp("Write the charts to this SVG file.", valueName: "file"))
        var svg: String?

        @Option(
            help: ArgumentHelp(
                "Write the notifications received per recipient to this file (a JSON object).", valueName: "file"))
        var recipientCounts: String?

        @Option(
            help: ArgumentHelp(
                "The prefix of every recipient id (PREFIX-SCENARIO-TRANSPORT-CODEC-INDEX).", valueName: "prefix"))
        var recipientPrefix = "load"

        @Option(
            help: ArgumentHelp(
                "Run nothing: print the table (or --json) and --svg of the rows in this --json output.",
                valueName: "file"))
        var fromJson: String?

        func validate() throws {
            _ = try choices()
            if let duration, !(duration > 0 && duration <= 86_400) {
                throw ValidationError("--duration must be more than 0 and at most 86400 seconds")
            }
            if let maxSubscribers, maxSubscribers < 1 { throw ValidationError("--max-subscribers must be at least 1") }
            if serverPid != nil, url == nil { throw ValidationError("--server-pid goes with --url") }
            if let serverPid, serverPid < 1 { throw ValidationError("--server-pid must be a process id") }
            let fault = try chosenFault()
            if fault != .connections, url != nil {
                throw ValidationError(
                    "--fault \(fault.rawValue) needs the servers the tool starts: it cannot be used with --url")
            }
            if !(1...16).contains(nodes) { throw ValidationError("--nodes must be 1 to 16") }
            if url != nil, nodes != 1 || postgres != nil {
                throw ValidationError("--nodes and --postgres start servers: they cannot be used with --url")
            }
            if fault == .killNode, nodes < 2 { throw ValidationError("--fault kill-node needs --nodes 2 or more") }
            if fault == .listenerKill || fault == .databaseRestart, nodes < 2 || postgres != nil {
                throw ValidationError(
                    "--fault \(fault.rawValue) needs the PostgreSQL the tool starts: --nodes 2 or more, without --postgres"
                )
            }
            if let postgres, !postgres.hasPrefix("postgres://") && !postgres.hasPrefix("postgresql://") {
                throw ValidationError("--postgres must be a postgres:// URL")
            }
            if let url { _ = try Self.remote(url, processID: nil) }
            if recipientPrefix.isEmpty || recipientPrefix.contains(where: { !$0.isLetter && !$0.isNumber && $0 != "-" })
            {
                throw ValidationError("--recipient-prefix must be letters, digits and dashes")
            }
        }

        func run() async throws {
            if let fromJson {
                try render(try LoadCommandOutput.rows(from: fromJson), header: [])
                return
            }
            let (scenarios, transports, codecs) = try choices()
            let limit = OpenFileLimit.raise()
            var header: [String] = []
            if let limit {
                header.append(limit.summary)
                LoadCommandOutput.progress(limit.summary)
                let planned = scenarios.map { LoadCommandOutput.plannedSubscribers($0, max: maxSubscribers) }.max() ?? 0
                let needed = OpenFileLimit.needed(subscribers: planned)
                if limit.current < needed {
                    LoadCommandOutput.progress(
                        "warning: \(planned) subscribers need about \(needed) open files, the limit is "
                            + "\(limit.current): connects will fail past it (raise the hard limit, ulimit -Hn)")
                }
            } else {
                LoadCommandOutput.progress("warning: could not read the open-file limit")
            }
            LoadInterruption.install()
            var local: LocalLoadCluster?
            defer { local?.terminate() }
            do {
                let server: any LoadServer
                if url == nil {
                    if nodes > 1, postgres == nil {
                        LoadCommandOutput.progress("starting a throwaway PostgreSQL cluster")
                    }
                    let cluster = try await LocalLoadCluster.make(
                        executable: Self.ownExecutable(), nodes: nodes, postgresURL: postgres,
                        processObserver: { LoadInterruption.watch($1, node: $0) })
                    local = cluster
                    LoadCommandOutput.progress("starting notifywire serve on 127.0.0.1")
                    try await cluster.start()
                    let ports = cluster.nodePorts.map(String.init).joined(separator: ", ")
                    let pids = cluster.nodes.map { String($0.processID ?? 0) }.joined(separator: ", ")
                    LoadCommandOutput.progress("notifywire serve listening on 127.0.0.1 port \(ports) (pid \(pids))")
                    header.append(Self.serverLine(cluster, ownDatabase: postgres == nil))
                    server = cluster
                } else {
                    let remote = try Self.remote(url ?? "", processID: serverPid)
                    header.append(
                        "server: http://\(remote.host):\(remote.port)" + (serverPid.map { " (pid \($0))" } ?? ""))
                    server = remote
                }
                let configuration = LoadConfiguration(
                    scenarios: scenarios, transports: transports, codecs: codecs,
                    duration: duration.map { Duration.seconds($0) }, maxSubscribers: maxSubscribers,
                    fault: try chosenFault(),
                    recipientPrefix: recipientPrefix, progress: { LoadCommandOutput.progress($0) })
                let results = try await LoadLab.run(configuration, server: server)
                try await local?.stop()
                if let recipientCounts {
                    try LoadCommandOutput.write(
                        LoadReport.recipientCounts(results.deliveredByRecipient), to: recipientCounts)
                }
                try render(results.rows, header: header)
            } catch let error as LoadError {
                local?.terminate()
                StandardStreams.reportError(error.message)
                throw ExitCode.failure
            } catch let exit as ExitCode {
                local?.terminate()
                throw exit  // already reported
            } catch let error as LoadCommandOutput.WriteFailure {
                local?.terminate()
                StandardStreams.reportError(error.description)
                throw ExitCode.failure
            } catch {
                local?.terminate()
                StandardStreams.reportError("the load run failed: \(error)")
                throw ExitCode.failure
            }
        }

        private func render(_ rows: [LoadRow], header: [String]) throws {
            if let svg {
                let title = "notifywire load: " + LoadCommandOutput.scenarioNames(rows)
                do {
                    try LoadCommandOutput.write(
                        LoadChart.render(rows, title: title, subtitle: LoadCommandOutput.chartSubtitle(header)), to: svg
                    )
                } catch {
                    StandardStreams.reportError("\(error)")
                    throw ExitCode.failure
                }
            }
            let text = json ? LoadReport.json(rows) : LoadReport.table(rows, header: header)
            StandardStreams.writeOutput(Array(text.utf8))
        }

        /// The scenarios, transports and codecs named by the options, in a fixed order.
        private func choices() throws -> ([LoadScenario], [LoadTransport], [WireFormat]) {
            let formats: [WireFormat] = [.json, .messagePack, .protobuf]
            guard
                let scenarios = scenario == "all"
                    ? LoadScenario.allCases : LoadScenario(rawValue: scenario).map({ [$0] })
            else { throw ValidationError("--scenario must be ramp, quiet, busy, burst, outage or all") }
            guard
                let transports = transport == "all"
                    ? LoadTransport.allCases : LoadTransport(rawValue: transport).map({ [$0] })
            else { throw ValidationError("--transport must be sse, ws, longpoll or all") }
            guard let codecs = codec == "all" ? formats : formats.first(where: { $0.name == codec }).map({ [$0] })
            else { throw ValidationError("--codec must be json, msgpack, protobuf or all") }
            return (scenarios, transports, codecs)
        }

        /// `--fault`, or `restart` for `--restart`, or `connections`.
        private func chosenFault() throws -> LoadFault {
            if let fault {
                guard let chosen = LoadFault(rawValue: fault) else {
                    throw ValidationError(
                        "--fault must be connections, restart, kill-node, listener-kill or db-restart")
                }
                if restart, chosen != .restart { throw ValidationError("--restart is --fault restart: give one") }
                return chosen
            }
            return restart ? .restart : .connections
        }

        /// The table's line about the servers: where they listen and on which engine.
        private static func serverLine(_ cluster: LocalLoadCluster, ownDatabase: Bool) -> String {
            let addresses = cluster.nodePorts.map { "http://127.0.0.1:\($0)" }.joined(separator: ", ")
            guard cluster.databaseURL != nil else { return "server: notifywire serve started on \(addresses)" }
            let database = ownDatabase ? "a throwaway PostgreSQL (durable settings)" : "the PostgreSQL given"
            return "servers: \(cluster.nodes.count) × notifywire serve --postgres (\(database)) on \(addresses)"
        }

        private static func remote(_ url: String, processID: Int32?) throws -> RemoteLoadServer {
            do {
                return try RemoteLoadServer(url: url, processID: processID)
            } catch {
                throw ValidationError(error.message)
            }
        }

        /// This executable's path (`/proc/self/exe` resolved, so that the child starts the same file).
        private static func ownExecutable() -> String {
            (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? "/proc/self/exe"
        }
    }
#endif
