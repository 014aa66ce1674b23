import ArgumentParser
import Foundation

/// Reading input and writing output for the commands, with the CLI's error contract: on failure nothing
/// goes to standard output and one line `error: ...` goes to standard error.
enum StandardStreams {
    /// Reads FILE, or standard input when `path` is `nil` or `-`.
    static func readInput(_ path: String?) throws -> [UInt8] {
        guard let path, path != "-" else {
            return [UInt8](FileHandle.standardInput.readDataToEndOfFile())
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw InputFailure(message: "cannot read \(path): no such readable file")
        }
        return [UInt8](data)
    }

    /// Reads FILE (or standard input) with the CLI's error contract: when it cannot be read, one line
    /// `error: cannot read ...` on standard error and exit status 1.
    static func readInputOrExit(_ path: String?) throws -> [UInt8] {
        do {
            return try readInput(path)
        } catch {
            reportError("\(error)")
            throw ExitCode.failure
        }
    }

    /// Writes bytes to standard output as they are.
    static func writeOutput(_ bytes: [UInt8]) {
        FileHandle.standardOutput.write(Data(bytes))
    }

    /// Writes `error: <message>` to standard error.
    static func reportError(_ message: String) {
        FileHandle.standardError.write(Data("error: \(message)\n".utf8))
    }
}

/// The input could not be read (exit status 1).
struct InputFailure: Error, CustomStringConvertible {
    let message: String
    var description: String { message }
}
