#if Hummingbird
    import Foundation

    /// The servers `notifywire load` starts itself: one `notifywire serve` on loopback (the in-memory engine),
    /// or `--nodes N` of them sharing one PostgreSQL database (`--postgres URL`, or a throwaway cluster the tool
    /// starts, ``ThrowawayPostgres``, with PostgreSQL's durable settings).
    ///
    /// Publishers post to the first node; subscriber `i` connects to node `i % N` (``nodePorts``). Measurements
    /// (RSS, CPU) are sums over the nodes. Call ``terminate()`` on every way out of the tool.
    package final class LocalLoadCluster: LoadServer {
        /// The nodes, in order.
        package let nodes: [LocalLoadServer]
        /// The database the tool started (`nil` with `--postgres URL`, or without PostgreSQL).
        package let database: ThrowawayPostgres?
        /// `memory` (one node, no database) or `postgres`.
        package let engine: String?
        /// The database URL the nodes share (`nil`: the in-memory engine).
        package let databaseURL: String?
        /// Always `127.0.0.1`.
        package let host = "127.0.0.1"

        /// The data folder of the tool's database (its `postmaster.pid` names the server process).
        private let databaseFolder: String?

        private init(
            nodes: [LocalLoadServer], database: ThrowawayPostgres?, databaseFolder: String?, databaseURL: String?
        ) {
            self.nodes = nodes
            self.database = database
            self.databaseFolder = databaseFolder
            self.databaseURL = databaseURL
            engine = databaseURL == nil ? "memory" : "postgres"
        }

        /// The servers to start (nothing runs before ``start()``): `count` nodes started from `executable`;
        /// with `postgresURL`, or with more than one node, on PostgreSQL (the tool's own throwaway cluster
        /// when `postgresURL` is `nil`, started here). `processObserver` is told each node's process id as it
        /// changes (node index, pid or `nil`).
        package static func make(
            executable: String, nodes count: Int = 1, postgresURL: String? = nil,
            processObserver: (@Sendable (_ node: Int, _ processID: Int32?) -> Void)? = nil
        ) async throws -> LocalLoadCluster {
            var database: ThrowawayPostgres?
            var folder: String?
            var url = postgresURL
            if url == nil, count > 1 {
                let own = ThrowawayPostgres(durable: true)
                do {
                    url = try await own.makeDatabase(prefix: "notifywire_load")
                    folder = try await own.start().folder + "/data"
                } catch {
                    throw LoadError("the PostgreSQL of the load run could not be started: \(error)")
                }
                database = own
            }
            let arguments = url.map { ["--postgres", $0] } ?? []
            let nodes = (0..<max(1, count)).map { node in
                LocalLoadServer(
                    executable: executable, extraArguments: arguments,
                    processObserver: processObserver.map { observer in { observer(node, $0) } })
            }
            return LocalLoadCluster(nodes: nodes, database: database, databaseFolder: folder, databaseURL: url)
        }

        /// The first node's port.
        package var port: Int { nodes.first?.port ?? 0 }

        /// Every node's port, in order.
        package var nodePorts: [Int] { nodes.map(\.port) }

        /// The sum over the running nodes; `nil` when one is stopped.
        package func residentBytes() -> Int? {
            let each = nodes.map { $0.residentBytes() }
            return each.contains { $0 == nil } ? nil : each.reduce(0) { $0 + ($1 ?? 0) }
        }

        /// The sum over the running nodes; `nil` when one is stopped (a restarted node counts from 0).
        package func cpuSeconds() -> Double? {
            let each = nodes.map { $0.cpuSeconds() }
            return each.contains { $0 == nil } ? nil : each.reduce(0) { $0 + ($1 ?? 0) }
        }

        /// The postmaster's and its backends' CPU time (``ProcessUsage/treeCPUSeconds(pid:)``); `nil` without a
        /// database of the tool's, or while it is stopped.
        package func databaseCPUSeconds() -> Double? {
            guard let databaseFolder,
                let text = try? String(contentsOfFile: databaseFolder + "/postmaster.pid", encoding: .utf8),
                let line = text.split(separator: "\n").first, let pid = Int32(line)
            else { return nil }
            return ProcessUsage.treeCPUSeconds(pid: pid)
        }

        /// Servers the tool started can be stopped and started again.
        package var canRestart: Bool { true }

        /// Starts every node that is not running (the first time on free ports, then on the same ones).
        package func start() async throws {
            for node in nodes { try await node.start() }
        }

        /// Stops every node.
        package func stop() async throws {
            for node in nodes { try await node.stop() }
        }

        /// Kills every node and stops and removes the tool's database (also at exit, see ``ThrowawayPostgres``).
        package func terminate() {
            for node in nodes { node.terminate() }
        }

        /// ``LoadFault/connections`` and ``LoadFault/restart`` always; ``LoadFault/killNode`` with two nodes or
        /// more; ``LoadFault/listenerKill`` and ``LoadFault/databaseRestart`` on the tool's own database.
        package func supports(_ fault: LoadFault) -> Bool {
            switch fault {
            case .connections, .restart: true
            case .killNode: nodes.count > 1
            case .listenerKill, .databaseRestart: database != nil
            }
        }

        /// Stops the nodes (restart), kills the last (kill-node), ends the LISTEN connections (listener-kill) or
        /// stops PostgreSQL (db-restart).
        package func begin(_ fault: LoadFault) async throws {
            switch fault {
            case .connections: break
            case .restart: try await stop()
            case .killNode: nodes.last?.terminate()
            case .listenerKill:
                let ended = try await database?.terminateConnections(applicationNameSuffix: " listener") ?? 0
                guard ended >= nodes.count else {
                    throw LoadError("only \(ended) of \(nodes.count) listening connections were found to end")
                }
            case .databaseRestart: try await database?.stop()
            }
        }

        /// Starts the nodes again (restart, kill-node) or PostgreSQL (db-restart).
        package func end(_ fault: LoadFault) async throws {
            switch fault {
            case .connections, .listenerKill: break
            case .restart, .killNode: try await start()
            case .databaseRestart: try await database?.startAgain()
            }
        }
    }
#endif
