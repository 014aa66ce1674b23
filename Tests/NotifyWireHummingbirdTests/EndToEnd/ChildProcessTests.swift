#if Hummingbird
    import Foundation
    import NotifyWireTestSupport
    import Testing

    /// The test helper that runs programs: it must not leave its standard-error files behind (thousands of
    /// `notifywire-e2e-*.stderr` files piled up in the temporary folder while a retain cycle kept every
    /// ChildProcess alive).
    @Suite struct ChildProcessTests {
        @Test func aFinishedChildRemovesItsErrorLog() async throws {
            let log = try await BlockingWork.run { () throws -> URL in
                let child = try ChildProcess("sh", arguments: ["-c", "echo to-stderr >&2"])
                #expect(try child.waitForExit(timeout: 30) == 0)
                #expect(child.errorText == "to-stderr\n", "the log held what the child wrote")
                return child.errorLog
            }
            // The reader thread lets go of the helper once the output has ended, just after the exit.
            var removed = false
            for _ in 0..<500 where !removed {
                removed = !FileManager.default.fileExists(atPath: log.path)
                if !removed { try await Task.sleep(for: .milliseconds(10)) }
            }
            #expect(removed, "\(log.path) is still there")
        }
    }
#endif
