#if Hummingbird
    import Foundation
    import NotifyWireProcess
    import NotifyWireTestSupport

    /// A program started by a test, whose standard output is collected while it runs, with a deadline on every
    /// wait so that no test can hang on it.
    ///
    /// Standard error goes to a file (`errorLog`), read back when a test fails. The process is killed
    /// (SIGKILL) when the object goes away while it still runs.
    final class ChildProcess: @unchecked Sendable {
        /// A wait ran past its deadline.
        struct TimedOut: Error, CustomStringConvertible {
            let what: String
            let output: String
            var description: String { "timed out waiting for \(what); output so far: \(output.suffix(2000))" }
        }

        let process = Process()
        let command: String
        let errorLog: URL
        private let condition = NSCondition()
        private var output: [UInt8] = []
        private var outputEnded = false
        private var ended: ProcessExit?

        /// Starts `program` (a path, or a name looked up on `PATH`) with `arguments`, feeding it `input`.
        init(_ program: String, arguments: [String], input: [UInt8] = [], environment: [String: String]? = nil) throws {
            command = ([program] + arguments).joined(separator: " ")
            if program.contains("/") {
                process.executableURL = URL(fileURLWithPath: program)
                process.arguments = arguments
            } else {
                process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
                process.arguments = [program] + arguments
            }
            if let environment {
                process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
            }
            errorLog = FileManager.default.temporaryDirectory
                .appendingPathComponent("notifywire-e2e-\(UUID().uuidString).stderr")
            _ = FileManager.default.createFile(atPath: errorLog.path, contents: nil)
            let standardInput = ProcessLaunch.pipe()
            let standardOutput = ProcessLaunch.pipe()
            process.standardInput = standardInput
            process.standardOutput = standardOutput
            process.standardError = try FileHandle(forWritingTo: errorLog)
            // Foundation's handler only wakes a waiter early: the exit itself is read by `ProcessLaunch`, which
            // sees it even while Foundation does not (see there).
            process.terminationHandler = { [condition] _ in
                condition.lock()
                condition.broadcast()
                condition.unlock()
            }
            try ProcessLaunch.run(process)
            let reading = standardOutput.fileHandleForReading
            Thread.detachNewThread { [self] in
                while true {
                    let data = reading.availableData
                    condition.lock()
                    if data.isEmpty { outputEnded = true } else { output += data }
                    condition.broadcast()
                    condition.unlock()
                    if data.isEmpty { return }
                }
            }
            if !input.isEmpty { standardInput.fileHandleForWriting.write(Data(input)) }
            try standardInput.fileHandleForWriting.close()
        }

        deinit {
            ProcessLaunch.send(SIGKILL, to: process)
            try? FileManager.default.removeItem(at: errorLog)
        }

        /// The process id.
        var pid: Int32 { process.processIdentifier }

        /// Standard output so far.
        var outputBytes: [UInt8] {
            condition.lock()
            defer { condition.unlock() }
            return output
        }

        /// Standard error so far.
        var errorText: String { (try? String(contentsOf: errorLog, encoding: .utf8)) ?? "" }

        /// Waits until `predicate` holds for standard output so far, or throws after `timeout` seconds (also
        /// when the output ends without the predicate holding).
        @discardableResult
        func waitForOutput(
            _ what: String, timeout: Double, until predicate: ([UInt8]) -> Bool
        ) throws -> [UInt8] {
            let deadline = Date(timeIntervalSinceNow: timeout)
            condition.lock()
            defer { condition.unlock() }
            while !predicate(output) {
                if outputEnded || !condition.wait(until: deadline) {
                    if predicate(output) { break }
                    throw TimedOut(what: "\(what) from `\(command)`", output: String(decoding: output, as: UTF8.self))
                }
            }
            return output
        }

        /// Waits for the process to exit and for its output to end; returns the exit status (128 plus the signal
        /// for a signal), or throws after `timeout` seconds (the process is then killed).
        /// With `outputToEnd` false, only the exit is waited for (children may keep the output open).
        @discardableResult
        func waitForExit(timeout: Double, outputToEnd: Bool = true) throws -> Int32 {
            let deadline = Date(timeIntervalSinceNow: timeout)
            condition.lock()
            while true {
                if ended == nil { ended = ProcessLaunch.exit(of: process) }
                if let ended, outputEnded || !outputToEnd {
                    condition.unlock()
                    return ended.status
                }
                // Polled as well: Foundation's handler is late or never called when the child's children
                // outlive it.
                if Date() >= deadline {
                    condition.unlock()
                    ProcessLaunch.send(SIGKILL, to: process)
                    throw TimedOut(
                        what: "the exit of `\(command)`; standard error: \(errorText.suffix(2000))",
                        output: String(decoding: outputBytes, as: UTF8.self))
                }
                _ = condition.wait(until: min(deadline, Date(timeIntervalSinceNow: 0.02)))
            }
        }

        /// Whether the process ended by `exit` (not by a signal); `false` while it runs.
        var exitedNormally: Bool {
            condition.lock()
            defer { condition.unlock() }
            if ended == nil { ended = ProcessLaunch.exit(of: process) }
            if case .exited = ended { return true } else { return false }
        }

        /// Runs `program` to completion with a deadline (off the cooperative threads): returns its exit status,
        /// standard output and standard error; a run past `timeout` seconds is killed and thrown.
        /// `environment` is added to the test's own.
        static func run(
            _ program: String, arguments: [String], input: [UInt8] = [], environment: [String: String]? = nil,
            timeout: Double
        ) async throws -> (status: Int32, output: [UInt8], error: String) {
            try await BlockingWork.run {
                let child = try ChildProcess(program, arguments: arguments, input: input, environment: environment)
                let status = try child.waitForExit(timeout: timeout)
                return (status, child.outputBytes, child.errorText)
            }
        }

        /// A program run by ``output(of:arguments:timeout:)`` exited with a status other than 0.
        struct Failure: Error, CustomStringConvertible {
            let command: String
            let status: Int32
            let standardError: String
            var description: String { "`\(command)` exited with \(status): \(standardError)" }
        }

        /// Runs `program` to completion (``run(_:arguments:input:timeout:)``) and returns its standard output;
        /// throws ``Failure`` when it exits with a status other than 0.
        static func output(of program: String, arguments: [String], timeout: Double = 120) async throws -> [UInt8] {
            let result = try await run(program, arguments: arguments, timeout: timeout)
            guard result.status == 0 else {
                throw Failure(
                    command: ([program] + arguments).joined(separator: " "), status: result.status,
                    standardError: result.error)
            }
            return result.output
        }

        /// ``waitForOutput(_:timeout:until:)`` off the cooperative threads.
        @discardableResult
        func output(
            _ what: String, timeout: Double, until predicate: @escaping @Sendable ([UInt8]) -> Bool
        ) async throws -> [UInt8] {
            try await BlockingWork.run { try self.waitForOutput(what, timeout: timeout, until: predicate) }
        }

        /// ``waitForExit(timeout:outputToEnd:)`` off the cooperative threads.
        @discardableResult
        func exit(timeout: Double, outputToEnd: Bool = true) async throws -> Int32 {
            try await BlockingWork.run { try self.waitForExit(timeout: timeout, outputToEnd: outputToEnd) }
        }

        /// Sends SIGKILL to the process's group (Foundation starts every child in a group of its own, so this
        /// reaches the helpers a browser starts and nothing else).
        /// The group's id stays taken while any of its processes lives (the kernel hands out no id still used
        /// as a group's); only once none is left could the kernel, after wrapping around its ids, reuse it.
        func killGroup() {
            kill(-pid, SIGKILL)
        }

        /// Sends `signal` to the process unless it has ended.
        func send(_ signal: Int32) {
            ProcessLaunch.send(signal, to: process)
        }
    }
#endif
