#if Hummingbird
    import HTTPTypes
    import HummingbirdTesting
    import NotifyWire
    import NotifyWireHummingbird
    import NotifyWireTestSupport
    import Testing

    /// Subscribe and publish routes of an authenticated server: HS256 JWTs minted by Python's standard library
    /// (an independent implementation), `sub` = recipient, `exp` not passed; a fixed publish token.
    @Suite struct AuthenticationRouteTests {
        static let secret = "route-test-secret"
        static let authentication = NotifyWireAuthentication(jwtSecret: secret, publishToken: "publish-me")

        static let minter = """
            import base64, hashlib, hmac, json, sys, time
            def part(value): return base64.urlsafe_b64encode(value).rstrip(b"=").decode()
            secret, sub, offset = sys.argv[1], sys.argv[2], int(sys.argv[3])
            head = part(json.dumps({"alg": "HS256", "typ": "JWT"}).encode())
            body = part(json.dumps({"sub": sub, "exp": int(time.time()) + offset}).encode())
            mac = hmac.new(secret.encode(), (head + "." + body).encode(), hashlib.sha256).digest()
            print(head + "." + body + "." + part(mac))
            """

        /// A token for `sub` signed with `secret`, expiring `offset` seconds from now (negative: expired).
        static func token(sub: String, secret: String = secret, offset: Int = 300) async throws -> String {
            let output = try await ChildProcess.output(
                of: PythonPeer.interpreter, arguments: ["-c", minter, secret, sub, String(offset)])
            return String(decoding: output, as: UTF8.self).split(separator: "\n").first.map(String.init) ?? ""
        }

        @Test func everyBadTokenIs401AndLeaksNothing() async throws {
            let good = try await Self.token(sub: "alice")
            let refused = [
                ("none", [String]()),
                ("expired", ["-H", "Authorization: Bearer \(try await Self.token(sub: "alice", offset: -120))"]),
                ("other recipient", ["-H", "Authorization: Bearer \(try await Self.token(sub: "bob"))"]),
                (
                    "other secret",
                    ["-H", "Authorization: Bearer \(try await Self.token(sub: "alice", secret: "nope"))"]
                ),
                ("garbage", ["-H", "Authorization: Bearer not.a.jwt"]),
            ]
            try await InProcessServer.with(NotifyWireServerConfiguration(authentication: Self.authentication)) {
                server in
                try await server.publish("a1", to: "alice")
                for (name, headers) in refused {
                    for path in [
                        "/events?recipient=alice&lastEventId=0", "/notifications?recipient=alice",
                        "/ws?recipient=alice",
                    ] {
                        let answer = try await CurlResponse.run(headers + ["\(server.url)\(path)"])
                        #expect(answer.status == 401, "\(name) on \(path)")
                        #expect(!answer.text.contains("a1"), "\(name) on \(path) leaked a notification")
                    }
                }
                let upgrade = [
                    "-H", "Upgrade: websocket", "-H", "Connection: Upgrade", "-H", "Sec-WebSocket-Version: 13",
                    "-H", "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==",
                ]
                for (name, headers) in refused {
                    let answer = try await CurlResponse.run(
                        upgrade + headers + ["\(server.url)/ws?recipient=alice&after=0"])
                    #expect(answer.status == 401, "\(name) on a WebSocket upgrade")
                    #expect(answer.header("WWW-Authenticate") == "Bearer")
                }
                let withoutRecipient = try await CurlResponse.run(upgrade + ["\(server.url)/ws"])
                #expect(withoutRecipient.status == 400)
                let poll = try await CurlResponse.run([
                    "-H", "Authorization: Bearer \(good)", "\(server.url)/notifications?recipient=alice",
                ])
                #expect(poll.status == 200)
                #expect(try JSONCodec().decodeBatch(from: poll.body).notifications.map(\.id) == ["a1"])
                let viaQuery = try await CurlResponse.run([
                    "\(server.url)/notifications?recipient=alice&access_token=\(good)"
                ])
                #expect(viaQuery.status == 200)
                #expect(server.hub.subscriberCount == 0)
            }
        }

        @Test func publishingNeedsThePublishToken() async throws {
            try await RoutedServer.with(NotifyWireServerConfiguration(authentication: Self.authentication)) { server in
                let body = #"{"id":"p1","kind":"COMMENT","recipientId":"alice"}"#
                let subscriberToken = try await Self.token(sub: "alice")
                for authorization in [nil, "Bearer wrong", "publish-me", "Bearer \(subscriberToken)"] {
                    var headers = HTTPFields()
                    if let authorization { headers[.authorization] = authorization }
                    let response = try await server.post("/notifications", text: body, headers: headers)
                    #expect(response.status == .unauthorized, "\(authorization ?? "no token")")
                    #expect(response.headers[.wwwAuthenticate] == "Bearer")
                }
                let viaQuery = try await server.post("/notifications?access_token=publish-me", text: body)
                #expect(viaQuery.status == .unauthorized, "the publish token is taken from the header only")
                #expect(server.hub.storedCount == 0)
                for scheme in ["Bearer", "bearer"] {
                    let accepted = try await server.post(
                        "/notifications", text: body, headers: [.authorization: "\(scheme) publish-me"])
                    #expect(accepted.status == .created)
                }
                #expect(server.hub.storedCount == 2)
            }
        }

        @Test func openRoutesNeedNoToken() async throws {
            try await RoutedServer.with(NotifyWireServerConfiguration(authentication: Self.authentication)) { server in
                for path in ["/", "/health", "/metrics"] {
                    let response = try await server.get(path)
                    #expect(response.status == .ok, "\(path)")
                }
            }
        }
    }
#endif
