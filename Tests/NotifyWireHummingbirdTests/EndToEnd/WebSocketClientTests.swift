#if Hummingbird
    import NotifyWireCore
    import Testing

    extension EndToEndTests {
        /// Python's `websockets` client (`Tests/Python/serve_ws.py`) against `notifywire serve`: the subprotocol
        /// picks the codec, pushes are decoded with the independent peers.
        @Suite struct WebSocketClientTests {
            /// What the client offers, and the subprotocol the server must answer (none: JSON, no header).
            static let offers: [(offered: [String], chosen: String?)] = [
                (["notifywire.v1.json"], "notifywire.v1.json"),
                (["notifywire.v1.msgpack"], "notifywire.v1.msgpack"),
                (["notifywire.v1.protobuf"], "notifywire.v1.protobuf"),
                (["chat.v2", "notifywire.v1.protobuf", "notifywire.v1.json"], "notifywire.v1.protobuf"),
                (["chat.v2"], nil),
                ([], nil),
            ]

            @Test(arguments: offers.indices)
            func eachSubprotocolGetsItsCodecAndOnlyItsRecipient(index: Int) async throws {
                let (offered, chosen) = Self.offers[index]
                try await ServeProcess.with { server in
                    let recipient = "ws-\(index)"
                    let mine = TestNotifications.random(count: 6, recipient: recipient, seed: 31)
                    let other = TestNotifications.random(count: 3, recipient: "not-\(recipient)", seed: 32)
                    let published = [
                        mine[0], other[0], mine[1], mine[2], other[1], mine[3], mine[4], other[2], mine[5],
                    ]
                    var arguments = ["live", "--url", server.url, "--recipient", recipient]
                    for name in offered { arguments += ["--offer", name] }
                    let report = try await PythonClient.run(
                        "serve_ws.py", arguments, input: try TestNotifications.jsonLines(published))
                    #expect(report["subprotocol"] as? String == chosen)
                    let expectedCodec = chosen.map { String($0.dropFirst("notifywire.v1.".count)) } ?? "json"
                    #expect(report["codec"] as? String == expectedCodec)
                    let events = try #require(report["events"] as? [[String: Any]])
                    let kinds = Set(events.compactMap { $0["type"] as? String })
                    #expect(kinds == [expectedCodec == "json" ? "text" : "binary"])
                    let received = try TestNotifications.decodeEvents(report["events"])
                    let stored = try TestNotifications.decodeList(report["published"])
                    let expected = stored.filter { $0.recipientID == recipient }
                    #expect(expected.map(\.id) == mine.map(\.id))
                    #expect(received == expected)
                }
            }

            @Test func afterReplaysFromTheLogFirst() async throws {
                try await ServeProcess.with { server in
                    let stored = try await server.publish(
                        (1...4).map { TestNotifications.simple("r-\($0)", recipient: "replay") })
                    let report = try await PythonClient.run(
                        "serve_ws.py",
                        [
                            "live", "--url", server.url, "--recipient", "replay", "--after", "2", "--offer",
                            "notifywire.v1.msgpack",
                        ])
                    #expect(try TestNotifications.decodeEvents(report["events"]) == Array(stored[2...]))
                    #expect(try await server.metrics().sum("notifywire_resumes_total", label: "transport=\"ws\"") >= 1)
                }
            }

            @Test func theServerPingsAtTheConfiguredInterval() async throws {
                try await ServeProcess.with(["--ws-ping-seconds", "1"]) { server in
                    let report = try await PythonClient.run(
                        "serve_ws.py", ["ping", "--url", server.url, "--recipient", "idle", "--timeout", "20"])
                    #expect(report["status"] as? Int == 101)
                    #expect((report["opcodes"] as? [Int])?.last == 9, "a ping frame arrived on an idle connection")
                }
            }

            @Test func aClientDataFrameIsAnsweredWithClose1008() async throws {
                try await ServeProcess.with { server in
                    let report = try await PythonClient.run(
                        "serve_ws.py",
                        ["push-only", "--url", server.url, "--recipient", "talker", "--offer", "notifywire.v1.json"])
                    #expect(report["closeCode"] as? Int == 1008)
                    #expect(report["subprotocol"] as? String == "notifywire.v1.json")
                }
            }
        }
    }
#endif
