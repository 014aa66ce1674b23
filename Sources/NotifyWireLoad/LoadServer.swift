#if Hummingbird
    /// The `notifywire serve` under load: where it listens, and what its process costs.
    ///
    /// `notifywire load` starts one on loopback (``canRestart`` true, every measurement known) or is given
    /// `--url` of one already running (measurements `nil` unless its process id is known).
    package protocol LoadServer: Sendable {
        /// The host the server listens on (for example `127.0.0.1`).
        var host: String { get }
        /// The port the server listens on.
        var port: Int { get }
        /// The server process's resident memory now (`VmRSS` of `/proc/PID/status`), in bytes; `nil` when unknown.
        func residentBytes() -> Int?
        /// The server process's CPU time so far (user + system, `/proc/PID/stat`), in seconds; `nil` when unknown.
        func cpuSeconds() -> Double?
        /// Whether ``stop()`` and ``start()`` work (only for a server the tool started).
        var canRestart: Bool { get }
        /// Stops the server process (SIGTERM, then waits for it to exit).
        func stop() async throws
        /// Starts the server process again on the same host and port, and returns once it listens.
        func start() async throws
    }
#endif
