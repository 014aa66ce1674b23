#if Hummingbird
    import Hummingbird
    import HTTPTypes
    import JWTKit
    import Synchronization

    /// Checks subscribe and publish requests against a ``NotifyWireAuthentication``.
    final class SubscriberAuthenticator: Sendable {
        let authentication: NotifyWireAuthentication
        private let keys = JWTKeyCollection()
        private let keysAdded = Mutex(false)

        init(authentication: NotifyWireAuthentication) {
            self.authentication = authentication
        }

        /// The bearer token of `request`: `Authorization: Bearer …`, else the `access_token` query parameter.
        static func bearerToken(of request: Request) -> String? {
            if let header = request.headers[.authorization] {
                let parts = header.split(separator: " ", maxSplits: 1)
                if parts.count == 2, parts[0].lowercased() == "bearer" { return String(parts[1]) }
                return nil
            }
            return request.uri.queryParameters.get("access_token")
        }

        /// Whether `request` carries a valid HS256 JWT whose `sub` is `recipient` and whose `exp` has not passed.
        func allowsSubscription(_ request: Request, recipient: String) async -> Bool {
            guard let token = Self.bearerToken(of: request) else { return false }
            if !keysAdded.withLock({ $0 }) {
                await keys.add(
                    hmac: HMACKey(from: Self.paddedSecret(authentication.jwtSecret)), digestAlgorithm: .sha256)
                keysAdded.withLock { $0 = true }
            }
            do {
                let claims = try await keys.verify(token, as: SubscriberClaims.self)
                return claims.sub.value == recipient
            } catch {
                return false
            }
        }

        /// Whether `request` carries `Authorization: Bearer <publish token>`.
        func allowsPublish(_ request: Request) -> Bool {
            guard let header = request.headers[.authorization] else { return false }
            let parts = header.split(separator: " ", maxSplits: 1)
            guard parts.count == 2, parts[0].lowercased() == "bearer" else { return false }
            return Self.constantTimeEqual(Array(parts[1].utf8), Array(authentication.publishToken.utf8))
        }

        /// `secret` padded with NUL bytes to 32 bytes. HMAC pads any key shorter than its 64-byte block with zeros
        /// (RFC 2104), so the MACs are those of `secret` itself, as every other JWT library computes them; the
        /// padding only satisfies jwt-kit, which asserts a key of at least 32 bytes for HS256.
        static func paddedSecret(_ secret: String) -> String {
            let missing = 32 - secret.utf8.count
            return missing > 0 ? secret + String(repeating: "\u{0}", count: missing) : secret
        }

        private static func constantTimeEqual(_ lhs: [UInt8], _ rhs: [UInt8]) -> Bool {
            guard lhs.count == rhs.count else { return false }
            var difference: UInt8 = 0
            for index in lhs.indices { difference |= lhs[index] ^ rhs[index] }
            return difference == 0
        }
    }
#endif
