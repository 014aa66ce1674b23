#if Hummingbird
    import Foundation
    import Glibc
    import NotifyWireProcess
    import Testing

    /// How the package starts programs and learns of their exit (`ProcessLaunch`): an exit is read from the
    /// kernel, not from Foundation's `Process`, which on Linux misses it while the child's children live on.
    @Suite struct ProcessLaunchTests {
        @Test func anExitIsSeenWhileAChildOfTheChildLivesOn() async throws {
            let shell = Process()
            shell.executableURL = URL(fileURLWithPath: "/bin/sh")
            shell.arguments = ["-c", "sleep 30 & exit 3"]
            try ProcessLaunch.run(shell)
            // The shell and its `sleep` share a group (Foundation starts each child in a group of its own).
            defer { kill(-shell.processIdentifier, SIGKILL) }
            let exit = await ProcessLaunch.exit(of: shell, within: .seconds(20))
            #expect(exit == .exited(3))
            #expect(exit?.status == 3)
            let sleeping = try String(contentsOfFile: "/proc/\(shell.processIdentifier)/stat", encoding: .utf8)
            #expect(sleeping.contains(") Z "), "the shell is a zombie, not reaped: Foundation has not seen its exit")
        }

        @Test func aSignalIsReportedAsASignal() throws {
            let shell = Process()
            shell.executableURL = URL(fileURLWithPath: "/bin/sh")
            shell.arguments = ["-c", "kill -KILL $$"]
            try ProcessLaunch.run(shell)
            let exit = ProcessLaunch.waitForExit(of: shell, timeout: .seconds(20))
            #expect(exit == .signalled(SIGKILL))
            #expect(exit?.status == 128 + SIGKILL)
        }

        @Test func aRunningProcessHasNoExitUntilItsDeadline() async throws {
            let sleeper = Process()
            sleeper.executableURL = URL(fileURLWithPath: "/bin/sleep")
            sleeper.arguments = ["30"]
            try ProcessLaunch.run(sleeper)
            let early = await ProcessLaunch.exit(of: sleeper, within: .milliseconds(200))
            #expect(early == nil, "\(String(describing: early))")
            ProcessLaunch.send(SIGKILL, to: sleeper)
            let killed = await ProcessLaunch.exit(of: sleeper, within: .seconds(20))
            #expect(killed == .signalled(SIGKILL), "\(String(describing: killed))")
        }

        @Test func pipesAreClosedOnExec() {
            let pipe = ProcessLaunch.pipe()
            for handle in [pipe.fileHandleForReading, pipe.fileHandleForWriting] {
                #expect(fcntl(handle.fileDescriptor, F_GETFD) & FD_CLOEXEC != 0)
            }
        }
    }
#endif
