#if Hummingbird
    /// What `outage` does to the subscribers, the servers or the database during each gap (`--fault`).
    package enum LoadFault: String, CaseIterable, Sendable, Codable {
        /// Every subscriber connection is closed for the gap, then reopened from its last position (with several
        /// nodes, on the next node: resume on another node). The default.
        case connections
        /// As ``connections``, and every server process is stopped at the gap's start and started again at its
        /// end (`--restart`).
        case restart
        /// The last node is killed (SIGKILL) at the gap's start; its subscribers lose their connections and
        /// reopen, at the gap's end, on the next node from their last position; the others stay connected. The
        /// node is started again after the case. Needs two nodes or more.
        case killNode = "kill-node"
        /// Every node's LISTEN connection is ended (`pg_terminate_backend`) at the gap's start; the subscribers
        /// stay connected. Needs the PostgreSQL database the tool started.
        case listenerKill = "listener-kill"
        /// PostgreSQL is stopped (`pg_ctl stop -m fast`) for the gap and started again at its end; the
        /// subscribers stay connected, publishes are refused (503) meanwhile. Needs the PostgreSQL database the
        /// tool started.
        case databaseRestart = "db-restart"

        /// Whether the subscribers' connections are closed for the gap (all of them, or the killed node's).
        var closesConnections: Bool { self == .connections || self == .restart || self == .killNode }
    }
#endif
