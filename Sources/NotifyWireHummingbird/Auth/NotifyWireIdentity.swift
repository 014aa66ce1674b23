#if Hummingbird
    public import Foundation

    /// Who a request comes from, as far as the NotifyWire routes care: the recipient whose notifications it may
    /// receive, and whether it may publish.
    ///
    /// An authenticator middleware sets it on the request context (``NotifyWireRequestContext/identity``):
    /// ``NotifyWireJWTAuthenticator`` from a bearer token, or an app's own middleware from its own sessions.
    /// When the routes require authentication, a subscribe request without an identity that may subscribe to the
    /// `recipient` it names, or a publish request without one that may publish, gets 401.
    ///
    /// An identity with ``expiresAt`` keeps its access only until then: an SSE stream ends with
    /// `event: auth-expired`, a WebSocket closes with ``NotifyWireFraming/WebSocketCloseCode/credentialExpired``
    /// (4001) and a held long-poll answers 401 at that moment, so that a client must reconnect with a fresh
    /// credential (and its `Last-Event-ID` or cursor, losing nothing).
    public struct NotifyWireIdentity: Sendable, Hashable {
        /// The recipient whose notifications this identity may receive, or `nil` for none.
        public var recipient: String?
        /// Whether this identity may publish notifications (to any recipient).
        public var mayPublish: Bool
        /// When the credential behind this identity stops being valid (a JWT's `exp`), or `nil` for never.
        public var expiresAt: Date?

        /// Creates an identity.
        public init(recipient: String? = nil, mayPublish: Bool = false, expiresAt: Date? = nil) {
            self.recipient = recipient
            self.mayPublish = mayPublish
            self.expiresAt = expiresAt
        }

        /// A subscriber of `recipient`'s notifications until `expiresAt` (`nil`: no end), that may not publish.
        public static func subscriber(_ recipient: String, expiresAt: Date? = nil) -> NotifyWireIdentity {
            NotifyWireIdentity(recipient: recipient, expiresAt: expiresAt)
        }

        /// How long from now the access lasts (zero when it has already ended), or `nil` when it does not end.
        var remainingLifetime: Duration? {
            expiresAt.map { expiry in
                // Clamped to 0…100 years, so that any `Date` (even `.distantFuture`) converts without a trap.
                let milliseconds = min(max(0, (expiry.timeIntervalSinceNow * 1000).rounded(.up)), 3.2e12)
                return .milliseconds(Int64(milliseconds))
            }
        }

        /// A publisher, that may subscribe to nothing.
        public static let publisher = NotifyWireIdentity(mayPublish: true)

        /// Whether this identity may receive `recipient`'s notifications.
        public func maySubscribe(to recipient: String) -> Bool { self.recipient == recipient }
    }
#endif
