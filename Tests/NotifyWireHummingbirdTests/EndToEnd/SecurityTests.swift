#if Hummingbird
    import Foundation
    import NotifyWireCore
    import NotifyWireJSON
    import NotifyWireTestSupport
    import Testing

    extension EndToEndTests {
        /// Recipient scoping and JWT authentication against `notifywire serve`, with real clients.
        @Suite struct SecurityTests {
            @Test func aSubscriberForANeverSeesBOnAnyTransport() async throws {
                try await ServeProcess.with { server in
                    let forA = TestNotifications.random(count: 3, recipient: "A", seed: 51)
                    let forB = TestNotifications.random(count: 3, recipient: "B", seed: 52)
                    let interleaved = [forB[0], forA[0], forB[1], forA[1], forB[2], forA[2]]
                    let sse = try await PythonClient.run(
                        "serve_sse.py", ["live", "--url", server.url, "--recipient", "A", "--codec", "protobuf"],
                        input: try TestNotifications.jsonLines(interleaved))
                    let ws = try await PythonClient.run(
                        "serve_ws.py",
                        ["live", "--url", server.url, "--recipient", "A", "--offer", "notifywire.v1.msgpack"],
                        input: try TestNotifications.jsonLines(interleaved))
                    for report in [sse, ws] {
                        let received = try TestNotifications.decodeEvents(report["events"])
                        #expect(received.map(\.recipientID) == ["A", "A", "A"])
                        #expect(received.map(\.id) == forA.map(\.id))
                    }
                    let poll = try await ServeResponse.get(
                        server.url + "/notifications?recipient=A&limit=100", headers: ["Accept": "application/json"])
                    let batch = try JSONCodec().decodeBatch(from: poll.body)
                    #expect(!batch.notifications.isEmpty)
                    #expect(batch.notifications.allSatisfy { $0.recipientID == "A" })
                }
            }

            /// A short secret (under SHA-256's 32 bytes, which jwt-kit asserts on in debug builds) and a long one.
            @Test(arguments: ["s3cret", "e2e-secret-\(UInt64.random(in: 0...UInt64.max))-longer-than-32-bytes"])
            func withAJWTSecretEveryBadTokenIs401AndDeliversNothing(secret: String) async throws {
                try await ServeProcess.with(["--jwt-secret", secret, "--publish-token", "publish-me"]) { server in
                    #expect(server.log.lowercased().contains("unauthenticated") == false)
                    let report = try await PythonClient.run(
                        "serve_auth.py",
                        [
                            "--url", server.url, "--secret", secret, "--publish-token", "publish-me", "--recipient",
                            "A",
                            "--other", "B",
                        ])
                    let denied = try #require(report["denied"] as? [[String: Any]])
                    #expect(denied.count == 21, "3 routes × (no token + 3 bad tokens × header and query)")
                    for attempt in denied {
                        let what = attempt["what"] as? String ?? ""
                        let status = attempt["status"] as? Int
                        #expect(attempt["leaked"] as? Bool == false, "\(what)")
                        if what.hasPrefix("WebSocket") {
                            #expect(status != 101, "\(what): the upgrade must be refused")
                        }
                        #expect(status == 401, "\(what)")
                    }
                    let publishes = try #require(report["publish"] as? [[String: Any]])
                    for attempt in publishes { #expect(attempt["status"] as? Int == 401, "\(attempt["what"] ?? "")") }
                    #expect(report["goodStatus"] as? Int == 200, "a good token is accepted")
                    let stored = try TestNotifications.decodeBatch(report["goodPoll"]).notifications
                    #expect(stored.map(\.id) == ["secret"], "the refused publishes stored nothing")
                    let token = try #require(report["goodToken"] as? String)
                    let sse = try await PythonClient.run(
                        "serve_sse.py",
                        [
                            "live", "--url", server.url, "--recipient", "A", "--token", token, "--query-token",
                            "--publish-token", "publish-me",
                        ],
                        input: try TestNotifications.jsonLines([TestNotifications.simple("after-auth", recipient: "A")])
                    )
                    #expect(try TestNotifications.decodeEvents(sse["events"]).map(\.id) == ["after-auth"])
                    #expect(try await ServeResponse.get(server.url + "/health").status == 200, "/health stays open")
                    #expect(try await ServeResponse.get(server.url + "/metrics").status == 200, "/metrics stays open")
                }
            }

            @Test func withoutASecretTheServerSaysItIsUnauthenticated() async throws {
                try await ServeProcess.with { server in
                    let health = try await ServeResponse.get(server.url + "/health")
                    #expect(health.status == 200)
                    #expect(server.log.lowercased().contains("unauthenticated"))
                }
            }

            @Test func aSecretWithoutAPublishTokenIsAUsageError() async throws {
                let binary = try BuiltProducts.notifywire()
                let result = try await ChildProcess.run(
                    binary, arguments: ["serve", "--port", "0", "--jwt-secret", "s"], timeout: 30)
                #expect(result.status == 64)
            }
        }
    }
#endif
