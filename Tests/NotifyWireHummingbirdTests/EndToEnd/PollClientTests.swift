#if Hummingbird
    import Foundation
    import NotifyWireCore
    import Testing

    extension EndToEndTests {
        /// Polls and long-polls against `notifywire serve`: Python's `http.client` (`Tests/Python/serve_poll.py`)
        /// with every codec by `Accept`, decoded with the independent peers; `If-None-Match` revalidation.
        @Suite struct PollClientTests {
            static let mediaTypes = [
                "json": "application/json", "msgpack": "application/vnd.msgpack", "protobuf": "application/protobuf",
            ]

            @Test func everyCodecByAcceptAndNotModifiedOnRevalidation() async throws {
                try await ServeProcess.with { server in
                    let mine = TestNotifications.random(count: 5, recipient: "poller", seed: 41)
                    let other = TestNotifications.simple("other", recipient: "not-poller")
                    let report = try await PythonClient.run(
                        "serve_poll.py", ["codecs", "--url", server.url, "--recipient", "poller"],
                        input: try TestNotifications.jsonLines([mine[0], other] + mine[1...]))
                    // The other recipient's notification takes none of poller's sequences.
                    let expected = TestNotifications.stored(mine, from: 1)
                    for (codec, mediaType) in Self.mediaTypes {
                        let response = try #require(report[codec] as? [String: Any], "no response for \(codec)")
                        #expect(response["status"] as? Int == 200)
                        #expect((response["contentType"] as? String)?.hasPrefix(mediaType) == true, "\(codec)")
                        #expect((response["etag"] as? String)?.isEmpty == false)
                        #expect(response["revalidated"] as? Int == 304, "If-None-Match with the ETag of \(codec)")
                        let batch = try TestNotifications.decodeBatch(response["batch"])
                        #expect(batch.notifications == expected, "\(codec)")
                        #expect(batch.cursor == "5")
                    }
                }
            }

            @Test func aHeldLongPollReturnsWithinASecondOfAPublish() async throws {
                try await ServeProcess.with { server in
                    let notification = TestNotifications.simple("awaited", recipient: "waiter")
                    let report = try await PythonClient.run(
                        "serve_poll.py", ["longpoll", "--url", server.url, "--recipient", "waiter"],
                        input: try TestNotifications.jsonLines([notification]))
                    #expect(
                        report["heldBeforePublish"] as? Bool == true,
                        "the long-poll answered before anything was published"
                    )
                    #expect(report["status"] as? Int == 200)
                    let seconds = try #require(report["secondsAfterPublish"] as? Double)
                    #expect(seconds < 1.0, "the issue's bound: a held long-poll returns within a second of a publish")
                    let batch = try TestNotifications.decodeBatch(report["batch"])
                    #expect(batch.notifications.map(\.id) == ["awaited"])
                }
            }

            @Test func pollStatusCodesOfTheContract() async throws {
                try await ServeProcess.with { server in
                    try await server.publish(TestNotifications.simple("p-1", recipient: "codes"))
                    let base = server.url + "/notifications?recipient=codes"
                    #expect(try await ServeResponse.get(base + "&cursor=abc").status == 400)
                    #expect(try await ServeResponse.get(base, headers: ["Accept": "text/csv"]).status == 406)
                    #expect(try await ServeResponse.get(base + "&cursor=99").status == 410)
                    let first = try await ServeResponse.get(base, headers: ["Accept": "application/json"])
                    #expect(first.status == 200)
                    let etag = try #require(first.headers["etag"])
                    #expect(
                        try await ServeResponse.get(
                            base, headers: ["Accept": "application/json", "If-None-Match": etag]
                        )
                        .status
                            == 304)
                }
            }
        }
    }
#endif
