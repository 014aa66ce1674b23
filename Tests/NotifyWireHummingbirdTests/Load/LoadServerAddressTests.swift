#if Hummingbird
    import NotifyWireLoad
    import Testing

    /// Where the load tool finds a server: the announcement of one it started, and `--url` of one running.
    @Suite struct LoadServerAddressTests {
        @Test(arguments: [
            ("notifywire serve: listening on http://127.0.0.1:8080", 8080),
            ("notifywire serve: listening on http://127.0.0.1:65535", 65535),
        ])
        func theAnnouncedPortIsRead(line: String, port: Int) {
            #expect(LocalLoadServer.port(announcedIn: line) == port)
        }

        @Test(arguments: [
            "", "listening on http://127.0.0.1:8080", "notifywire serve: listening on http://127.0.0.1:0",
            "notifywire serve: listening on http://127.0.0.1:70000", "notifywire serve: listening on http://127.0.0.1:",
        ])
        func anythingElseIsNoPort(line: String) {
            #expect(LocalLoadServer.port(announcedIn: line) == nil)
        }

        @Test(arguments: [
            ("http://127.0.0.1:8080", "127.0.0.1", 8080), ("http://localhost:9/", "localhost", 9),
            ("http://[::1]:8080", "::1", 8080),
        ])
        func aURLGivesHostAndPort(url: String, host: String, port: Int) throws {
            let server = try RemoteLoadServer(url: url, processID: 42)
            #expect(server.host == host)
            #expect(server.port == port)
            #expect(server.processID == 42)
            #expect(!server.canRestart)
        }

        @Test(arguments: [
            "127.0.0.1:8080", "https://127.0.0.1:8080", "http://127.0.0.1", "http://127.0.0.1:0", "http://:8080",
            "http://127.0.0.1:8080/events", "http://127.0.0.1:99999",
        ])
        func otherURLsAreRefused(url: String) {
            #expect(throws: LoadError.self) { try RemoteLoadServer(url: url) }
        }

        @Test func aRemoteServerWithoutAProcessMeasuresNothingAndCannotRestart() async {
            let server = RemoteLoadServer(host: "127.0.0.1", port: 8080)
            #expect(server.residentBytes() == nil)
            #expect(server.cpuSeconds() == nil)
            await #expect(throws: LoadError.self) { try await server.stop() }
            await #expect(throws: LoadError.self) { try await server.start() }
        }
    }
#endif
