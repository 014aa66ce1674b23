#if Hummingbird
    import Foundation
    import NotifyWire
    import NotifyWireHummingbird
    import Testing

    /// `POST /notifications` against the real application in-process, through curl.
    @Suite struct PublishRouteTests {
        static let alice = #"{"id":"n-1","kind":"COMMENT","recipientId":"alice","title":"hello","sequence":"42"}"#

        static func post(_ server: InProcessServer, body: String, headers: [String] = []) async throws -> CurlResponse {
            try await CurlResponse.run(
                ["-X", "POST", "--data-binary", body] + headers.flatMap { ["-H", $0] }
                    + ["\(server.url)/notifications"])
        }

        @Test func aJSONBodyIsStoredUnderTheNextSequenceAndReturnedAsCanonicalJSON() async throws {
            try await InProcessServer.with { server in
                server.publish("earlier", to: "bob")
                let response = try await Self.post(
                    server, body: Self.alice, headers: ["Content-Type: application/json"])
                #expect(response.status == 201)
                #expect(response.header("Content-Type") == "application/json")
                let stored = try JSONCodec().decodeNotification(from: response.body)
                #expect(stored.sequence == 2, "the server's sequence replaces the body's")
                #expect(stored.id == "n-1")
                #expect(server.hub.log.retainedEntries.last?.payload == stored)
            }
        }

        @Test func aBodyWithoutContentTypeIsJSON() async throws {
            try await InProcessServer.with { server in
                // curl sends a form content type with --data-binary unless told otherwise; an empty header removes it.
                let response = try await Self.post(server, body: Self.alice, headers: ["Content-Type:"])
                #expect(response.status == 201)
                #expect(server.hub.log.count == 1)
            }
        }

        @Test func aMessagePackBodyIsDecodedByItsContentType() async throws {
            try await InProcessServer.with { server in
                let notification = NotificationMessage(id: "m-1", kind: .mention, recipientID: "alice", title: "mp")
                let bytes = try MessagePackCodec().encodedBytes(notification)
                let file = FileManager.default.temporaryDirectory.appendingPathComponent("notifywire-\(UUID()).msgpack")
                try Data(bytes).write(to: file)
                defer { try? FileManager.default.removeItem(at: file) }
                let response = try await CurlResponse.run([
                    "-X", "POST", "--data-binary", "@\(file.path)", "-H", "Content-Type: application/vnd.msgpack",
                    "\(server.url)/notifications",
                ])
                #expect(response.status == 201)
                let stored = try JSONCodec().decodeNotification(from: response.body)
                #expect(stored.id == "m-1")
                #expect(stored.sequence == 1)
            }
        }

        @Test func anUnknownContentTypeIs415() async throws {
            try await InProcessServer.with { server in
                let response = try await Self.post(server, body: Self.alice, headers: ["Content-Type: text/csv"])
                #expect(response.status == 415)
                #expect(server.hub.log.count == 0)
            }
        }

        @Test func aBadBodyIs400WithTheCodecErrorAndChangesNothing() async throws {
            try await InProcessServer.with { server in
                let response = try await Self.post(
                    server, body: #"{"id":"x","kind":"COMMENT","recipientId":"alice","title":"#,
                    headers: ["Content-Type: application/json"])
                #expect(response.status == 400)
                #expect(response.header("Content-Type")?.hasPrefix("text/plain") == true)
                let expected = #"{"id":"x","kind":"COMMENT","recipientId":"alice","title":"#
                let error = #expect(throws: CodecError.self) {
                    try JSONCodec().decodeNotification(from: Array(expected.utf8))
                }
                #expect(response.text == (error?.description ?? "?") + "\n", "the body is the codec's own error")
                #expect(server.hub.log.count == 0)
            }
        }

        @Test func anEmptyRecipientIs400() async throws {
            try await InProcessServer.with { server in
                let response = try await Self.post(
                    server, body: #"{"id":"x","kind":"COMMENT","recipientId":""}"#,
                    headers: ["Content-Type: application/json"])
                #expect(response.status == 400)
                #expect(server.hub.log.count == 0)
            }
        }

        @Test func aNotificationThatACodecCannotCarryIs400AndStoresNothing() async throws {
            try await InProcessServer.with { server in
                // Valid JSON, but protobuf-c cannot carry U+0000 in a string: protobuf subscribers would fail on it.
                let body = #"{"id":"x","kind":"COMMENT","recipientId":"alice","title":"a\u0000b"}"#
                let response = try await Self.post(server, body: body, headers: ["Content-Type: application/json"])
                #expect(response.status == 400)
                #expect(response.text.contains("protobuf"), "the response names the codec: \(response.text)")
                #expect(server.hub.log.count == 0)
            }
        }

        @Test func aBodyOverTheLimitIs413() async throws {
            try await InProcessServer.with(NotifyWireServerConfiguration(maxRequestBodyBytes: 64)) { server in
                let padded =
                    #"{"id":"x","kind":"COMMENT","recipientId":"alice","title":""#
                    + String(repeating: "a", count: 100) + #""}"#
                let response = try await Self.post(server, body: padded, headers: ["Content-Type: application/json"])
                #expect(response.status == 413)
                #expect(server.hub.log.count == 0)
                let small = try await Self.post(
                    server, body: #"{"id":"x","kind":"COMMENT","recipientId":"a"}"#,
                    headers: ["Content-Type: application/json"])
                #expect(small.status == 201)
            }
        }

        @Test func healthDemoPageAndMetricsAreServed() async throws {
            try await InProcessServer.with { server in
                let health = try await CurlResponse.run(["\(server.url)/health"])
                #expect(health.status == 200)
                #expect(health.text == "ok\n")
                let page = try await CurlResponse.run(["\(server.url)/"])
                #expect(page.status == 200)
                #expect(page.header("Content-Type") == "text/html; charset=utf-8")
                #expect(page.text == DemoPage.html)
                server.publish("a1", to: "alice")
                let metrics = try await CurlResponse.run(["\(server.url)/metrics"])
                #expect(metrics.status == 200)
                for name in [
                    "notifywire_connections{transport=\"sse\",codec=\"json\"}",
                    "notifywire_connections{transport=\"longpoll\",codec=\"protobuf\"}",
                    "notifywire_notifications_published_total 1",
                    "notifywire_notifications_delivered_total{transport=\"ws\",codec=\"msgpack\"}",
                    "notifywire_slow_consumers_dropped_total{transport=\"sse\"}",
                    "notifywire_resumes_total{transport=\"ws\"}",
                    "notifywire_publish_to_write_seconds_bucket",
                ] {
                    #expect(metrics.text.contains(name), "missing \(name)")
                }
            }
        }
    }
#endif
