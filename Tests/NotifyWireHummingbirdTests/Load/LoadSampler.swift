#if Hummingbird
    import Foundation
    import NotifyWireProcess
    import NotifyWireTestSupport

    /// `Tests/Python/load_sample.py` running beside a load run: started with its standard input open, finished
    /// by closing it, after which it waits for a second of quiet and prints its counts.
    final class LoadSampler: @unchecked Sendable {
        /// The sampler failed, or printed no counts.
        struct Failure: Error, CustomStringConvertible {
            let description: String
        }

        private let process = Process()
        private let input = ProcessLaunch.pipe()
        private let condition = NSCondition()
        private var output: [UInt8] = []
        private var errors: [UInt8] = []
        private var outputEnded = false
        private var errorsEnded = false

        /// Starts the sampler on `recipients` of the server at `url` over `transport`, and waits (at most 60 s)
        /// until every subscription is open.
        static func start(url: String, transport: String, recipients: [String]) async throws -> LoadSampler {
            try await BlockingWork.run {
                let sampler = try LoadSampler(url: url, transport: transport, recipients: recipients)
                try sampler.waitForErrorText("subscribed", timeout: 60)
                return sampler
            }
        }

        private init(url: String, transport: String, recipients: [String]) throws {
            let script = RepositoryPaths.root.appendingPathComponent("Tests/Python/load_sample.py").path
            var arguments = [script, "--url", url, "--transport", transport, "--timeout", "240"]
            for recipient in recipients { arguments += ["--recipient", recipient] }
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = [PythonPeer.interpreter] + arguments
            let standardOutput = ProcessLaunch.pipe()
            let standardError = ProcessLaunch.pipe()
            process.standardInput = input
            process.standardOutput = standardOutput
            process.standardError = standardError
            try ProcessLaunch.run(process)
            drain(standardOutput.fileHandleForReading, isError: false)
            drain(standardError.fileHandleForReading, isError: true)
        }

        deinit {
            ProcessLaunch.send(SIGKILL, to: process)
        }

        private func drain(_ handle: FileHandle, isError: Bool) {
            Thread.detachNewThread { [self] in
                while true {
                    let data = handle.availableData
                    condition.lock()
                    if isError {
                        errors += data
                        errorsEnded = data.isEmpty
                    } else {
                        output += data
                        outputEnded = data.isEmpty
                    }
                    condition.broadcast()
                    condition.unlock()
                    if data.isEmpty { return }
                }
            }
        }

        private var errorText: String { String(decoding: errors, as: UTF8.self) }

        private func waitForErrorText(_ text: String, timeout: Double) throws {
            let deadline = Date(timeIntervalSinceNow: timeout)
            condition.lock()
            defer { condition.unlock() }
            while !errorText.contains(text) {
                if errorsEnded || !condition.wait(until: deadline) {
                    if errorText.contains(text) { return }
                    throw Failure(description: "load_sample.py did not subscribe: \(errorText.suffix(2000))")
                }
            }
        }

        /// Closes the sampler's standard input, waits (at most 60 s) for its report, and returns its counts of
        /// distinct notifications by recipient.
        func finish() async throws -> [String: Int] {
            try input.fileHandleForWriting.close()
            let (status, report, log) = try await BlockingWork.run { () throws -> (Int32, [UInt8], String) in
                let deadline = Date(timeIntervalSinceNow: 60)
                self.condition.lock()
                while !(self.outputEnded && self.errorsEnded) {
                    if !self.condition.wait(until: deadline) {
                        self.condition.unlock()
                        ProcessLaunch.send(SIGKILL, to: self.process)
                        throw Failure(description: "load_sample.py did not finish: \(self.errorText.suffix(2000))")
                    }
                }
                let result = (self.output, self.errorText)
                self.condition.unlock()
                guard let exit = ProcessLaunch.waitForExit(of: self.process, timeout: .seconds(30)) else {
                    ProcessLaunch.send(SIGKILL, to: self.process)
                    throw Failure(description: "load_sample.py closed its output but did not exit: \(result.1)")
                }
                return (exit.status, result.0, result.1)
            }
            guard status == 0 else { throw Failure(description: "load_sample.py exited \(status): \(log)") }
            struct Report: Decodable { let counts: [String: Int] }
            do {
                return try JSONDecoder().decode(Report.self, from: Data(report)).counts
            } catch {
                throw Failure(
                    description: "load_sample.py printed no counts: \(String(decoding: report, as: UTF8.self))")
            }
        }
    }
#endif
