#if Hummingbird
    /// The secrets of an authenticated server: subscribers present an HS256 JWT whose `sub` is the recipient
    /// they subscribe to; publishers present a fixed bearer token.
    public struct NotifyWireAuthentication: Sendable {
        /// The HMAC-SHA256 secret that signs subscribers' JWTs.
        public var jwtSecret: String
        /// The token `POST /notifications` requires in `Authorization: Bearer <token>`.
        public var publishToken: String

        /// Creates the settings.
        public init(jwtSecret: String, publishToken: String) {
            self.jwtSecret = jwtSecret
            self.publishToken = publishToken
        }
    }
#endif
