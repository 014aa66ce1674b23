#if Hummingbird
    import Foundation
    import HTTPTypes
    import HummingbirdTesting
    import NotifyWire
    import NotifyWireHummingbird
    import NotifyWireTestSupport
    import Testing

    /// A credential's expiry ends the access it gave, on every transport, against the real server with real
    /// clients (curl, Python's `websockets`); HS256 JWTs minted by Python's standard library.
    @Suite struct CredentialExpiryRouteTests {
        static let secret = "expiry-test-secret"

        /// Mints a JWT for `argv[2]` signed with `argv[1]`, expiring `argv[3]` seconds from now (`none`: no `exp`).
        static let minter = """
            import base64, hashlib, hmac, json, sys, time
            def part(value): return base64.urlsafe_b64encode(value).rstrip(b"=").decode()
            secret, sub, expiry = sys.argv[1], sys.argv[2], sys.argv[3]
            claims = {"sub": sub} if expiry == "none" else {"sub": sub, "exp": int(time.time()) + int(expiry)}
            head = part(json.dumps({"alg": "HS256", "typ": "JWT"}).encode())
            body = part(json.dumps(claims).encode())
            mac = hmac.new(secret.encode(), (head + "." + body).encode(), hashlib.sha256).digest()
            print(head + "." + body + "." + part(mac))
            """

        static func token(sub: String = "alice", expiresIn expiry: String) async throws -> String {
            let output = try await ChildProcess.output(
                of: PythonPeer.interpreter, arguments: ["-c", minter, secret, sub, expiry])
            return String(decoding: output, as: UTF8.self).split(separator: "\n").first.map(String.init) ?? ""
        }

        /// No leeway: the access ends at `exp` itself (with the default 30 s it would end 30 s later).
        static func configuration(
            allowsTokensWithoutExpiry: Bool = false, maximumTokenLifetime: Duration? = nil
        ) -> NotifyWireServerConfiguration {
            NotifyWireServerConfiguration(
                heartbeatInterval: .seconds(1),
                authentication: NotifyWireAuthentication(
                    jwtSecret: secret, publishToken: "publish-me", leeway: .zero,
                    allowsTokensWithoutExpiry: allowsTokensWithoutExpiry, maximumTokenLifetime: maximumTokenLifetime))
        }

        /// Tokens expire 8 s after they are minted (whole seconds: 7 to 8 s), long enough for a client started on a
        /// loaded machine to connect before. Each client allows 25 s: past the expiry with room for a slow
        /// machine, and still before the default 30 s leeway would end the access (the configuration has none).
        static let lifetime = "8"

        /// With 1 s heartbeats the stream ends at the token's expiry: curl's 25 s limit fails the test otherwise
        /// (exit 28).
        @Test func anSSEStreamEndsWithAuthExpiredAndAFreshTokenResumesWithoutLoss() async throws {
            try await InProcessServer.with(Self.configuration()) { server in
                try await server.publish("a1", to: "alice")
                let token = try await Self.token(expiresIn: Self.lifetime)
                let first = try await ChildProcess.run(
                    "curl",
                    arguments: [
                        "-s", "-N", "--max-time", "25", "-H", "Authorization: Bearer \(token)",
                        "\(server.url)/events?recipient=alice&lastEventId=0",
                    ], timeout: 30)
                let stream = String(decoding: first.output, as: UTF8.self)
                #expect(first.status == 0, "the server ended the stream (curl exit 28: it stayed open)\n\(stream)")
                #expect(stream.contains("id: 1\n"))
                let expired = try #require(stream.range(of: "event: auth-expired\ndata: "))
                #expect(stream[expired.upperBound...].hasPrefix(#"{"reason":"token-expired","expiredAt":"#))
                try await server.publish("a2", to: "alice")
                let fresh = try await Self.token(expiresIn: "300")
                let second = try await ChildProcess.run(
                    "curl",
                    arguments: [
                        "-s", "-N", "--max-time", "2", "-H", "Authorization: Bearer \(fresh)", "-H", "Last-Event-ID: 1",
                        "\(server.url)/events?recipient=alice",
                    ], timeout: 30)
                let resumed = String(decoding: second.output, as: UTF8.self)
                #expect(resumed.contains("id: 2\n") && !resumed.contains("id: 1\n"), "\(resumed)")
                #expect(!resumed.contains("auth-expired"))
            }
        }

        /// Prints the first message, then the close code the server sent.
        static let webSocketClient = """
            import asyncio, sys, websockets
            async def main():
                async with websockets.connect(sys.argv[1]) as ws:
                    print(await asyncio.wait_for(ws.recv(), 15))
                    try:
                        await asyncio.wait_for(ws.recv(), 25)
                        print("close none")
                    except websockets.ConnectionClosed as closed:
                        print("close", closed.rcvd.code if closed.rcvd else None, closed.rcvd.reason if closed.rcvd else "")
            asyncio.run(main())
            """

        @Test func aWebSocketClosesWith4001() async throws {
            try await InProcessServer.with(Self.configuration()) { server in
                try await server.publish("a1", to: "alice")
                let token = try await Self.token(expiresIn: Self.lifetime)
                let wsURL = "ws://" + server.url.dropFirst("http://".count)
                let url = "\(wsURL)/ws?recipient=alice&after=0&access_token=\(token)"
                let output = try await ChildProcess.output(
                    of: PythonPeer.interpreter, arguments: ["-c", Self.webSocketClient, url])
                let lines = String(decoding: output, as: UTF8.self).split(separator: "\n").map(String.init)
                #expect(lines.first?.hasPrefix(#"{"id":"a1""#) == true, "\(lines)")
                #expect(lines.last == "close 4001 token expired", "closed within 25 s of the first message: \(lines)")
                try await server.waitUntil("the session ended") { server.hub.subscriberCount == 0 }
            }
        }

        @Test func aHeldLongPollIsAnswered401WhenItsTokenExpires() async throws {
            try await InProcessServer.with(Self.configuration()) { server in
                let token = try await Self.token(expiresIn: Self.lifetime)
                let response = try await CurlResponse.run([
                    "--max-time", "25", "-H", "Authorization: Bearer \(token)",
                    "\(server.url)/notifications?recipient=alice&wait=30",
                ])
                #expect(response.status == 401, "answered at expiry, not after the 30 s wait")
                #expect(response.text.hasPrefix("the token expired"))
                #expect(response.header("WWW-Authenticate") == #"Bearer error="invalid_token""#)
            }
        }

        @Test func tokensWithoutExpiryAreRefusedUnlessAllowed() async throws {
            let token = try await Self.token(expiresIn: "none")
            for allowed in [false, true] {
                try await RoutedServer.with(Self.configuration(allowsTokensWithoutExpiry: allowed)) { server in
                    let poll = try await server.get(
                        "/notifications?recipient=alice", headers: [.authorization: "Bearer \(token)"])
                    #expect(poll.status == (allowed ? .ok : .unauthorized), "allowed: \(allowed)")
                }
            }
        }

        @Test func tokensBeyondTheMaximumLifetimeAreRefused() async throws {
            // Lifetimes far from the limit both ways, so that a loaded test run does not see the short one expire.
            let (short, long) = (try await Self.token(expiresIn: "600"), try await Self.token(expiresIn: "7200"))
            try await RoutedServer.with(Self.configuration(maximumTokenLifetime: .seconds(1800))) { server in
                for (token, status) in [(short, HTTPResponse.Status.ok), (long, .unauthorized)] {
                    let poll = try await server.get(
                        "/notifications?recipient=alice", headers: [.authorization: "Bearer \(token)"])
                    #expect(poll.status == status)
                }
            }
        }
    }
#endif
