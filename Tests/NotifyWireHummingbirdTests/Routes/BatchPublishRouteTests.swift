#if Hummingbird
    import Foundation
    import HTTPTypes
    import HummingbirdTesting
    import NotifyWire
    import NotifyWireHummingbird
    import Testing

    /// `POST /notifications/batch`, routed in process.
    @Suite struct BatchPublishRouteTests {
        static func post(_ server: RoutedServer, body: String) async throws -> TestResponse {
            try await server.post("/notifications/batch", text: body)
        }

        static func batch(_ notifications: [NotificationMessage]) throws -> String {
            String(
                decoding: try JSONCodec().encodedBytes(NotificationBatch(notifications: notifications)), as: UTF8.self)
        }

        @Test func aBatchIsPublishedInOrderUnderConsecutiveSequences() async throws {
            try await RoutedServer.with { server in
                _ = try await server.publish("earlier", to: "bob")
                let notifications = (0..<5).map { index in
                    NotificationMessage(
                        id: "b-\(index)", kind: .comment, recipientID: index % 2 == 0 ? "alice" : "carol",
                        title: "t\(index)")
                }
                let response = try await Self.post(server, body: try Self.batch(notifications))
                #expect(response.status == 201)
                #expect(response.headers[.contentType] == "application/json")
                let summary = try #require(
                    try JSONSerialization.jsonObject(with: Data(response.text.utf8)) as? [String: Int])
                // Sequences are per recipient: bob's "earlier" is his 1; alice gets 1, 2, 3 and carol 1, 2.
                #expect(summary == ["published": 5, "firstSequence": 1, "lastSequence": 3])
                let alices = server.hub.stored(for: "alice")
                #expect(alices.map(\.id) == notifications.filter { $0.recipientID == "alice" }.map(\.id))
                #expect(alices.map(\.sequence) == [1, 2, 3])
                #expect(server.hub.stored(for: "carol").map(\.sequence) == [1, 2])
                #expect(server.hub.stored(for: "bob").map(\.id) == ["earlier"])
            }
        }

        @Test func aBatchWithOneBadNotificationIs400AndPublishesNone() async throws {
            try await RoutedServer.with { server in
                let good = NotificationMessage(id: "g", kind: .comment, recipientID: "alice", title: "ok")
                var noRecipient = good
                noRecipient.recipientID = ""
                let response = try await Self.post(server, body: try Self.batch([good, noRecipient]))
                #expect(response.status == 400)
                #expect(response.text.contains("notifications[1]"), "the response says which one: \(response.text)")
                let second = try await Self.post(server, body: try Self.batch([good, good, noRecipient]))
                #expect(second.status == 400)
                #expect(second.text.contains("notifications[2]"), "\(second.text)")
                #expect(server.hub.storedCount == 0)
                // U+0000 is carried by every codec (issue #23): such a batch is published, all of it.
                var holdingNUL = good
                holdingNUL.title = "a\u{0}b"
                let third = try await Self.post(server, body: try Self.batch([good, good, holdingNUL]))
                #expect(third.status == 201, "\(third.text)")
                #expect(server.hub.stored(for: "alice").map(\.title) == ["ok", "ok", "a\u{0}b"])
            }
        }

        @Test func anEmptyOrMalformedBatchIs400() async throws {
            try await RoutedServer.with { server in
                let empty = try await Self.post(server, body: #"{"notifications":[]}"#)
                #expect(empty.status == 400)
                #expect(empty.text.contains("no notification"))
                let malformed = try await Self.post(server, body: #"{"notifications":[{"id":"#)
                #expect(malformed.status == 400)
                #expect(server.hub.storedCount == 0)
            }
        }
    }
#endif
