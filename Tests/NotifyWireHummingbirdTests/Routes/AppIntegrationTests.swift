#if Hummingbird
    import HTTPTypes
    import Hummingbird
    import HummingbirdTesting
    import NotifyWire
    import NotifyWireHummingbird
    import NotifyWireTestSupport
    import Synchronization
    import Testing

    /// What a user's app does with the routes: mount them under a prefix, replace the authentication with its
    /// own middleware, and see their refusals as thrown errors in its own middleware.
    @Suite struct AppIntegrationTests {
        static let notification = #"{"id":"n-1","kind":"COMMENT","recipientId":"alice","title":"hello"}"#

        /// A router of the app's own: its middleware first, then the routes at `mountPath`.
        static func withApp<T: Sendable>(
            mountPath: String, middleware: ErrorRecorder<AppRequestContext>? = nil, sessions: Bool = false,
            _ body: @Sendable (NotificationHub, any TestClientProtocol) async throws -> T
        ) async throws -> T {
            let hub = NotificationHub()
            let router = Router(context: AppRequestContext.self)
            if let middleware { router.add(middleware: middleware) }
            if !mountPath.isEmpty { router.get("/") { _, _ in "the app's own page" } }
            let routes =
                sessions
                ? NotifyWireRoutes(hub: hub, authenticator: AppSessionAuthenticator<AppRequestContext>())
                : NotifyWireRoutes(hub: hub)
            router.addRoutes(routes.collection, atPath: RouterPath(mountPath))
            return try await Application(router: router).test(.router) { client in try await body(hub, client) }
        }

        @Test func theRoutesServeBelowThePrefixTheyAreMountedAt() async throws {
            try await Self.withApp(mountPath: "/api/notify") { hub, client in
                let published = try await client.executeRequest(
                    uri: "/api/notify/notifications", method: .post, headers: [.contentType: "application/json"],
                    body: .init(string: Self.notification))
                #expect(published.status == .created)
                let poll = try await client.executeRequest(
                    uri: "/api/notify/notifications?recipient=alice", method: .get, headers: [:], body: nil)
                #expect(poll.status == .ok)
                #expect(try JSONCodec().decodeBatch(from: poll.body).notifications.map(\.id) == ["n-1"])
                let health = try await client.executeRequest(
                    uri: "/api/notify/health", method: .get, headers: [:], body: nil)
                #expect(String(buffer: health.body) == "ok\n")
                let page = try await client.executeRequest(uri: "/api/notify", method: .get, headers: [:], body: nil)
                #expect(String(buffer: page.body) == DemoPage.html, "the demo page at the mount path")
                for path in ["/health", "/notifications?recipient=alice", "/events?recipient=alice", "/ws"] {
                    let outside = try await client.executeRequest(uri: path, method: .get, headers: [:], body: nil)
                    #expect(outside.status == .notFound, "\(path) is not served outside the prefix")
                }
                let appPage = try await client.executeRequest(uri: "/", method: .get, headers: [:], body: nil)
                #expect(String(buffer: appPage.body) == "the app's own page")
                #expect(hub.storedCount == 1)
            }
        }

        @Test func anAppsOwnAuthenticatorReplacesTheJWTOne() async throws {
            try await Self.withApp(mountPath: "/n", sessions: true) { hub, client in
                let session = AppSessionAuthenticator<AppRequestContext>.header
                for (headers, status) in [
                    (HTTPFields(), HTTPResponse.Status.unauthorized), ([session: "bob"], .unauthorized),
                    ([session: "alice"], .created),
                ] as [(HTTPFields, HTTPResponse.Status)] {
                    let publish = try await client.executeRequest(
                        uri: "/n/notifications", method: .post,
                        headers: [session: "publisher", .contentType: "application/json"],
                        body: .init(string: Self.notification))
                    #expect(publish.status == .created, "the publisher session publishes")
                    let poll = try await client.executeRequest(
                        uri: "/n/notifications?recipient=alice", method: .get, headers: headers, body: nil)
                    #expect(poll.status == (status == .created ? .ok : status), "\(headers)")
                }
                let subscriber = try await client.executeRequest(
                    uri: "/n/notifications", method: .post,
                    headers: [session: "alice", .contentType: "application/json"],
                    body: .init(string: Self.notification))
                #expect(subscriber.status == .unauthorized, "a subscriber session may not publish")
                let viaQuery = try await client.executeRequest(
                    uri: "/n/notifications?recipient=alice&session=alice", method: .get, headers: [:], body: nil)
                #expect(viaQuery.status == .ok)
                #expect(hub.storedCount == 3)
            }
        }

        @Test func refusalsAreThrownThroughTheAppsMiddleware() async throws {
            let recorder = ErrorRecorder<AppRequestContext>()
            try await Self.withApp(mountPath: "", middleware: recorder) { hub, client in
                let bad = try await client.executeRequest(
                    uri: "/notifications", method: .post, headers: [.contentType: "application/json"],
                    body: .init(string: #"{"id":"#))
                #expect(bad.status == .badRequest)
                #expect(bad.headers[.contentType] == "text/plain; charset=utf-8")
                #expect(String(buffer: bad.body).hasPrefix("JSON decode error at byte "))
                let unsupported = try await client.executeRequest(
                    uri: "/notifications", method: .post, headers: [.contentType: "text/csv"], body: .init(string: "x"))
                #expect(unsupported.status == .unsupportedMediaType)
                let noRecipient = try await client.executeRequest(uri: "/events", method: .get, headers: [:], body: nil)
                #expect(noRecipient.status == .badRequest)
                let notUpgraded = try await client.executeRequest(
                    uri: "/ws?recipient=alice", method: .get, headers: [:], body: nil)
                #expect(notUpgraded.status == .upgradeRequired)
                #expect(notUpgraded.headers[.upgrade] == "websocket")
                let badAfter = try await client.executeRequest(
                    uri: "/ws?recipient=alice&after=%2B5", method: .get, headers: [:], body: nil)
                #expect(badAfter.status == .badRequest, "after follows the one decimal rule")
                #expect(
                    recorder.seen == [.badRequest, .unsupportedMediaType, .badRequest, .upgradeRequired, .badRequest],
                    "every refusal reached the app's middleware as a thrown HTTPResponseError")
                #expect(hub.storedCount == 0)
            }
        }
    }

    /// An app's middleware that records the status of every `HTTPResponseError` thrown past it, and rethrows.
    final class ErrorRecorder<Context: RequestContext>: RouterMiddleware, Sendable {
        private let statuses = Mutex<[HTTPResponse.Status]>([])

        var seen: [HTTPResponse.Status] { statuses.withLock { $0 } }

        func handle(
            _ request: Request, context: Context, next: (Request, Context) async throws -> Response
        ) async throws -> Response {
            do {
                return try await next(request, context)
            } catch let error as any HTTPResponseError {
                statuses.withLock { $0.append(error.status) }
                throw error
            }
        }
    }
#endif
