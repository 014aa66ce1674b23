package import Foundation
import Synchronization

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// How a child process ended.
package enum ProcessExit: Equatable, Sendable {
    /// It called `exit` with this status.
    case exited(Int32)
    /// A signal ended it.
    case signalled(Int32)

    /// The status a shell reports: the exit status, or 128 plus the signal.
    package var status: Int32 {
        switch self {
        case .exited(let status): status
        case .signalled(let signal): 128 + signal
        }
    }
}

/// The one way the package starts programs (`protoc`, `notifywire serve`, Python peers, PostgreSQL) and waits for
/// them, safe when many threads start programs at once.
///
/// Two faults of Foundation's `Process` on Linux make a plain `run()` then `waitUntilExit()` hang:
/// - `run()` closes the parent's descriptors in the child from a list computed before the spawn, so a pipe (or
///   the socket by which Foundation learns of the exit) opened by another thread in between is inherited by
///   this child. When this child lives long (a server), the other process's exit is never seen, and a read to
///   the end of its output never ends. Here every pipe is made close-on-exec, and pipes are made and programs
///   started under one lock, so nothing leaks into a child.
/// - Foundation learns of an exit when that socket closes, so a child whose own children outlive it (a
///   daemon, `sh -c "server &"`) stays "running" for as long as they do; and `waitUntilExit()` spins the run
///   loop of the thread that called `run()`, which an async caller may no longer be on. Here an exit is read
///   from the kernel (`waitid` with `WNOWAIT`, which leaves the reaping to Foundation, so no process id is
///   freed, and possibly reused, behind its back), with a deadline on every wait.
package enum ProcessLaunch {
    private static let lock = NSLock()

    /// A pipe whose two ends are closed on `exec`: only the child it is given to (where Foundation duplicates
    /// the end onto a standard descriptor, which clears the flag) inherits it.
    package static func pipe() -> Pipe {
        lock.withLock {
            let pipe = Pipe()
            for descriptor in [pipe.fileHandleForReading.fileDescriptor, pipe.fileHandleForWriting.fileDescriptor] {
                _ = fcntl(descriptor, F_SETFD, fcntl(descriptor, F_GETFD) | FD_CLOEXEC)
            }
            return pipe
        }
    }

    /// Starts `process`; its pipes should come from ``pipe()``.
    package static func run(_ process: Process) throws {
        try lock.withLock { try process.run() }
    }

    /// How `process` (started) ended, or `nil` while it runs. Once it returned an exit, it always does. Blocks
    /// only in the moment between Foundation's reaping and its `isRunning` turning false (1 s at most).
    package static func exit(of process: Process) -> ProcessExit? {
        if let exit = foundationExit(of: process) { return exit }
        #if os(Linux)
            var information = siginfo_t()
            let pid = process.processIdentifier
            if waitid(P_PID, id_t(pid), &information, WEXITED | WNOHANG | WNOWAIT) == 0 {
                guard information._sifields._sigchld.si_pid == pid else { return nil }  // it runs
                let code = information._sifields._sigchld.si_status
                return information.si_code == CLD_EXITED ? .exited(code) : .signalled(code)
            }
            // ECHILD: Foundation has just reaped it, and is about to say so.
            for _ in 0..<1000 {
                if let exit = foundationExit(of: process) { return exit }
                usleep(1000)
            }
            return nil
        #else
            return nil
        #endif
    }

    private static func foundationExit(of process: Process) -> ProcessExit? {
        guard !process.isRunning else { return nil }
        return process.terminationReason == .exit
            ? .exited(process.terminationStatus) : .signalled(process.terminationStatus)
    }

    /// Waits until `process` ended and returns how, or `nil` when it still runs after `timeout`. Blocks the
    /// calling thread: not for the cooperative pool (see ``exit(of:within:)``).
    package static func waitForExit(of process: Process, timeout: Duration) -> ProcessExit? {
        let clock = ContinuousClock()
        let deadline = clock.now + timeout
        while true {
            if let exit = exit(of: process) { return exit }
            if clock.now >= deadline { return nil }
            Thread.sleep(forTimeInterval: 0.01)
        }
    }

    /// Waits (polling, never blocking a thread) until `process` ended and returns how, or `nil` when it still
    /// runs after `timeout`.
    package static func exit(of process: Process, within timeout: Duration) async -> ProcessExit? {
        let clock = ContinuousClock()
        let deadline = clock.now + timeout
        while true {
            if let exit = exit(of: process) { return exit }
            if clock.now >= deadline { return nil }
            try? await Task.sleep(for: .milliseconds(10))
        }
    }

    /// What a program run by ``runToEnd(_:arguments:input:timeout:)`` left.
    package struct Outcome: Sendable {
        /// How it ended.
        package let exit: ProcessExit
        /// Everything it wrote on standard output.
        package let standardOutput: [UInt8]
        /// Everything it wrote on standard error.
        package let standardError: [UInt8]
    }

    /// A program did not exit within its deadline after closing its output; it was killed.
    package struct NotExited: Error, CustomStringConvertible {
        /// The program.
        package let program: String
        /// Says which.
        package var description: String { "\(program) closed its output but did not exit in time; it was killed" }
    }

    /// Runs `program` (looked up on `PATH` when it has no slash) to its end, feeding it `input` and reading both
    /// outputs at once (so that neither pipe fills while the other is read); blocks the calling thread. Throws
    /// when it cannot start, or ``NotExited`` when it still runs `timeout` after closing its output.
    package static func runToEnd(
        _ program: String, arguments: [String], input: [UInt8] = [], timeout: Duration
    ) throws -> Outcome {
        let process = Process()
        if program.contains("/") {
            process.executableURL = URL(fileURLWithPath: program)
            process.arguments = arguments
        } else {
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = [program] + arguments
        }
        let (standardInput, standardOutput, standardError) = (pipe(), pipe(), pipe())
        process.standardInput = standardInput
        process.standardOutput = standardOutput
        process.standardError = standardError
        try run(process)
        let errorText = Mutex(Data())
        let errorRead = DispatchSemaphore(value: 0)
        DispatchQueue.global().async {
            let data = standardError.fileHandleForReading.readDataToEndOfFile()
            errorText.withLock { $0 = data }
            errorRead.signal()
        }
        let outputText = Mutex(Data())
        let outputRead = DispatchSemaphore(value: 0)
        DispatchQueue.global().async {
            let data = standardOutput.fileHandleForReading.readDataToEndOfFile()
            outputText.withLock { $0 = data }
            outputRead.signal()
        }
        if !input.isEmpty { standardInput.fileHandleForWriting.write(Data(input)) }
        try standardInput.fileHandleForWriting.close()
        outputRead.wait()
        errorRead.wait()
        guard let exit = waitForExit(of: process, timeout: timeout) else {
            send(SIGKILL, to: process)
            throw NotExited(program: program)
        }
        return Outcome(
            exit: exit, standardOutput: [UInt8](outputText.withLock { $0 }),
            standardError: [UInt8](errorText.withLock { $0 }))
    }

    /// Sends `signal` to `process` unless it has ended: an ended child's id may be reused by now. (Between
    /// Foundation's reaping and `isRunning` turning false, a reused id is not possible in practice: the kernel
    /// hands ids out in order over 32,768 or more.)
    package static func send(_ signal: Int32, to process: Process) {
        if exit(of: process) == nil { kill(process.processIdentifier, signal) }
    }
}
