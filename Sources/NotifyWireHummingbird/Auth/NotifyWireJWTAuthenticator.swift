#if Hummingbird
    public import Hummingbird
    public import HummingbirdAuth
    import HTTPTypes
    import Foundation
    import JWTKit
    import Synchronization

    /// The authenticator middleware of ``NotifyWireAuthentication``: sets the request context's
    /// ``NotifyWireRequestContext/identity`` from the request's bearer token (`Authorization: Bearer …`, else the
    /// `access_token` query parameter, which browsers' `EventSource` and `WebSocket` need, else the cookie
    /// ``NotifyWireAuthentication/cookieName``).
    ///
    /// The publish token (in the `Authorization` header only) gives ``NotifyWireIdentity/publisher``. A JWT,
    /// HS256 with the secret or RS256/ES256 with a key of the ``NotifyWireJWKS`` its `kid` names, whose times and
    /// claims pass (``NotifyWireAuthentication``), gives an identity that may subscribe to its `sub` and, with
    /// `"publish": true`, publish, until its `exp` (plus the leeway). Anything else leaves the identity unset, and
    /// the routes that need one answer 401. Replace it with your own `RouterMiddleware` (see
    /// ``NotifyWireRoutes/init(hub:authenticator:)``) to use your app's sessions.
    public struct NotifyWireJWTAuthenticator<Context: NotifyWireRequestContext>: AuthenticatorMiddleware {
        /// The identity this middleware sets.
        public typealias Identity = NotifyWireIdentity

        private let verifier: Verifier

        /// Creates the middleware for `authentication`.
        public init(authentication: NotifyWireAuthentication) {
            self.verifier = Verifier(authentication: authentication)
        }

        /// The identity `request`'s bearer token proves, or `nil`.
        public func authenticate(request: Request, context: Context) async throws -> NotifyWireIdentity? {
            guard let token = BearerToken(request, cookieName: verifier.authentication.cookieName) else { return nil }
            if token.source == .authorizationHeader, verifier.isPublishToken(token.value) { return .publisher }
            return await verifier.identity(of: token.value)
        }
    }

    /// A request's bearer token and where it was found.
    struct BearerToken {
        enum Source { case authorizationHeader, queryParameter, cookie }

        var value: String
        var source: Source

        /// `Authorization: Bearer …` (scheme case-insensitive, RFC 7235), else the `access_token` query parameter,
        /// else the cookie `cookieName`; `nil` when none is there, or the `Authorization` header has another scheme.
        init?(_ request: Request, cookieName: String? = nil) {
            if let header = request.headers[.authorization] {
                let parts = header.split(separator: " ", maxSplits: 1)
                guard parts.count == 2, parts[0].lowercased() == "bearer" else { return nil }
                (value, source) = (String(parts[1]), .authorizationHeader)
            } else if let parameter = request.uri.queryParameters.get("access_token") {
                (value, source) = (parameter, .queryParameter)
            } else if let cookieName, let cookie = request.cookies[cookieName] {
                (value, source) = (cookie.value, .cookie)
            } else {
                return nil
            }
        }
    }

    /// The JWT keys and the publish token of one ``NotifyWireAuthentication``, shared by every copy of the
    /// middleware.
    private final class Verifier: Sendable {
        let authentication: NotifyWireAuthentication
        /// The keys, and the JWKS text they were made from (rebuilt when the JWKS is reloaded).
        private let keys = Mutex<(collection: JWTKeyCollection, jwks: String?)?>(nil)

        init(authentication: NotifyWireAuthentication) {
            self.authentication = authentication
        }

        /// The key collection: the HMAC secret as the default key, the JWKS keys by `kid`.
        private func collection() async -> JWTKeyCollection? {
            let jwks = authentication.jwks?.current
            if let built = keys.withLock({ $0 }), built.jwks == jwks { return built.collection }
            let collection = JWTKeyCollection()
            if let secret = authentication.jwtSecret {
                await collection.add(hmac: HMACKey(from: Self.paddedSecret(secret)), digestAlgorithm: .sha256)
            }
            // Never a default key from the set (jwt-kit would make the first one the default): a token whose `kid`
            // is not in the set is refused, not verified with some other key. Checked when the JWKS was read; a
            // key set that fails here leaves only the secret.
            if let jwks, let set = try? JSONDecoder().decode(JWKS.self, from: Data(jwks.utf8)) {
                for key in set.keys { _ = try? await collection.add(jwk: key, isDefault: false) }
            }
            keys.withLock { $0 = (collection, jwks) }
            return collection
        }

        /// The identity `token` proves: a JWT signed with one of the keys, whose times and claims pass.
        func identity(of token: String) async -> NotifyWireIdentity? {
            guard let keys = await collection(),
                let claims = try? await keys.verify(token, as: NotifyWireClaims.self)
            else { return nil }
            let now = Date()
            let leeway = Double(authentication.leeway.components.seconds)
            if let issuer = authentication.issuer, claims.iss?.value != issuer { return nil }
            if let audience = authentication.audience {
                guard let aud = claims.aud, (try? aud.verifyIntendedAudience(includes: audience)) != nil else {
                    return nil
                }
            }
            if let notBefore = claims.nbf?.value, notBefore.timeIntervalSince(now) > leeway { return nil }
            let expiresAt = claims.exp.map { $0.value.addingTimeInterval(leeway) }
            if let expiresAt, expiresAt <= now { return nil }
            if expiresAt == nil, !authentication.allowsTokensWithoutExpiry { return nil }
            if let maximum = authentication.maximumTokenLifetime, let expiry = claims.exp?.value,
                expiry.timeIntervalSince(now) > Double(maximum.components.seconds)
            {
                return nil
            }
            let identity = NotifyWireIdentity(
                recipient: claims.sub?.value, mayPublish: claims.publish == true, expiresAt: expiresAt)
            return identity.recipient == nil && !identity.mayPublish ? nil : identity
        }

        /// Whether `token` is the publish token (compared in constant time).
        func isPublishToken(_ token: String) -> Bool {
            guard let publishToken = authentication.publishToken else { return false }
            let (lhs, rhs) = (Array(token.utf8), Array(publishToken.utf8))
            guard lhs.count == rhs.count else { return false }
            var difference: UInt8 = 0
            for index in lhs.indices { difference |= lhs[index] ^ rhs[index] }
            return difference == 0
        }

        /// `secret` padded with NUL bytes to 32 bytes. HMAC pads any key shorter than its 64-byte block with zeros
        /// (RFC 2104), so the MACs are those of `secret` itself, as every other JWT library computes them; the
        /// padding only satisfies jwt-kit, which asserts a key of at least 32 bytes for HS256.
        static func paddedSecret(_ secret: String) -> String {
            let missing = 32 - secret.utf8.count
            return missing > 0 ? secret + String(repeating: "\u{0}", count: missing) : secret
        }
    }

    /// The claims of a NotifyWire JWT, each optional: the checks against the configuration are the verifier's
    /// (with its leeway), not jwt-kit's.
    private struct NotifyWireClaims: JWTPayload {
        var sub: SubjectClaim?
        var exp: ExpirationClaim?
        var nbf: NotBeforeClaim?
        var iss: IssuerClaim?
        var aud: AudienceClaim?
        /// `true` when the bearer may publish.
        var publish: Bool?

        func verify(using algorithm: some JWTAlgorithm) async throws {}
    }
#endif
