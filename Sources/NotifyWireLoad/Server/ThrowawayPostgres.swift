#if Hummingbird
    import Foundation
    package import Logging
    import NIOCore
    import NIOPosix
    import NotifyWireProcess
    package import PostgresNIO
    import Synchronization

    /// A throwaway PostgreSQL cluster, never a system one: `initdb` and `pg_ctl` from `/usr/lib/postgresql/*/bin`
    /// (the newest), run as the `postgres` user (PostgreSQL refuses root) in a temporary folder owned by it, on a
    /// free loopback port, with its socket in the same folder. For `notifywire load --nodes` without
    /// `--postgres`, and for the tests.
    ///
    /// Started on first use (``start()``); each user makes its own database (``makeDatabase(prefix:)``).
    /// Stopped (`pg_ctl stop -m immediate`) and removed when the process exits; a folder left by a process that
    /// died (its pid is in the folder's name) is stopped and removed by the next start. A missing PostgreSQL is
    /// an error (``Failure``), never a skip. By default set for speed, not durability (`fsync=off`,
    /// `synchronous_commit=off`, what the tests want: the data is thrown away); ``init(durable:)`` with `true`
    /// keeps PostgreSQL's durable defaults (what the load lab measures: a COMMIT is on disk before 201).
    package actor ThrowawayPostgres {
        /// Why the cluster could not be started, stopped or used.
        package struct Failure: Error, CustomStringConvertible {
            /// What went wrong, with the command's output.
            package let description: String
        }

        /// A running cluster.
        package struct Running: Sendable {
            /// Its folder (data, socket, logs).
            package let folder: String
            /// The PostgreSQL `bin` folder it runs from.
            package let bin: String
            /// Its loopback port.
            package let port: Int
            /// The server options `pg_ctl start` was given (port, socket folder, settings).
            package let options: String
        }

        private var starting: Task<Running, any Error>?
        private var databases = 0

        /// Whether COMMIT waits for the disk (PostgreSQL's defaults) or not (`fsync=off`, `synchronous_commit=off`).
        package let durable: Bool

        /// A cluster to be started on first use; `durable` keeps PostgreSQL's durable settings.
        package init(durable: Bool = false) { self.durable = durable }

        /// A new, empty database: its URL (user `postgres`, trust authentication), named `PREFIX_N`.
        package func makeDatabase(prefix: String = "notifywire_test") async throws -> String {
            let running = try await start()
            databases += 1
            let name = "\(prefix)_\(databases)"
            try await Self.createDatabase(name, port: running.port)
            return "postgres://postgres@127.0.0.1:\(running.port)/\(name)?sslmode=disable"
        }

        /// Ends every connection to the cluster whose `application_name` ends with `suffix` (for example the
        /// ` listener` of each node's listening connection), through `pg_terminate_backend`; returns how many.
        package func terminateConnections(applicationNameSuffix suffix: String) async throws -> Int {
            let running = try await start()
            return try await Self.withConnection(port: running.port, database: "postgres") { connection in
                var count = 0
                for try await (ended, ) in try await connection.query(
                    """
                    SELECT count(*) FILTER (WHERE pg_terminate_backend(pid)) FROM pg_stat_activity
                    WHERE application_name LIKE '%' || \(suffix)
                    """, logger: Self.logger
                ).decode((Int,).self) {
                    count = ended
                }
                return count
            }
        }

        /// The running cluster, started by the first caller.
        package func start() async throws -> Running {
            if let starting { return try await starting.value }
            let task = Task { [durable] in try await Self.launch(durable: durable) }
            starting = task
            return try await task.value
        }

        /// Stops the server (`pg_ctl stop -m fast`), keeping its data: a database outage.
        package func stop() async throws {
            let running = try await start()
            try await Self.asPostgres(
                "\(running.bin)/pg_ctl", ["-D", "\(running.folder)/data", "-m", "fast", "-w", "-t", "30", "stop"],
                log: "\(running.folder)/commands.log")
        }

        /// Starts the server again after ``stop()``, on the same port and data.
        package func startAgain() async throws {
            let running = try await start()
            try await Self.asPostgres(
                "\(running.bin)/pg_ctl",
                [
                    "-D", "\(running.folder)/data", "-l", "\(running.folder)/server.log", "-o", running.options, "-w",
                    "-t", "30", "start",
                ], log: "\(running.folder)/commands.log")
        }

        /// Runs `body` on a fresh connection to `database` as `postgres`, closing it afterwards.
        package static func withConnection<Value: Sendable>(
            port: Int, database: String, _ body: (PostgresConnection) async throws -> Value
        ) async throws -> Value {
            let connection = try await PostgresConnection.connect(
                configuration: .init(
                    host: "127.0.0.1", port: port, username: "postgres", password: nil, database: database,
                    tls: .disable),
                id: 0, logger: logger)
            do {
                let value = try await body(connection)
                try await connection.close()
                return value
            } catch {
                try? await connection.close()
                throw error
            }
        }

        private static func createDatabase(_ name: String, port: Int) async throws {
            try await withConnection(port: port, database: "postgres") { connection in
                _ = try await connection.query(PostgresQuery(unsafeSQL: "CREATE DATABASE \(name)"), logger: logger)
                    .collect()
            }
        }

        /// The logger of the cluster's own connections.
        package static let logger = Logger(label: "notifywire.throwaway-postgres")

        private static func launch(durable: Bool) async throws -> Running {
            removeStaleFolders()
            let bin = try binFolder()
            let folder =
                FileManager.default.temporaryDirectory.path
                + "/notifywire-pg-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: false)
            registerRemovalAtExit(folder: folder, bin: bin)
            let log = "\(folder)/commands.log"
            try await run("/bin/chown", ["postgres:postgres", folder], log: log)
            try await run("/bin/chmod", ["700", folder], log: log)
            try await asPostgres(
                "\(bin)/initdb",
                [
                    "-D", "\(folder)/data", "-U", "postgres", "-A", "trust", "-E", "UTF8",
                    "--locale=C", "--no-sync", "--no-instructions",
                ], log: log)
            var lastError: (any Error)?
            for _ in 0..<3 {
                let port = try await freePort()
                let options =
                    "-p \(port) -k \(folder) -c listen_addresses=127.0.0.1 -c max_connections=200"
                    + (durable ? "" : " -c fsync=off -c synchronous_commit=off -c full_page_writes=off")
                do {
                    try await asPostgres(
                        "\(bin)/pg_ctl",
                        [
                            "-D", "\(folder)/data", "-l", "\(folder)/server.log", "-o", options, "-w",
                            "-t", "30", "start",
                        ], log: log)
                    return Running(folder: folder, bin: bin, port: port, options: options)
                } catch {
                    lastError = error
                }
            }
            throw lastError ?? Failure(description: "PostgreSQL did not start")
        }

        /// The newest `/usr/lib/postgresql/<version>/bin` holding `initdb` and `pg_ctl`.
        private static func binFolder() throws -> String {
            let root = "/usr/lib/postgresql"
            let versions = (try? FileManager.default.contentsOfDirectory(atPath: root)) ?? []
            let candidates = versions.compactMap { version in Int(version).map { ($0, "\(root)/\(version)/bin") } }
                .filter { FileManager.default.isExecutableFile(atPath: "\($0.1)/initdb") }
                .filter { FileManager.default.isExecutableFile(atPath: "\($0.1)/pg_ctl") }
            guard let newest = candidates.max(by: { $0.0 < $1.0 }) else {
                throw Failure(
                    description: "PostgreSQL is not installed (no \(root)/*/bin/initdb): run `make setup`")
            }
            return newest.1
        }

        /// A port that was free a moment ago on 127.0.0.1.
        private static func freePort() async throws -> Int {
            let channel = try await ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
                .bind(host: "127.0.0.1", port: 0).get()
            let port = channel.localAddress?.port ?? 0
            try await channel.close()
            return port
        }

        /// Stops and removes `folder` when the test process exits (normally or through `exit`).
        private static func registerRemovalAtExit(folder: String, bin: String) {
            let first = removalCommands.withLock { commands in
                commands.append(removal(folder: folder, bin: bin))
                return commands.count == 1
            }
            guard first else { return }
            atexit {
                for command in ThrowawayPostgres.removalCommands.withLock({ $0 }) { _ = system(command) }
            }
        }

        /// The shell command that stops the cluster in `folder` (if it runs) and removes the folder.
        private static func removal(folder: String, bin: String) -> String {
            let (data, pgCtl) = (shellQuoted(folder + "/data"), shellQuoted(bin + "/pg_ctl"))
            return "if [ -f \(data)/postmaster.pid ]; then runuser -u postgres -- \(pgCtl) -D \(data) -m immediate "
                + "-w stop >/dev/null 2>&1; fi; rm -rf \(shellQuoted(folder))"
        }

        private static let removalCommands = Mutex<[String]>([])

        /// Stops and removes the folders of test processes that no longer run.
        private static func removeStaleFolders() {
            let temporary = FileManager.default.temporaryDirectory.path
            for name in (try? FileManager.default.contentsOfDirectory(atPath: temporary)) ?? []
            where name.hasPrefix("notifywire-pg-") {
                let fields = name.split(separator: "-")
                guard fields.count == 4, let pid = Int32(fields[2]), kill(pid, 0) != 0, errno == ESRCH else {
                    continue
                }
                let bin = (try? binFolder()) ?? "/usr/lib/postgresql/15/bin"
                _ = system(removal(folder: "\(temporary)/\(name)", bin: bin))
            }
        }

        private static func asPostgres(_ program: String, _ arguments: [String], log: String) async throws {
            try await run("/usr/sbin/runuser", ["-u", "postgres", "--", program] + arguments, log: log)
        }

        /// Runs a program to its end (5 minutes at most) through `ProcessLaunch`, its output appended to `log`; a
        /// non-zero exit is an error carrying that output. (`runuser … pg_ctl start` exits while the postmaster it
        /// started, which inherits Foundation's exit-watching socket, lives on: Foundation's `Process` alone never
        /// sees that exit, and `system(3)` would hand the postmaster every descriptor the tests have open.)
        private static func run(_ program: String, _ arguments: [String], log: String) async throws {
            let command =
                ([program] + arguments).map(shellQuoted).joined(separator: " ") + " </dev/null >>"
                + shellQuoted(log) + " 2>&1"
            let shell = Process()
            shell.executableURL = URL(fileURLWithPath: "/bin/sh")
            shell.arguments = ["-c", command]
            shell.standardInput = FileHandle.nullDevice
            do {
                try ProcessLaunch.run(shell)
            } catch {
                throw Failure(description: "cannot run \(command): \(error)")
            }
            guard let exit = await ProcessLaunch.exit(of: shell, within: .seconds(300)) else {
                ProcessLaunch.send(SIGKILL, to: shell)
                throw Failure(description: "\(command) did not finish within 5 minutes")
            }
            guard exit == .exited(0) else {
                let text = (try? String(contentsOfFile: log, encoding: .utf8)) ?? ""
                throw Failure(description: "\(command) ended with \(exit): \(text.suffix(2000))")
            }
        }

        private static func shellQuoted(_ text: String) -> String {
            "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
        }
    }
#endif
