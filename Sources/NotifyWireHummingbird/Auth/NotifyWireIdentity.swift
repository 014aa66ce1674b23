#if Hummingbird
    /// Who a request comes from, as far as the NotifyWire routes care: the recipient whose notifications it may
    /// receive, and whether it may publish.
    ///
    /// An authenticator middleware sets it on the request context (``NotifyWireRequestContext/identity``):
    /// ``NotifyWireJWTAuthenticator`` from a bearer token, or an app's own middleware from its own sessions.
    /// When the routes require authentication, a subscribe request without an identity that may subscribe to the
    /// `recipient` it names, or a publish request without one that may publish, gets 401.
    public struct NotifyWireIdentity: Sendable, Hashable {
        /// The recipient whose notifications this identity may receive, or `nil` for none.
        public var recipient: String?
        /// Whether this identity may publish notifications (to any recipient).
        public var mayPublish: Bool

        /// Creates an identity.
        public init(recipient: String? = nil, mayPublish: Bool = false) {
            self.recipient = recipient
            self.mayPublish = mayPublish
        }

        /// A subscriber of `recipient`'s notifications, that may not publish.
        public static func subscriber(_ recipient: String) -> NotifyWireIdentity {
            NotifyWireIdentity(recipient: recipient)
        }

        /// A publisher, that may subscribe to nothing.
        public static let publisher = NotifyWireIdentity(mayPublish: true)

        /// Whether this identity may receive `recipient`'s notifications.
        public func maySubscribe(to recipient: String) -> Bool { self.recipient == recipient }
    }
#endif
