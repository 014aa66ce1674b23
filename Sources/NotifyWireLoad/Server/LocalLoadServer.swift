#if Hummingbird
    import Foundation
    import NotifyWireProcess
    import Synchronization

    /// A `notifywire serve` that the load tool starts on loopback as its own child process, stops and starts
    /// again on the same port (`outage --restart`), and measures (RSS and CPU from `/proc/PID`).
    ///
    /// Its standard output and error are drained on threads of their own for its whole life (a full pipe would
    /// block the server). Call ``terminate()`` on every way out of the tool; the object also kills its child
    /// when it goes away.
    package final class LocalLoadServer: LoadServer {
        /// The arguments after `serve`, before `--port`: loopback, a replay log that covers a 60 s outage of the
        /// outage load, and subscriber queues deep enough for the busy scenario.
        package static let serveArguments = [
            "--host", "127.0.0.1", "--replay-count", "200000", "--queue-capacity", "4096",
        ]
        /// The line before the address on the server's first line of standard output.
        static let announcement = "notifywire serve: listening on "

        private struct Running {
            var process: Process
            var output: ServerOutputDrain
            var errors: ServerOutputDrain
        }

        private struct State {
            var port = 0
            var running: Running?
        }

        /// The `notifywire` executable that is started with `serve`.
        package let executable: String
        /// Arguments after ``serveArguments`` (for example `--postgres URL`).
        package let extraArguments: [String]
        /// Always `127.0.0.1`.
        package let host = "127.0.0.1"
        /// A server this tool started can be stopped and started again.
        package var canRestart: Bool { true }
        private let startupTimeout: Duration
        private let processObserver: (@Sendable (Int32?) -> Void)?
        private let state = Mutex(State())

        /// A server to be started from `executable` (the tool passes its own, `/proc/self/exe`) with
        /// ``serveArguments`` and `extraArguments`; nothing runs before ``start()``. `startupTimeout` bounds the
        /// wait for the server's first line. `processObserver` is told the server's process id whenever it
        /// changes (`nil` once it stopped), so that a signal handler can kill it.
        package init(
            executable: String, extraArguments: [String] = [], startupTimeout: Duration = .seconds(60),
            processObserver: (@Sendable (Int32?) -> Void)? = nil
        ) {
            self.executable = executable
            self.extraArguments = extraArguments
            self.startupTimeout = startupTimeout
            self.processObserver = processObserver
        }

        deinit { terminate() }

        /// The port the server listens on (0 before the first ``start()``); the same after a restart.
        package var port: Int { state.withLock { $0.port } }

        /// The running server's process id; `nil` while it is stopped.
        package var processID: Int32? { state.withLock { $0.running?.process.processIdentifier } }

        /// The server's resident memory now, in bytes; `nil` while it is stopped.
        package func residentBytes() -> Int? {
            processID.flatMap { ProcessUsage.residentBytes(pid: $0) }
        }

        /// The server's CPU time so far, in seconds; `nil` while it is stopped. A restarted server counts from 0.
        package func cpuSeconds() -> Double? {
            processID.flatMap { ProcessUsage.cpuSeconds(pid: $0) }
        }

        /// Starts `notifywire serve` (on a free port the first time, on the same port after) and returns once it
        /// announced where it listens. Does nothing when it already runs.
        package func start() async throws {
            guard processID == nil else { return }
            let port = self.port
            // Binding the old port right after a stop can fail for a moment (another process took it, or the
            // kernel still holds it): a few tries before giving up.
            var attempts = 0
            while true {
                attempts += 1
                do {
                    try await launch(port: port)
                    return
                } catch let failure as LoadError {
                    guard port != 0, attempts < 5 else { throw failure }
                    try await Task.sleep(for: .milliseconds(300))
                }
            }
        }

        /// Stops the server: SIGTERM, then waits for it to exit (SIGKILL after 10 s). Does nothing when it is
        /// stopped.
        package func stop() async throws {
            guard let process = state.withLock({ $0.running?.process }) else { return }
            ProcessLaunch.send(SIGTERM, to: process)
            if await ProcessLaunch.exit(of: process, within: .seconds(10)) == nil {
                ProcessLaunch.send(SIGKILL, to: process)
                _ = await ProcessLaunch.exit(of: process, within: .seconds(5))
            }
            state.withLock { $0.running = nil }
            processObserver?(nil)
        }

        /// Kills the server at once (SIGKILL) without waiting: for every way out of the tool, errors and signals
        /// included. Safe to call more than once, and from any thread.
        package func terminate() {
            let process = state.withLock { state in
                defer { state.running = nil }
                return state.running?.process
            }
            if let process { ProcessLaunch.send(SIGKILL, to: process) }
            if process != nil { processObserver?(nil) }
        }

        private func launch(port: Int) async throws {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: executable)
            process.arguments = ["serve"] + Self.serveArguments + extraArguments + ["--port", "\(port)"]
            let output = ProcessLaunch.pipe()
            let errors = ProcessLaunch.pipe()
            process.standardInput = FileHandle.nullDevice
            process.standardOutput = output
            process.standardError = errors
            do {
                try ProcessLaunch.run(process)
            } catch {
                throw LoadError("cannot start \(executable) serve: \(error)")
            }
            let running = Running(
                process: process, output: ServerOutputDrain(output.fileHandleForReading),
                errors: ServerOutputDrain(errors.fileHandleForReading))
            state.withLock { $0.running = running }
            processObserver?(process.processIdentifier)
            do {
                let announced = try await waitForAnnouncement(running)
                state.withLock { $0.port = announced }
            } catch {
                ProcessLaunch.send(SIGKILL, to: process)
                _ = await ProcessLaunch.exit(of: process, within: .seconds(5))
                state.withLock { $0.running = nil }
                processObserver?(nil)
                throw error
            }
        }

        private func waitForAnnouncement(_ running: Running) async throws -> Int {
            let clock = ContinuousClock()
            let deadline = clock.now + startupTimeout
            while true {
                if let line = running.output.firstLine {
                    guard let port = Self.port(announcedIn: line) else {
                        throw LoadError(
                            "notifywire serve printed \(line.debugDescription) instead of where it listens; "
                                + "its log: \(running.errors.tail)")
                    }
                    return port
                }
                if running.output.ended || ProcessLaunch.exit(of: running.process) != nil {
                    try await Task.sleep(for: .milliseconds(50))  // let the error drain catch up
                    throw LoadError("notifywire serve exited before it listened; its log: \(running.errors.tail)")
                }
                if clock.now >= deadline {
                    throw LoadError(
                        "notifywire serve did not say where it listens within \(startupTimeout); its log: "
                            + running.errors.tail)
                }
                try await Task.sleep(for: .milliseconds(20))
            }
        }

        /// The port of `notifywire serve: listening on http://HOST:PORT`; `nil` for any other line.
        package static func port(announcedIn line: String) -> Int? {
            guard line.hasPrefix(announcement), let colon = line.lastIndex(of: ":"),
                let port = Int(line[line.index(after: colon)...]), (1...65535).contains(port)
            else { return nil }
            return port
        }
    }
#endif
