#if Hummingbird
    public import Hummingbird
    public import HummingbirdAuth
    import HTTPTypes
    import Foundation
    import JWTKit
    import Synchronization

    /// The authenticator middleware of ``NotifyWireAuthentication``: sets the request context's
    /// ``NotifyWireRequestContext/identity`` from the request's bearer token (`Authorization: Bearer …`, else the
    /// `access_token` query parameter, which browsers' `EventSource` and `WebSocket` need).
    ///
    /// The publish token (in the `Authorization` header only) gives ``NotifyWireIdentity/publisher``; an HS256
    /// JWT signed with the secret, whose `exp` has not passed (and is no further ahead than
    /// ``NotifyWireAuthentication/maximumTokenLifetime``), gives ``NotifyWireIdentity/subscriber(_:expiresAt:)`` of
    /// its `sub` until its `exp`. A JWT without `exp` is refused unless
    /// ``NotifyWireAuthentication/allowsTokensWithoutExpiry``. Anything else leaves the identity unset, and the routes that need one answer 401. Replace it with
    /// your own `RouterMiddleware` (see ``NotifyWireRoutes/init(hub:authenticator:)``) to use your app's sessions.
    public struct NotifyWireJWTAuthenticator<Context: NotifyWireRequestContext>: AuthenticatorMiddleware {
        /// The identity this middleware sets.
        public typealias Identity = NotifyWireIdentity

        private let verifier: Verifier

        /// Creates the middleware for `authentication`'s secret and publish token.
        public init(authentication: NotifyWireAuthentication) {
            self.verifier = Verifier(authentication: authentication)
        }

        /// The identity `request`'s bearer token proves, or `nil`.
        public func authenticate(request: Request, context: Context) async throws -> NotifyWireIdentity? {
            guard let token = BearerToken(request) else { return nil }
            if token.source == .authorizationHeader, verifier.isPublishToken(token.value) { return .publisher }
            return await verifier.subscriber(of: token.value)
        }
    }

    /// A request's bearer token and where it was found.
    struct BearerToken {
        enum Source { case authorizationHeader, queryParameter }

        var value: String
        var source: Source

        /// `Authorization: Bearer …` (scheme case-insensitive, RFC 7235), else the `access_token` query parameter;
        /// `nil` when neither is there, or the `Authorization` header has another scheme.
        init?(_ request: Request) {
            if let header = request.headers[.authorization] {
                let parts = header.split(separator: " ", maxSplits: 1)
                guard parts.count == 2, parts[0].lowercased() == "bearer" else { return nil }
                (value, source) = (String(parts[1]), .authorizationHeader)
            } else if let parameter = request.uri.queryParameters.get("access_token") {
                (value, source) = (parameter, .queryParameter)
            } else {
                return nil
            }
        }
    }

    /// The JWT keys and the publish token of one ``NotifyWireAuthentication``, shared by every copy of the
    /// middleware.
    private final class Verifier: Sendable {
        let authentication: NotifyWireAuthentication
        private let keys = JWTKeyCollection()
        private let keysAdded = Mutex(false)

        init(authentication: NotifyWireAuthentication) {
            self.authentication = authentication
        }

        /// The subscriber `token` proves: an HS256 JWT signed with the secret, whose `exp` has not passed and
        /// is within the maximum lifetime (or absent, where allowed).
        func subscriber(of token: String) async -> NotifyWireIdentity? {
            if !keysAdded.withLock({ $0 }) {
                await keys.add(
                    hmac: HMACKey(from: Self.paddedSecret(authentication.jwtSecret)), digestAlgorithm: .sha256)
                keysAdded.withLock { $0 = true }
            }
            guard let claims = try? await keys.verify(token, as: SubscriberClaims.self) else { return nil }
            guard let expiry = claims.exp?.value else {
                return authentication.allowsTokensWithoutExpiry ? .subscriber(claims.sub.value) : nil
            }
            if let maximum = authentication.maximumTokenLifetime,
                expiry.timeIntervalSinceNow > Double(maximum.components.seconds)
            {
                return nil
            }
            return .subscriber(claims.sub.value, expiresAt: expiry)
        }

        /// Whether `token` is the publish token (compared in constant time).
        func isPublishToken(_ token: String) -> Bool {
            let (lhs, rhs) = (Array(token.utf8), Array(authentication.publishToken.utf8))
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

    /// The claims of a subscriber's JWT: `sub` (the recipient) and `exp` (not passed, when present).
    private struct SubscriberClaims: JWTPayload {
        var sub: SubjectClaim
        var exp: ExpirationClaim?

        func verify(using algorithm: some JWTAlgorithm) async throws {
            try exp?.verifyNotExpired()
        }
    }
#endif
