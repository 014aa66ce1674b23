#if Hummingbird
    import Foundation

    /// Runs a program to completion without blocking any thread: its standard output goes to a temporary
    /// file and the exit is awaited through `terminationHandler`.
    ///
    /// Blocking a Dispatch worker (as a synchronous pipe read does) takes a thread from the pool that also runs
    /// the in-process server's tasks, which then waits seconds for Dispatch to add a thread.
    enum AsyncProcess {
        struct Failure: Error, CustomStringConvertible {
            let command: String
            let status: Int32
            let standardError: String
            var description: String { "`\(command)` exited with \(status): \(standardError)" }
        }

        /// Runs `program` (looked up on `PATH`) with `arguments`; returns standard output, throws on a non-zero
        /// exit.
        static func run(_ program: String, arguments: [String]) async throws -> [UInt8] {
            let folder = FileManager.default.temporaryDirectory
            let outputURL = folder.appendingPathComponent("notifywire-out-\(UUID().uuidString)")
            let errorURL = folder.appendingPathComponent("notifywire-err-\(UUID().uuidString)")
            _ = FileManager.default.createFile(atPath: outputURL.path, contents: nil)
            _ = FileManager.default.createFile(atPath: errorURL.path, contents: nil)
            defer {
                try? FileManager.default.removeItem(at: outputURL)
                try? FileManager.default.removeItem(at: errorURL)
            }
            let output = try FileHandle(forWritingTo: outputURL)
            let errors = try FileHandle(forWritingTo: errorURL)
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = [program] + arguments
            process.standardInput = FileHandle.nullDevice
            process.standardOutput = output
            process.standardError = errors
            let status: Int32 = try await withCheckedThrowingContinuation { continuation in
                process.terminationHandler = { finished in continuation.resume(returning: finished.terminationStatus) }
                do {
                    try process.run()
                } catch {
                    process.terminationHandler = nil
                    continuation.resume(throwing: error)
                }
            }
            try output.close()
            try errors.close()
            let bytes = [UInt8](try Data(contentsOf: outputURL))
            guard status == 0 else {
                let text = String(decoding: try Data(contentsOf: errorURL), as: UTF8.self)
                throw Failure(
                    command: ([program] + arguments).joined(separator: " "), status: status, standardError: text)
            }
            return bytes
        }
    }
#endif
