import Foundation
import NotifyWireProcess

/// Runs the Python interpreter that `make setup` installed the test peers into (`jsonschema`, `protobuf`,
/// `msgpack`), so that an independent implementation checks our bytes.
///
/// The interpreter is `$NOTIFYWIRE_PYTHON` when set (the Makefile sets it), else `python3` on `PATH`.
public enum PythonPeer {
    /// The interpreter to run.
    public static var interpreter: String {
        ProcessInfo.processInfo.environment["NOTIFYWIRE_PYTHON"] ?? "python3"
    }

    /// Runs `script` (a file under `Tests/Python/`) with `arguments`, feeding `input` on standard input.
    /// Returns standard output; a non-zero exit is thrown with standard error, so the test fails loudly.
    public static func run(script: String, arguments: [String] = [], input: [UInt8] = []) async throws -> [UInt8] {
        let path = RepositoryPaths.root.appendingPathComponent("Tests/Python").appendingPathComponent(script).path
        return try await ExternalProcess.run(interpreter, arguments: [path] + arguments, input: input)
    }
}

/// Runs an external program to completion, feeding standard input and collecting standard output.
///
/// The wait happens on a thread of its own (``BlockingWork``), never on one of the cooperative pool's: tests
/// run in parallel, and a few dozen of them each blocking one of the pool's threads (as many as there are cores)
/// stall every other test, timeouts included.
public enum ExternalProcess {
    /// A program exited with a non-zero status.
    public struct Failure: Error, CustomStringConvertible {
        /// The command line.
        public let command: String
        /// The exit status.
        public let status: Int32
        /// What the program wrote on standard error.
        public let standardError: String
        /// What the program wrote on standard output.
        public let standardOutput: [UInt8]
        /// Says which command failed, how, and what it printed.
        public var description: String { "`\(command)` exited with \(status): \(standardError)" }
    }

    /// Runs `program` (looked up on `PATH` when it has no slash) and returns its standard output.
    public static func run(_ program: String, arguments: [String], input: [UInt8] = []) async throws -> [UInt8] {
        let result = try await runCapturing(program, arguments: arguments, input: input)
        guard result.status == 0 else {
            throw Failure(
                command: ([program] + arguments).joined(separator: " "),
                status: result.status,
                standardError: String(decoding: result.standardError, as: UTF8.self),
                standardOutput: result.standardOutput
            )
        }
        return result.standardOutput
    }

    /// Runs `program` and returns its exit status, standard output and standard error, whatever the status
    /// (killed and thrown when it does not exit within 120 s of closing its output).
    public static func runCapturing(
        _ program: String,
        arguments: [String],
        input: [UInt8] = []
    ) async throws -> (status: Int32, standardOutput: [UInt8], standardError: [UInt8]) {
        let outcome = try await BlockingWork.run {
            try ProcessLaunch.runToEnd(program, arguments: arguments, input: input, timeout: .seconds(120))
        }
        return (outcome.exit.status, outcome.standardOutput, outcome.standardError)
    }
}
