#if Hummingbird
    import Foundation
    import NotifyWireCore
    import NotifyWireJSON
    import Testing

    extension EndToEndTests {
        /// Real SSE clients against `notifywire serve`: curl, and the Python client of `Tests/Python/serve_sse.py`
        /// (own socket, own event-stream parser) decoding every codec with the independent peers.
        @Suite struct ServerSentEventsTests {
            static let codecs = ["json", "msgpack", "protobuf"]

            @Test func curlReadsTheStreamAsItArrives() async throws {
                try await ServeProcess.with { server in
                    let curl = try ChildProcess(
                        "curl",
                        arguments: ["-N", "-s", "--max-time", "30", server.url + "/events?recipient=curl&codec=json"])
                    try await curl.output("the retry field", timeout: 15) { Self.text($0).contains("retry: ") }
                    let stored = try await server.publish(
                        ["c-1", "c-2"].map { TestNotifications.simple($0, recipient: "curl") })
                    let output = try await curl.output("two events", timeout: 15) {
                        Self.events(in: Self.text($0)).count >= 2
                    }
                    curl.send(SIGTERM)
                    #expect(Self.text(output).contains("retry: 3000\n"))
                    let events = Self.events(in: Self.text(output))
                    #expect(events.map(\.id) == stored.map { String($0.sequence) })
                    let received = try events.map { try JSONCodec().decodeNotification(from: Array($0.data.utf8)) }
                    #expect(received == stored)
                    #expect(stored.map(\.sequence) == [1, 2], "the server numbers notifications 1, 2, 3, …")
                }
            }

            @Test(arguments: codecs) func pythonReadsEveryCodecAndOnlyItsRecipient(codec: String) async throws {
                try await ServeProcess.with { server in
                    let mine = TestNotifications.random(count: 8, recipient: "sse-\(codec)", seed: 11)
                    let others = TestNotifications.random(count: 4, recipient: "someone-else", seed: 12)
                    var published = mine
                    for (index, other) in others.enumerated() { published.insert(other, at: index * 2 + 1) }
                    let report = try await PythonClient.run(
                        "serve_sse.py", ["live", "--url", server.url, "--recipient", "sse-\(codec)", "--codec", codec],
                        input: try TestNotifications.jsonLines(published))
                    #expect(report["status"] as? Int == 200)
                    let headers = try #require(report["headers"] as? [String: Any])
                    #expect(headers["content-type"] as? String == "text/event-stream")
                    #expect(headers["cache-control"] as? String == "no-cache")
                    #expect(headers["x-accel-buffering"] as? String == "no")
                    #expect(report["retry"] as? Int == 3000)
                    let stored = try TestNotifications.decodeList(report["published"])
                    let expected = stored.filter { $0.recipientID == "sse-\(codec)" }
                    #expect(expected.map(\.sequence) == Array(1...UInt64(mine.count)), "each recipient's own sequences")
                    #expect(stored.filter { $0.recipientID == "someone-else" }.map(\.sequence) == [1, 2, 3, 4])
                    #expect(expected.count == mine.count)
                    let received = try TestNotifications.decodeEvents(report["events"])
                    #expect(received == expected)
                    let metrics = try await server.metrics()
                    #expect(
                        metrics.sum("notifywire_notifications_published_total") == Double(published.count + 1),
                        "every notification and the client's end marker")
                    #expect(
                        metrics.sum(
                            "notifywire_notifications_delivered_total", label: "transport=\"sse\",codec=\"\(codec)\"")
                            >= Double(mine.count))
                    let ids = (report["events"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }
                    #expect(ids == expected.map { String($0.sequence) })
                    for (original, stored) in zip(mine, expected) {
                        var numbered = original
                        numbered.sequence = stored.sequence
                        #expect(numbered == stored, "the server stores what was published, with its sequence")
                    }
                }
            }

            @Test(arguments: codecs, [false, true])
            func reconnectingYieldsExactlyWhatWasPublishedMeanwhile(codec: String, idInQuery: Bool) async throws {
                try await ServeProcess.with { server in
                    let recipient = "resume-\(codec)"
                    let notifications = TestNotifications.random(count: 10, recipient: recipient, seed: 21)
                    let stored = TestNotifications.stored(notifications, from: 1)
                    var arguments = ["resume", "--url", server.url, "--recipient", recipient, "--codec", codec]
                    if idInQuery { arguments.append("--query-id") }
                    let report = try await PythonClient.run(
                        "serve_sse.py", arguments, input: try TestNotifications.jsonLines(notifications))
                    #expect(report["resumedFrom"] as? String == "5")
                    #expect(try TestNotifications.decodeEvents(report["first"]) == Array(stored[..<5]))
                    #expect(try TestNotifications.decodeEvents(report["second"]) == Array(stored[5...]))
                    #expect(try await server.metrics().sum("notifywire_resumes_total", label: "transport=\"sse\"") >= 1)
                }
            }

            @Test func anIDOlderThanTheLogGetsTheResyncResponseThenLiveTraffic() async throws {
                try await ServeProcess.with(["--replay-count", "2"]) { server in
                    for index in 1...5 {
                        try await server.publish(TestNotifications.simple("old-\(index)", recipient: "resync"))
                    }
                    let report = try await PythonClient.run(
                        "serve_sse.py",
                        [
                            "resync", "--url", server.url, "--recipient", "resync", "--codec", "json",
                            "--last-event-id",
                            "1",
                        ],
                        input: try TestNotifications.jsonLines([TestNotifications.simple("new", recipient: "resync")]))
                    let first = try #require(report["first"] as? [String: Any])
                    #expect(first["event"] as? String == "resync")
                    let data = try #require((first["data"] as? String)?.data(using: .utf8))
                    let resync = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
                    #expect(resync["reason"] as? String == "too-old")
                    let live = try #require(report["live"] as? [String: Any])
                    #expect(live["id"] as? String == "6")
                    #expect(try TestNotifications.decode(live["notification"]).id == "new")
                }
            }

            @Test func heartbeatsComeAtTheConfiguredInterval() async throws {
                try await ServeProcess.with(["--heartbeat-seconds", "1"]) { server in
                    let curl = try ChildProcess(
                        "curl", arguments: ["-N", "-s", "--max-time", "20", server.url + "/events?recipient=quiet"])
                    let output = try await curl.output("a heartbeat comment", timeout: 15) {
                        Self.text($0).split(separator: "\n").contains { $0.hasPrefix(":") }
                    }
                    curl.send(SIGTERM)
                    #expect(Self.events(in: Self.text(output)).isEmpty, "comments only: nothing was published")
                }
            }

            @Test func anUnknownLastEventIDIsTreatedAsANewSubscriber() async throws {
                try await ServeProcess.with { server in
                    try await server.publish(TestNotifications.simple("before", recipient: "fresh"))
                    let curl = try ChildProcess(
                        "curl",
                        arguments: [
                            "-N", "-s", "--max-time", "30", "-H", "Last-Event-ID: not-a-sequence",
                            server.url + "/events?recipient=fresh",
                        ])
                    try await curl.output("the retry field", timeout: 15) { Self.text($0).contains("retry: ") }
                    let stored = try await server.publish(TestNotifications.simple("after", recipient: "fresh"))
                    let output = try await curl.output("one event", timeout: 15) {
                        !Self.events(in: Self.text($0)).isEmpty
                    }
                    curl.send(SIGTERM)
                    #expect(Self.events(in: Self.text(output)).map(\.id) == [String(stored.sequence)])
                }
            }

            @Test func sigtermClosesOpenStreamsAndExitsCleanly() async throws {
                let server = try await ServeProcess.start()
                let stream = try ChildProcess(
                    "curl", arguments: ["-N", "-s", "--max-time", "60", server.url + "/events?recipient=open"])
                let poll = try ChildProcess(
                    "curl", arguments: ["-s", "--max-time", "60", server.url + "/notifications?recipient=open&wait=30"])
                try await stream.output("the retry field", timeout: 15) { Self.text($0).contains("retry: ") }
                try await Task.sleep(for: .milliseconds(200))  // lets the long-poll arrive (it answers nothing yet)
                #expect(try await server.stop(), "exit status 0 on SIGTERM with streams open")
                #expect(try await stream.exit(timeout: 10) == 0, "the SSE stream ended cleanly, not by curl's timeout")
                #expect(try await poll.exit(timeout: 10) != 28, "the held long-poll did not wait for its timeout")
            }

            @Test func badRequestsGetAResponseNotAStream() async throws {
                try await ServeProcess.with { server in
                    #expect(try await ServeResponse.get(server.url + "/events?recipient=a&codec=xml").status == 400)
                    #expect(try await ServeResponse.get(server.url + "/events?codec=json").status == 400)
                    let page = try await ServeResponse.get(server.url + "/")
                    #expect(page.status == 200)
                    #expect(page.headers["content-type"] == "text/html; charset=utf-8")
                    #expect(page.text.contains("new EventSource(") && page.text.contains("new WebSocket("))
                    #expect(
                        !page.text.contains("src=\"http") && !page.text.contains("href=\"http"), "no external assets")
                    let health = try await ServeResponse.get(server.url + "/health")
                    #expect(health.status == 200 && health.text.hasPrefix("ok"))
                }
            }

            static func text(_ bytes: [UInt8]) -> String { String(decoding: bytes, as: UTF8.self) }

            /// The (id, data) of each complete event carrying data in an LF-only event stream.
            static func events(in stream: String) -> [(id: String, data: String)] {
                var events: [(id: String, data: String)] = []
                var blocks = stream.components(separatedBy: "\n\n")
                blocks.removeLast()  // incomplete (or empty) after the last blank line
                for block in blocks {
                    var id = ""
                    var data: [String] = []
                    for line in block.split(separator: "\n", omittingEmptySubsequences: false) {
                        if line.hasPrefix("id: ") { id = String(line.dropFirst(4)) }
                        if line.hasPrefix("data: ") { data.append(String(line.dropFirst(6))) }
                    }
                    if !data.isEmpty { events.append((id, data.joined(separator: "\n"))) }
                }
                return events
            }
        }
    }
#endif
