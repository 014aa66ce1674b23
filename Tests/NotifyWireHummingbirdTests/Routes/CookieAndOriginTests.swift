#if Hummingbird
    import HTTPTypes
    import HummingbirdTesting
    import NotifyWire
    import NotifyWireHummingbird
    import NotifyWireTestSupport
    import Testing

    /// A JWT in a cookie, the `Origin` check that cookies make necessary, and CORS for the allowed origins.
    @Suite struct CookieAndOriginTests {
        static func configuration(allowedOrigins: [String] = [], cookie: String? = "nw_token")
            -> NotifyWireServerConfiguration
        {
            NotifyWireServerConfiguration(
                allowedOrigins: allowedOrigins,
                authentication: NotifyWireAuthentication(
                    jwtSecret: CredentialExpiryRouteTests.secret, publishToken: "publish-me", cookieName: cookie))
        }

        @Test func aJWTInTheCookieAuthenticates() async throws {
            let token = try await CredentialExpiryRouteTests.token(expiresIn: "300")
            try await RoutedServer.with(Self.configuration()) { server in
                let withCookie = try await server.get(
                    "/notifications?recipient=alice", headers: [.cookie: "theme=dark; nw_token=\(token)"])
                #expect(withCookie.status == .ok)
                let otherCookie = try await server.get(
                    "/notifications?recipient=alice", headers: [.cookie: "session=\(token)"])
                #expect(otherCookie.status == .unauthorized)
            }
            try await RoutedServer.with(Self.configuration(cookie: nil)) { server in
                let ignored = try await server.get(
                    "/notifications?recipient=alice", headers: [.cookie: "nw_token=\(token)"])
                #expect(ignored.status == .unauthorized, "no cookie authentication unless configured")
            }
        }

        /// HummingbirdTesting's router requests come from `localhost`.
        @Test func withACookieOnlyTheServersOwnOriginOrNoneIsAllowed() async throws {
            let token = try await CredentialExpiryRouteTests.token(expiresIn: "300")
            try await RoutedServer.with(Self.configuration()) { server in
                let cookie: HTTPFields = [.cookie: "nw_token=\(token)"]
                for (origin, status) in [
                    (nil, HTTPResponse.Status.ok), ("http://localhost", .ok), ("https://localhost", .ok),
                    ("http://evil.test", .forbidden), ("http://localhost:8080", .forbidden), ("null", .forbidden),
                ] as [(String?, HTTPResponse.Status)] {
                    var headers = cookie
                    if let origin { headers[.origin] = origin }
                    let response = try await server.get("/notifications?recipient=alice", headers: headers)
                    #expect(response.status == status, "Origin: \(origin ?? "none")")
                    #expect(response.headers[.accessControlAllowOrigin] == nil, "no CORS without allowed origins")
                }
                let refused = try await server.get("/events?recipient=alice", headers: [.origin: "http://evil.test"])
                #expect(refused.text == "the origin http://evil.test is not allowed\n")
            }
        }

        @Test func allowedOriginsGetCORSAndOthersAreRefused() async throws {
            let token = try await CredentialExpiryRouteTests.token(expiresIn: "300")
            try await RoutedServer.with(Self.configuration(allowedOrigins: ["http://app.test"])) { server in
                let preflight = try await server.client.executeRequest(
                    uri: "/notifications", method: .options,
                    headers: [
                        .origin: "http://app.test", .accessControlRequestMethod: "POST",
                        .accessControlRequestHeaders: "authorization, content-type",
                    ], body: nil)
                #expect(preflight.status == .noContent)
                #expect(preflight.headers[.accessControlAllowOrigin] == "http://app.test")
                #expect(preflight.headers[.accessControlAllowCredentials] == "true")
                #expect(preflight.headers[.accessControlAllowMethods]?.contains("POST") == true)
                #expect(preflight.headers[.accessControlAllowHeaders]?.lowercased().contains("authorization") == true)
                let poll = try await server.get(
                    "/notifications?recipient=alice",
                    headers: [.origin: "http://app.test", .cookie: "nw_token=\(token)"])
                #expect(poll.status == .ok)
                #expect(poll.headers[.accessControlAllowOrigin] == "http://app.test")
                #expect(poll.headers[.accessControlAllowCredentials] == "true")
                let foreignPreflight = try await server.client.executeRequest(
                    uri: "/notifications", method: .options,
                    headers: [.origin: "http://evil.test", .accessControlRequestMethod: "POST"], body: nil)
                #expect(foreignPreflight.status == .forbidden)
                #expect(foreignPreflight.headers[.accessControlAllowOrigin] == nil)
                let foreign = try await server.post(
                    "/notifications", text: #"{"id":"x","kind":"COMMENT","recipientId":"alice"}"#,
                    headers: [.origin: "http://evil.test", .authorization: "Bearer publish-me"])
                #expect(foreign.status == .forbidden)
                #expect(server.hub.storedCount == 0)
            }
        }

        /// Connects with `Origin: argv[2]` and prints `open`, or `status N` when refused.
        static let originClient = """
            import asyncio, sys, websockets
            async def main():
                try:
                    async with websockets.connect(sys.argv[1], origin=sys.argv[2]):
                        print("open")
                except websockets.InvalidStatus as refused:
                    print("status", refused.response.status_code)
            asyncio.run(main())
            """

        @Test func aCrossSiteWebSocketUpgradeIs403() async throws {
            let token = try await CredentialExpiryRouteTests.token(expiresIn: "300")
            try await InProcessServer.with(Self.configuration(allowedOrigins: ["http://app.test"])) { server in
                let wsURL = "ws://" + server.url.dropFirst("http://".count) + "/ws?recipient=alice"
                for (origin, expected) in [
                    ("http://evil.test", "status 403"), ("http://app.test", "open"),
                    (String(server.url), "open"),
                ] {
                    let output = try await ChildProcess.output(
                        of: PythonPeer.interpreter,
                        arguments: ["-c", Self.originClient, wsURL + "&access_token=\(token)", origin])
                    #expect(String(decoding: output, as: UTF8.self) == expected + "\n", "Origin: \(origin)")
                }
                try await server.waitUntil("the sessions ended") { server.hub.subscriberCount == 0 }
            }
        }

        /// The server never logs a token: not from `access_token`, not from the cookie.
        @Test func noTokenReachesTheLog() async throws {
            let token = try await CredentialExpiryRouteTests.token(expiresIn: "300")
            try await ServeProcess.with([
                "--jwt-secret", CredentialExpiryRouteTests.secret, "--publish-token", "publish-me", "--jwt-cookie",
                "nw_token",
            ]) { server in
                let viaQuery = try await CurlResponse.run([
                    "\(server.url)/notifications?recipient=alice&access_token=\(token)"
                ])
                #expect(viaQuery.status == 200)
                let viaCookie = try await CurlResponse.run([
                    "-H", "Cookie: nw_token=\(token)", "\(server.url)/notifications?recipient=alice",
                ])
                #expect(viaCookie.status == 200)
                let bad = try await CurlResponse.run([
                    "\(server.url)/notifications?recipient=alice&access_token=\(token)x"
                ])
                #expect(bad.status == 401)
                #expect(!server.log.isEmpty, "the server logs (its startup at least)")
                #expect(!server.log.contains(token.prefix(40)), "a token in the log:\n\(server.log)")
            }
        }
    }
#endif
