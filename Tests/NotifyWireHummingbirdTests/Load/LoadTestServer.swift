#if Hummingbird
    import Foundation
    import NotifyWireLoad
    import Synchronization

    /// A `notifywire serve` child process driven by the load lab in tests: the server `notifywire load` starts
    /// (`--replay-count 200000 --queue-capacity 4096`), restartable on the same port.
    final class LoadTestServer: LoadServer {
        static let arguments = ["--replay-count", "200000", "--queue-capacity", "4096"]

        let host = "127.0.0.1"
        let port: Int
        private let process: Mutex<ServeProcess>

        private init(_ process: ServeProcess) {
            port = process.port
            self.process = Mutex(process)
        }

        /// Starts a server on a free port.
        static func start() async throws -> LoadTestServer {
            LoadTestServer(try await ServeProcess.start(arguments))
        }

        /// Runs `body` with a fresh server, then stops it (also when `body` failed).
        static func with(_ body: (LoadTestServer) async throws -> Void) async throws {
            let server = try await start()
            var failure: (any Error)?
            do { try await body(server) } catch { failure = error }
            try await server.stop()
            if let failure { throw failure }
        }

        private var current: ServeProcess { process.withLock { $0 } }

        func residentBytes() -> Int? { ProcessUsage.residentBytes(pid: current.pid) }

        func cpuSeconds() -> Double? { ProcessUsage.cpuSeconds(pid: current.pid) }

        var canRestart: Bool { true }

        func stop() async throws { _ = try await current.stop() }

        func start() async throws {
            let restarted = try await ServeProcess.start(Self.arguments + ["--port", String(port)])
            process.withLock { $0 = restarted }
        }
    }
#endif
