#if Hummingbird
    import Foundation
    import NotifyWireTestSupport

    /// A `notifywire serve --port 0` started by a test: the built binary, on a free port that the server picks
    /// and announces on its first line of standard output; stopped with SIGTERM at the end of the test.
    final class ServeProcess: Sendable {
        /// The server did not announce where it listens.
        struct NoAnnouncement: Error, CustomStringConvertible {
            let line: String
            let standardError: String
            var description: String { "unexpected first line \(line.debugDescription); stderr: \(standardError)" }
        }

        /// The first line, before the address.
        static let announcement = "notifywire serve: listening on "

        let child: ChildProcess
        /// `http://127.0.0.1:PORT`.
        let url: String
        /// The port the server listens on.
        let port: Int

        /// Starts the server with `arguments` after `serve --host 127.0.0.1 --port 0`, and waits (at most 60 s,
        /// off the cooperative threads) for its first line.
        static func start(_ arguments: [String] = []) async throws -> ServeProcess {
            try await BlockingWork.run { try ServeProcess(arguments) }
        }

        private init(_ arguments: [String]) throws {
            let binary = try BuiltProducts.notifywire()
            child = try ChildProcess(binary, arguments: ["serve", "--host", "127.0.0.1", "--port", "0"] + arguments)
            let output = try child.waitForOutput("the first line", timeout: 60) { $0.contains(UInt8(ascii: "\n")) }
            let line = String(decoding: output.prefix { $0 != UInt8(ascii: "\n") }, as: UTF8.self)
            guard line.hasPrefix(Self.announcement),
                let colon = line.lastIndex(of: ":"),
                let port = Int(line[line.index(after: colon)...]),
                port > 0
            else {
                child.send(SIGKILL)
                throw NoAnnouncement(line: line, standardError: child.errorText)
            }
            self.port = port
            self.url = String(line.dropFirst(Self.announcement.count))
        }

        /// The server's process id.
        var pid: Int32 { child.pid }

        /// What the server logged on standard error so far.
        var log: String { child.errorText }

        /// Sends SIGTERM and waits (at most 20 s) for the exit; returns whether it exited normally with status 0.
        func stop() async throws -> Bool {
            child.send(SIGTERM)
            let status = try await child.exit(timeout: 20)
            return child.exitedNormally && status == 0
        }

        /// The server's resident set size (`VmRSS` in `/proc/PID/status`), in bytes.
        func residentBytes() throws -> Int {
            let status = try String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8)
            for line in status.split(separator: "\n") where line.hasPrefix("VmRSS:") {
                let fields = line.split(separator: " ")
                if fields.count >= 2, let kibibytes = Int(fields[1]) { return kibibytes * 1024 }
            }
            throw NoAnnouncement(line: "no VmRSS in /proc/\(pid)/status", standardError: "")
        }
    }
#endif
