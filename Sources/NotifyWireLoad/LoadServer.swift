#if Hummingbird
    /// The `notifywire serve` under load: where it listens, and what its process costs.
    ///
    /// `notifywire load` starts one on loopback (``canRestart`` true, every measurement known), several sharing
    /// one PostgreSQL database (`--nodes`, ``LocalLoadCluster``), or is given `--url` of one already running
    /// (measurements `nil` unless its process id is known).
    package protocol LoadServer: Sendable {
        /// The host the server listens on (for example `127.0.0.1`).
        var host: String { get }
        /// The port the server listens on; with several nodes, the first node's (where publishers post).
        var port: Int { get }
        /// The ports of the nodes, in order: subscriber `i` connects to node `i % count`. One server: `[port]`.
        var nodePorts: [Int] { get }
        /// The hub's engine: `memory` or `postgres` (`nil` when not known).
        var engine: String? { get }
        /// The server processes' resident memory now (`VmRSS` of `/proc/PID/status`; the sum over the nodes),
        /// in bytes; `nil` when unknown.
        func residentBytes() -> Int?
        /// The server processes' CPU time so far (user + system, `/proc/PID/stat`; the sum over the nodes), in
        /// seconds; `nil` when unknown.
        func cpuSeconds() -> Double?
        /// The CPU time so far of the database the servers share, when the tool started it (PostgreSQL's
        /// postmaster and its backends), in seconds; `nil` otherwise.
        func databaseCPUSeconds() -> Double?
        /// Whether ``stop()`` and ``start()`` work (only for a server the tool started).
        var canRestart: Bool { get }
        /// Stops the server processes (SIGTERM, then waits for them to exit).
        func stop() async throws
        /// Starts the server processes again on the same host and ports, and returns once they listen.
        func start() async throws
        /// Whether ``begin(_:)`` and ``end(_:)`` can bring about `fault`.
        func supports(_ fault: LoadFault) -> Bool
        /// Brings about `fault` at the start of an outage's gap (what the subscribers do is the scenario's).
        func begin(_ fault: LoadFault) async throws
        /// Ends `fault` at the end of the gap, or after the case for ``LoadFault/killNode`` (the node starts
        /// again).
        func end(_ fault: LoadFault) async throws
    }

    extension LoadServer {
        /// One node.
        package var nodePorts: [Int] { [port] }

        /// Not known.
        package var engine: String? { nil }

        /// None of the tool's.
        package func databaseCPUSeconds() -> Double? { nil }

        /// One server without a database of the tool's: ``LoadFault/connections``, and
        /// ``LoadFault/restart`` when it can restart.
        package func supports(_ fault: LoadFault) -> Bool {
            fault == .connections || (fault == .restart && canRestart)
        }

        /// ``LoadFault/restart``: ``stop()``; nothing for the others.
        package func begin(_ fault: LoadFault) async throws {
            if fault == .restart { try await stop() }
        }

        /// ``LoadFault/restart``: ``start()``; nothing for the others.
        package func end(_ fault: LoadFault) async throws {
            if fault == .restart { try await start() }
        }
    }
#endif
