#if Hummingbird
    /// A `notifywire serve` already running elsewhere (`--url http://HOST:PORT`): the tool cannot restart it, and
    /// measures its process only when given its id (`--server-pid`, same machine).
    package struct RemoteLoadServer: LoadServer {
        /// The host of the URL.
        package let host: String
        /// The port of the URL.
        package let port: Int
        /// The server's process id on this machine, when known.
        package let processID: Int32?
        /// Never: the tool did not start it.
        package var canRestart: Bool { false }

        /// The server at `host`:`port`, measured through `processID` when given.
        package init(host: String, port: Int, processID: Int32? = nil) {
            self.host = host
            self.port = port
            self.processID = processID
        }

        /// The server at `url` (`http://HOST:PORT`, an optional trailing `/`); throws when it is not such a URL.
        package init(url: String, processID: Int32? = nil) throws(LoadError) {
            var rest = Substring(url)
            guard rest.hasPrefix("http://") else {
                throw LoadError("--url must start with http:// (got \(url.debugDescription))")
            }
            rest = rest.dropFirst("http://".count)
            if rest.hasSuffix("/") { rest = rest.dropLast() }
            guard let colon = rest.lastIndex(of: ":"), let port = Int(rest[rest.index(after: colon)...]),
                (1...65535).contains(port), colon > rest.startIndex, !rest[..<colon].contains("/")
            else {
                throw LoadError(
                    "--url must be http://HOST:PORT with a port from 1 to 65535 (got \(url.debugDescription))")
            }
            var host = rest[..<colon]
            if host.hasPrefix("["), host.hasSuffix("]") { host = host.dropFirst().dropLast() }
            self.init(host: String(host), port: port, processID: processID)
        }

        /// `VmRSS` of the server's process, when its id is known.
        package func residentBytes() -> Int? { processID.flatMap { ProcessUsage.residentBytes(pid: $0) } }

        /// CPU seconds of the server's process, when its id is known.
        package func cpuSeconds() -> Double? { processID.flatMap { ProcessUsage.cpuSeconds(pid: $0) } }

        /// Always throws: a server the tool did not start cannot be stopped by it.
        package func stop() async throws {
            throw LoadError("the server at \(host):\(port) was not started by this tool: it cannot be stopped")
        }

        /// Always throws: a server the tool did not start cannot be started by it.
        package func start() async throws {
            throw LoadError("the server at \(host):\(port) was not started by this tool: it cannot be started")
        }
    }
#endif
