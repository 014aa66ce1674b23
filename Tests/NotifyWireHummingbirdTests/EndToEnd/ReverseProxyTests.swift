#if Hummingbird
    import Foundation
    import NotifyWireCore
    import NotifyWireJSON
    import Testing

    extension EndToEndTests {
        /// README's nginx configuration (``ReverseProxy``) in front of `notifywire serve`: every transport works
        /// through it as it does without, and nothing waits in nginx's buffers.
        @Suite struct ReverseProxyTests {
            /// Turns the same-origin check on (a foreign origin is allowed besides the server's own), so that the
            /// `Host` nginx passes on is tested: the page's own origin must still be its own.
            static let originCheck = ["--allowed-origin", "https://elsewhere.example"]

            typealias SSE = ServerSentEventsTests

            /// What follows the response head of `curl -i` output (all of it while the head is incomplete).
            static func body(_ output: [UInt8]) -> String {
                let text = SSE.text(output)
                guard let end = text.range(of: "\r\n\r\n") else { return "" }
                return String(text[end.upperBound...])
            }

            /// A `curl -N -i` through `proxy` that stays open (`--max-time 30`).
            static func stream(_ path: String, through proxy: ReverseProxy, _ options: [String]) throws -> ChildProcess
            {
                try ChildProcess(
                    "curl",
                    arguments: ["-N", "-s", "-i", "--max-time", "30"] + proxy.curlOptions + options + [proxy.url + path]
                )
            }

            @Test(arguments: ["--http1.1", "--http2"])
            func anSSEEventArrivesWithinTwoSecondsOfItsPublish(version: String) async throws {
                try await ReverseProxy.with(Self.originCheck) { server, proxy in
                    let recipient = "proxied-sse"
                    let curl = try Self.stream(
                        "/events?recipient=\(recipient)&codec=json", through: proxy,
                        [version, "-H", "Origin: \(proxy.url)"])
                    defer { curl.send(SIGTERM) }
                    try await curl.output("the retry field", timeout: 15) { Self.body($0).contains("retry: ") }
                    let head = SSE.text(curl.outputBytes)
                    let statusLine = version == "--http2" ? "HTTP/2 200" : "HTTP/1.1 200"
                    #expect(head.hasPrefix(statusLine), "the page's own origin is its own: \(head.prefix(200))")
                    let started = ContinuousClock.now
                    let stored = try await proxy.publish(
                        TestNotifications.simple("through-nginx", recipient: recipient))
                    let output = try await curl.output("the event", timeout: 15) {
                        !SSE.events(in: Self.body($0)).isEmpty
                    }
                    let elapsed = ContinuousClock.now - started
                    #expect(elapsed < .seconds(2), "the event arrived \(elapsed) after its publish began")
                    let events = SSE.events(in: Self.body(output))
                    #expect(events.map(\.id) == [String(stored.sequence)])
                    #expect(
                        try events.map { try JSONCodec().decodeNotification(from: Array($0.data.utf8)) } == [stored])
                    let foreign = try await ServeResponse.get(
                        proxy.url + "/events?recipient=\(recipient)", headers: ["Origin": "https://foreign.example"],
                        options: proxy.curlOptions + [version])
                    #expect(foreign.status == 403, "a foreign page is refused through the proxy too")
                    #expect(try await server.metrics().sum("notifywire_notifications_published_total") == 1)
                }
            }

            @Test(arguments: ["notifywire.v1.json", "notifywire.v1.msgpack", "notifywire.v1.protobuf"])
            func aWebSocketSessionGetsItsSubprotocolsCodec(subprotocol: String) async throws {
                try await ReverseProxy.with { _, proxy in
                    let recipient = "proxied-ws"
                    let mine = TestNotifications.random(count: 4, recipient: recipient, seed: 41)
                    let other = TestNotifications.random(count: 2, recipient: "not-\(recipient)", seed: 42)
                    let report = try await PythonClient.run(
                        "serve_ws.py", ["live", "--url", proxy.url, "--recipient", recipient, "--offer", subprotocol],
                        input: try TestNotifications.jsonLines([mine[0], other[0], mine[1], mine[2], other[1], mine[3]]
                        ),
                        environment: ["SSL_CERT_FILE": proxy.certificateFile.path])
                    #expect(report["subprotocol"] as? String == subprotocol)
                    let stored = try TestNotifications.decodeList(report["published"])
                    let expected = stored.filter { $0.recipientID == recipient }
                    #expect(expected.map(\.id) == mine.map(\.id))
                    #expect(try TestNotifications.decodeEvents(report["events"]) == expected)
                }
            }

            @Test func aHeldLongPollIsAnsweredWhenItsNotificationIsPublished() async throws {
                try await ReverseProxy.with { _, proxy in
                    let recipient = "proxied-poll"
                    let poll = try Self.stream(
                        "/notifications?recipient=\(recipient)&cursor=0&wait=20", through: proxy,
                        ["-H", "Accept: application/json"])
                    try await Task.sleep(for: .seconds(1))
                    #expect(!poll.exitedNormally, "the long-poll is held while there is nothing after its cursor")
                    let started = ContinuousClock.now
                    let stored = try await proxy.publish(TestNotifications.simple("held", recipient: recipient))
                    let status = try await poll.exit(timeout: 15)
                    let elapsed = ContinuousClock.now - started
                    #expect(status == 0)
                    #expect(elapsed < .seconds(2), "the held poll was answered \(elapsed) after the publish began")
                    let response = try ServeResponse.parse(poll.outputBytes)
                    #expect(response.status == 200)
                    #expect(try JSONCodec().decodeBatch(from: response.body).notifications == [stored])
                }
            }

            /// Over HTTP/1.1 too: nginx 1.22 hands a buffered answer on at once to an HTTP/2 client, so only the
            /// HTTP/1.1 cases show an SSE stream held in its buffers (seen with `proxy_ignore_headers X-Accel-Buffering`).
            @Test(arguments: ["--http1.1", "--http2"])
            func lastEventIDResumesAfterItsSequence(version: String) async throws {
                try await ReverseProxy.with { _, proxy in
                    let recipient = "proxied-resume"
                    var stored: [NotificationMessage] = []
                    for index in 1...3 {
                        stored.append(
                            try await proxy.publish(TestNotifications.simple("resume-\(index)", recipient: recipient)))
                    }
                    let curl = try Self.stream(
                        "/events?recipient=\(recipient)&codec=json", through: proxy,
                        [version, "-H", "Last-Event-ID: 1"])
                    defer { curl.send(SIGTERM) }
                    let output = try await curl.output("two events", timeout: 15) {
                        SSE.events(in: Self.body($0)).count >= 2
                    }
                    let events = SSE.events(in: Self.body(output))
                    #expect(events.map(\.id) == ["2", "3"])
                    let received = try events.map { try JSONCodec().decodeNotification(from: Array($0.data.utf8)) }
                    #expect(received == Array(stored[1...]))
                }
            }

            @Test func plainHTTPIsRedirectedToHTTPS() async throws {
                try await ReverseProxy.with { _, proxy in
                    let response = try await ServeResponse.get(proxy.plainURL + "/events?recipient=plain")
                    #expect(response.status == 301)
                    #expect(response.headers["location"] == "https://127.0.0.1/events?recipient=plain")
                }
            }
        }
    }
#endif
