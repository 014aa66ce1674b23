#if Hummingbird
    import Foundation
    import HTTPTypes
    import HummingbirdTesting
    import NIOCore
    import NotifyWire
    import NotifyWireHummingbird
    import Testing

    /// `POST /notifications` and the open routes, routed in process.
    @Suite struct PublishRouteTests {
        static let alice = #"{"id":"n-1","kind":"COMMENT","recipientId":"alice","title":"hello","sequence":"42"}"#

        static func post(
            _ server: RoutedServer, body: String, contentType: String? = "application/json"
        ) async throws -> TestResponse {
            try await server.post("/notifications", text: body, contentType: contentType)
        }

        @Test func aJSONBodyIsStoredUnderTheNextSequenceAndAnsweredAsCanonicalJSON() async throws {
            try await RoutedServer.with { server in
                try await server.publish("earlier", to: "bob")
                let response = try await Self.post(server, body: Self.alice)
                #expect(response.status == 201)
                #expect(response.headers[.contentType] == "application/json")
                let stored = try JSONCodec().decodeNotification(from: response.body)
                #expect(
                    stored.sequence == 1,
                    "the server's sequence (alice's first; bob's log is his own) replaces the body's")
                #expect(stored.id == "n-1")
                #expect(server.hub.stored(for: "alice").last == stored)
            }
        }

        @Test func aBodyWithoutContentTypeIsJSON() async throws {
            try await RoutedServer.with { server in
                let response = try await Self.post(server, body: Self.alice, contentType: nil)
                #expect(response.status == 201)
                #expect(server.hub.storedCount == 1)
            }
        }

        @Test func aMessagePackBodyIsDecodedByItsContentType() async throws {
            try await RoutedServer.with { server in
                let notification = NotificationMessage(id: "m-1", kind: .mention, recipientID: "alice", title: "mp")
                let bytes = try MessagePackCodec().encodedBytes(notification)
                let response = try await server.post(
                    "/notifications", body: bytes, contentType: "application/vnd.msgpack")
                #expect(response.status == 201)
                let stored = try JSONCodec().decodeNotification(from: response.body)
                #expect(stored.id == "m-1")
                #expect(stored.sequence == 1)
            }
        }

        @Test func anUnknownContentTypeIs415() async throws {
            try await RoutedServer.with { server in
                let response = try await Self.post(server, body: Self.alice, contentType: "text/csv")
                #expect(response.status == 415)
                #expect(server.hub.storedCount == 0)
            }
        }

        @Test func aBadBodyIs400WithTheCodecErrorAndChangesNothing() async throws {
            try await RoutedServer.with { server in
                let response = try await Self.post(
                    server, body: #"{"id":"x","kind":"COMMENT","recipientId":"alice","title":"#,
                    contentType: "application/json")
                #expect(response.status == 400)
                #expect(response.headers[.contentType]?.hasPrefix("text/plain") == true)
                let expected = #"{"id":"x","kind":"COMMENT","recipientId":"alice","title":"#
                let error = #expect(throws: CodecError.self) {
                    try JSONCodec().decodeNotification(from: Array(expected.utf8))
                }
                #expect(response.text == (error?.description ?? "?") + "\n", "the body is the codec's own error")
                #expect(server.hub.storedCount == 0)
            }
        }

        @Test func anEmptyRecipientIs400() async throws {
            try await RoutedServer.with { server in
                let response = try await Self.post(
                    server, body: #"{"id":"x","kind":"COMMENT","recipientId":""}"#,
                    contentType: "application/json")
                #expect(response.status == 400)
                #expect(server.hub.storedCount == 0)
            }
        }

        /// U+0000 in a string is valid in every codec (issue #23: it was refused with 400 while the Protocol
        /// Buffers codec could not carry it); it is published and stored exactly.
        @Test func aNotificationHoldingNULIsPublished() async throws {
            try await RoutedServer.with { server in
                let body = #"{"id":"x","kind":"COMMENT","recipientId":"alice","title":"a\u0000b"}"#
                let response = try await Self.post(server, body: body)
                #expect(response.status == 201, "\(response.text)")
                #expect(server.hub.storedCount == 1)
                #expect(server.hub.stored(for: "alice").first?.title == "a\u{0}b")
            }
        }

        @Test func aBodyOverTheLimitIs413() async throws {
            try await RoutedServer.with(NotifyWireServerConfiguration(maxRequestBodyBytes: 64)) { server in
                let padded =
                    #"{"id":"x","kind":"COMMENT","recipientId":"alice","title":""#
                    + String(repeating: "a", count: 100) + #""}"#
                let response = try await Self.post(server, body: padded)
                #expect(response.status == 413)
                #expect(server.hub.storedCount == 0)
                let small = try await Self.post(
                    server, body: #"{"id":"x","kind":"COMMENT","recipientId":"a"}"#,
                    contentType: "application/json")
                #expect(small.status == 201)
            }
        }

        @Test func healthDemoPageAndMetricsAreServed() async throws {
            try await RoutedServer.with { server in
                let health = try await server.get("/health")
                #expect(health.status == 200)
                #expect(health.text == "ok\n")
                let page = try await server.get("/")
                #expect(page.status == 200)
                #expect(page.headers[.contentType] == "text/html; charset=utf-8")
                #expect(page.text == DemoPage.html)
                try await server.publish("a1", to: "alice")
                let metrics = try await server.get("/metrics")
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
