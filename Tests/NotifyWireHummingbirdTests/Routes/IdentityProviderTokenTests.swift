#if Hummingbird
    import Foundation
    import HTTPTypes
    import HummingbirdTesting
    import NotifyWire
    import NotifyWireHummingbird
    import NotifyWireTestSupport
    import Testing

    /// JWTs from an identity provider: RS256 and ES256 against a JWKS file, `iss`, `aud`, `nbf`, the leeway and
    /// the publish claim. Keys and tokens are made by Python's `cryptography` (an independent implementation).
    @Suite struct IdentityProviderTokenTests {
        /// `argv[1]`: JSON `[[name, alg, kid, claims], …]` (`exp`, `nbf` as offsets from now; a name starting
        /// with `forged` is signed by a key that is not in the set). Prints `{"jwks": …, "tokens": {name: jwt}}`.
        static let provider = """
            import base64, json, sys, time
            from cryptography.hazmat.primitives import hashes
            from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa, utils
            def b64(data): return base64.urlsafe_b64encode(data).rstrip(b"=").decode()
            def be(number, length=None): return number.to_bytes(length or (number.bit_length() + 7) // 8, "big")
            rsa_key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
            ec_key = ec.generate_private_key(ec.SECP256R1())
            forger = {"RS256": rsa.generate_private_key(public_exponent=65537, key_size=2048),
                      "ES256": ec.generate_private_key(ec.SECP256R1())}
            rn, en = rsa_key.public_key().public_numbers(), ec_key.public_key().public_numbers()
            jwks = {"keys": [
                {"kty": "RSA", "kid": "rsa-1", "alg": "RS256", "use": "sig", "n": b64(be(rn.n)), "e": b64(be(rn.e))},
                {"kty": "EC", "kid": "ec-1", "alg": "ES256", "use": "sig", "crv": "P-256",
                 "x": b64(be(en.x, 32)), "y": b64(be(en.y, 32))}]}
            def sign(alg, kid, claims, key):
                head = b64(json.dumps({"alg": alg, "typ": "JWT", "kid": kid}).encode())
                body = b64(json.dumps(claims).encode())
                message = (head + "." + body).encode()
                if alg == "RS256":
                    signature = key.sign(message, padding.PKCS1v15(), hashes.SHA256())
                else:
                    r, s = utils.decode_dss_signature(key.sign(message, ec.ECDSA(hashes.SHA256())))
                    signature = be(r, 32) + be(s, 32)
                return head + "." + body + "." + b64(signature)
            now, tokens = int(time.time()), {}
            for name, alg, kid, claims in json.loads(sys.argv[1]):
                claims = {k: (now + v if k in ("exp", "nbf") else v) for k, v in claims.items()}
                key = forger[alg] if name.startswith("forged") else (rsa_key if alg == "RS256" else ec_key)
                tokens[name] = sign(alg, kid, claims, key)
            print(json.dumps({"jwks": jwks, "tokens": tokens}))
            """

        struct Provider: Decodable {
            let jwks: [String: [[String: String]]]
            let tokens: [String: String]
        }

        /// A new provider's key set, written to a temporary file, and its tokens for `specification`.
        static func provider(_ specification: String) async throws -> (file: URL, tokens: [String: String]) {
            let output = try await ChildProcess.output(
                of: PythonPeer.interpreter, arguments: ["-c", provider, specification])
            let made = try JSONDecoder().decode(Provider.self, from: Data(output))
            let file = FileManager.default.temporaryDirectory.appendingPathComponent("notifywire-jwks-\(UUID()).json")
            try JSONEncoder().encode(made.jwks).write(to: file)
            return (file, made.tokens)
        }

        /// A leeway of 300 s (not the default 30): the times below are minutes apart, so that a busy machine
        /// taking seconds between minting and checking changes no verdict.
        static func configuration(
            _ jwks: NotifyWireJWKS, issuer: String? = nil, audience: String? = nil
        ) -> NotifyWireServerConfiguration {
            NotifyWireServerConfiguration(
                authentication: NotifyWireAuthentication(
                    jwtSecret: nil, publishToken: nil, jwks: jwks, issuer: issuer, audience: audience,
                    leeway: .seconds(300)))
        }

        static func poll(_ server: RoutedServer, _ token: String?) async throws -> HTTPResponse.Status {
            var headers = HTTPFields()
            if let token { headers[.authorization] = "Bearer \(token)" }
            return try await server.get("/notifications?recipient=alice", headers: headers).status
        }

        @Test func rs256AndES256TokensAreVerifiedAgainstTheKeySet() async throws {
            let (file, tokens) = try await Self.provider(
                #"""
                [["rsa", "RS256", "rsa-1", {"sub": "alice", "exp": 300}],
                 ["ec", "ES256", "ec-1", {"sub": "alice", "exp": 300}],
                 ["forged-rsa", "RS256", "rsa-1", {"sub": "alice", "exp": 300}],
                 ["forged-ec", "ES256", "ec-1", {"sub": "alice", "exp": 300}],
                 ["unknown-kid", "RS256", "rsa-9", {"sub": "alice", "exp": 300}],
                 ["other-recipient", "ES256", "ec-1", {"sub": "bob", "exp": 300}]]
                """#)
            defer { try? FileManager.default.removeItem(at: file) }
            let jwks = try await NotifyWireJWKS(path: file.path)
            try await RoutedServer.with(Self.configuration(jwks)) { server in
                for (name, status) in [
                    ("rsa", HTTPResponse.Status.ok), ("ec", .ok), ("forged-rsa", .unauthorized),
                    ("forged-ec", .unauthorized), ("unknown-kid", .unauthorized), ("other-recipient", .unauthorized),
                ] {
                    let polled = try await Self.poll(server, tokens[name])
                    #expect(polled == status, "\(name)")
                }
            }
        }

        @Test func issuerAudienceNotBeforeAndTheLeewayAreChecked() async throws {
            let (file, tokens) = try await Self.provider(
                #"""
                [["good", "RS256", "rsa-1", {"sub": "alice", "exp": 300, "iss": "https://idp.test", "aud": "nw"}],
                 ["audience-list", "ES256", "ec-1",
                  {"sub": "alice", "exp": 300, "iss": "https://idp.test", "aud": ["other", "nw"]}],
                 ["wrong-issuer", "RS256", "rsa-1", {"sub": "alice", "exp": 300, "iss": "https://evil", "aud": "nw"}],
                 ["no-issuer", "RS256", "rsa-1", {"sub": "alice", "exp": 300, "aud": "nw"}],
                 ["wrong-audience", "RS256", "rsa-1",
                  {"sub": "alice", "exp": 300, "iss": "https://idp.test", "aud": "other"}],
                 ["no-audience", "RS256", "rsa-1", {"sub": "alice", "exp": 300, "iss": "https://idp.test"}],
                 ["not-yet", "RS256", "rsa-1",
                  {"sub": "alice", "exp": 3600, "nbf": 900, "iss": "https://idp.test", "aud": "nw"}],
                 ["nbf-within-leeway", "RS256", "rsa-1",
                  {"sub": "alice", "exp": 3600, "nbf": 60, "iss": "https://idp.test", "aud": "nw"}],
                 ["expired-within-leeway", "RS256", "rsa-1",
                  {"sub": "alice", "exp": -60, "iss": "https://idp.test", "aud": "nw"}],
                 ["expired", "RS256", "rsa-1", {"sub": "alice", "exp": -900, "iss": "https://idp.test", "aud": "nw"}]]
                """#)
            defer { try? FileManager.default.removeItem(at: file) }
            let jwks = try await NotifyWireJWKS(path: file.path)
            try await RoutedServer.with(Self.configuration(jwks, issuer: "https://idp.test", audience: "nw")) {
                server in
                for (name, status) in [
                    ("good", HTTPResponse.Status.ok), ("audience-list", .ok), ("wrong-issuer", .unauthorized),
                    ("no-issuer", .unauthorized), ("wrong-audience", .unauthorized), ("no-audience", .unauthorized),
                    ("not-yet", .unauthorized), ("nbf-within-leeway", .ok), ("expired-within-leeway", .ok),
                    ("expired", .unauthorized),
                ] {
                    let polled = try await Self.poll(server, tokens[name])
                    #expect(polled == status, "\(name)")
                }
            }
        }

        @Test func aJWTWithThePublishClaimPublishes() async throws {
            let (file, tokens) = try await Self.provider(
                #"""
                [["publisher", "ES256", "ec-1", {"publish": true, "exp": 300}],
                 ["subscriber", "ES256", "ec-1", {"sub": "alice", "exp": 300}],
                 ["publish-false", "RS256", "rsa-1", {"sub": "alice", "publish": false, "exp": 300}]]
                """#)
            defer { try? FileManager.default.removeItem(at: file) }
            let jwks = try await NotifyWireJWKS(path: file.path)
            try await RoutedServer.with(Self.configuration(jwks)) { server in
                let body = #"{"id":"p1","kind":"COMMENT","recipientId":"alice"}"#
                for (name, status) in [
                    ("publisher", HTTPResponse.Status.created), ("subscriber", .unauthorized),
                    ("publish-false", .unauthorized),
                ] {
                    let token = try #require(tokens[name])
                    let response = try await server.post(
                        "/notifications", text: body, headers: [.authorization: "Bearer \(token)"])
                    #expect(response.status == status, "\(name)")
                }
                let publisherPoll = try await Self.poll(server, tokens["publisher"])
                #expect(publisherPoll == .unauthorized, "no sub: no subscription")
                #expect(server.hub.storedCount == 1)
            }
        }

        /// Waits (30 s at most) until the server's log holds `line`.
        static func waitForLog(_ server: ServeProcess, _ line: String) async throws {
            let clock = ContinuousClock()
            let deadline = clock.now + .seconds(30)
            while !server.log.contains(line) {
                guard clock.now < deadline else {
                    Issue.record("the server never logged \(line.debugDescription): \(server.log.suffix(2000))")
                    return
                }
                try await Task.sleep(for: .milliseconds(50))
            }
        }

        /// Key rotation: the server reads the file again on SIGHUP; tokens of the old keys stop working, the new
        /// keys' start, and a broken file keeps the keys in force.
        @Test func sighupReloadsTheKeySet() async throws {
            let spec = #"[["token", "ES256", "ec-1", {"sub": "alice", "exp": 300}]]"#
            let (file, old) = try await Self.provider(spec)
            defer { try? FileManager.default.removeItem(at: file) }
            try await ServeProcess.with(["--jwks", file.path]) { server in
                let oldToken = try #require(old["token"])
                let before = try await CurlResponse.run([
                    "-H", "Authorization: Bearer \(oldToken)", "\(server.url)/notifications?recipient=alice",
                ])
                #expect(before.status == 200)
                let (newFile, new) = try await Self.provider(spec)
                defer { try? FileManager.default.removeItem(at: newFile) }
                try FileManager.default.removeItem(at: file)
                try FileManager.default.copyItem(at: newFile, to: file)
                kill(server.pid, SIGHUP)
                // The server says when it has read the file (30 s at most on a loaded machine); no fixed sleep.
                try await Self.waitForLog(server, "reloaded the JSON Web Key Set")
                let newToken = try #require(new["token"])
                var statuses: (old: Int, new: Int) = (0, 0)
                statuses.new = try await CurlResponse.run([
                    "-H", "Authorization: Bearer \(newToken)", "\(server.url)/notifications?recipient=alice",
                ]).status
                statuses.old = try await CurlResponse.run([
                    "-H", "Authorization: Bearer \(oldToken)", "\(server.url)/notifications?recipient=alice",
                ]).status
                #expect(statuses.new == 200 && statuses.old == 401, "\(statuses)")
                try Data("not a key set".utf8).write(to: file)
                kill(server.pid, SIGHUP)
                try await Self.waitForLog(server, "could not be reloaded")
                let kept = try await CurlResponse.run([
                    "-H", "Authorization: Bearer \(newToken)", "\(server.url)/notifications?recipient=alice",
                ])
                #expect(kept.status == 200, "a broken file keeps the keys in force")
            }
        }
    }
#endif
