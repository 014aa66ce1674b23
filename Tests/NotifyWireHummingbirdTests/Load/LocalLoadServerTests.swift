#if Hummingbird
    import Foundation
    import NotifyWireLoad
    import NotifyWireTestSupport
    import Testing

    extension EndToEndTests {
        /// The server `notifywire load` starts (the built binary): it listens on the port it announced, stops on
        /// SIGTERM, and starts again on the same port (what `outage --restart` relies on).
        @Suite struct LocalLoadServerTests {
            @Test func startsStopsAndStartsAgainOnTheSamePort() async throws {
                let server = LocalLoadServer(executable: try BuiltProducts.notifywire())
                defer { server.terminate() }
                #expect(server.processID == nil)
                try await server.start()
                let port = server.port
                #expect(port > 0)
                let firstProcess = try #require(server.processID)
                #expect(try await ServeResponse.get("http://127.0.0.1:\(port)/health").status == 200)
                #expect((server.residentBytes() ?? 0) > 1024 * 1024, "a running server holds more than 1 MiB")
                #expect(server.cpuSeconds() != nil)

                try await server.stop()
                #expect(server.processID == nil)
                #expect(server.residentBytes() == nil)
                #expect(kill(firstProcess, 0) != 0, "the stopped server's process is gone")
                await #expect(throws: ServeResponse.Failure.self) {
                    try await ServeResponse.get("http://127.0.0.1:\(port)/health", timeout: 3)
                }

                try await server.start()
                #expect(server.port == port)
                #expect(server.processID != firstProcess)
                #expect(try await ServeResponse.get("http://127.0.0.1:\(port)/health").status == 200)
                try await server.stop()
            }

            @Test func terminateKillsTheServerAtOnce() async throws {
                let server = LocalLoadServer(executable: try BuiltProducts.notifywire())
                try await server.start()
                let process = try #require(server.processID)
                server.terminate()
                #expect(server.processID == nil)
                var gone = false
                for _ in 0..<250 where !gone {
                    gone = kill(process, 0) != 0
                    if !gone { try await Task.sleep(for: .milliseconds(20)) }
                }
                #expect(gone, "the killed server's process is reaped")
            }

            @Test func aMissingExecutableIsALoadError() async throws {
                let server = LocalLoadServer(executable: "/nonexistent/notifywire")
                await #expect(throws: LoadError.self) { try await server.start() }
                #expect(server.processID == nil)
            }
        }
    }
#endif
