#if Hummingbird
    public import NotifyWire
    public import Prometheus

    /// The settings of a ``NotificationHub`` and of the routes that serve it, with safe defaults.
    public struct NotifyWireServerConfiguration: Sendable {
        /// Where the hub keeps its log: ``HubEngineChoice/inMemory`` (one process; the default) or
        /// ``HubEngineChoice/postgres(_:)`` (a durable log shared by every node on one database).
        public var engine: HubEngineChoice
        /// How many notifications the in-memory engine keeps for reconnects and polls, over every recipient.
        /// Default: 1,000. (PostgreSQL: ``PostgresHubConfiguration/retention``, per recipient.)
        public var replayCount: Int
        /// How many bytes (estimated from the notifications' text) the in-memory engine keeps. Default: 8 MiB.
        public var replayBytes: Int
        /// How often the hub reads the heads of its subscribed recipients from the engine, so that a wake-up
        /// that never arrived (a listener that is connected but deaf) only delays delivery. Default: 1 s.
        public var headPollInterval: Duration
        /// How long the hub keeps a recipient's delivered position after its last subscriber on this node left,
        /// so that a client that comes straight back (every long-poll does, and a reconnecting stream) finds it
        /// known: no engine round trips to open the log and catch up. At most ``maxSubscriptions`` recipients
        /// are kept this way (the oldest go first). `.zero` forgets a recipient at once. Default: 10 s.
        public var recipientLinger: Duration
        /// The `Retry-After` of a publication or subscription refused because the engine is unavailable
        /// (503). Default: 2 s.
        public var unavailableRetryAfter: Duration
        /// The notifications waiting to be written to one subscriber; a subscriber whose queue is full is
        /// disconnected (it reconnects and resumes from the log). Default: 256.
        public var queueCapacity: Int
        /// The interval between SSE heartbeat comments. Default: 15 s.
        public var heartbeatInterval: Duration
        /// The `retry:` sent to SSE clients on connect, in milliseconds. Default: 3,000.
        public var sseRetryMilliseconds: Int
        /// The interval between the server's WebSocket pings. Default: 30 s.
        public var webSocketPingInterval: Duration
        /// The longest a long-poll (`wait=`) is held; larger `wait` values are reduced to it. Default: 30 s.
        public var longPollMaxWait: Duration
        /// The largest `POST /notifications` body accepted; larger ones get 413. Default: 1 MiB.
        public var maxRequestBodyBytes: Int
        /// The codecs offered (request bodies, SSE `codec=`, WebSocket subprotocols, poll `Accept`), with their
        /// decoding limits. Default: JSON, MessagePack and Protocol Buffers with ``DecodingLimits/default``.
        public var codecs: CodecRegistry
        /// The most open SSE and WebSocket subscriptions of one recipient; one more is refused with 429 and
        /// `Retry-After` (a flood of connections for one recipient cannot exhaust the server). Default: 16.
        public var maxSubscriptionsPerRecipient: Int
        /// The most open SSE and WebSocket subscriptions in all; one more is refused with 503 and `Retry-After`.
        /// `nil`: the process's open-file soft limit less 64 (read when the hub is made). Default: `nil`.
        public var maxSubscriptions: Int?
        /// The `Retry-After` of a refused subscription. Default: 5 s.
        public var refusedSubscriptionRetryAfter: Duration
        /// The most publish requests (`POST /notifications` or `/notifications/batch`) a second per publisher
        /// credential (the bearer token, or the identity), in bursts of at most as many; one more gets 429 with
        /// `Retry-After`. `nil`: no limit. Default: `nil`.
        public var maxPublishesPerSecond: Double?
        /// The origins (`scheme://host[:port]`) besides the server's own whose pages may use the routes: a
        /// WebSocket upgrade or a request with another `Origin` gets 403, and these get CORS answers (preflights,
        /// `Access-Control-Allow-Origin` and `-Credentials`). The check runs when this is not empty or
        /// ``NotifyWireAuthentication/cookieName`` is set (same origin only, then); requests without `Origin`
        /// (not from a browser) pass. Default: none.
        public var allowedOrigins: [String]
        /// Subscriber and publisher authentication, or `nil` to run unauthenticated. Default: `nil`.
        public var authentication: NotifyWireAuthentication?
        /// The Prometheus registry that receives the hub's metrics, or `nil` for a private one. `GET /metrics`
        /// renders it.
        public var prometheus: PrometheusCollectorRegistry?

        /// Creates a configuration; every argument defaults to the default documented on its property.
        public init(
            replayCount: Int = 1000,
            replayBytes: Int = 8 * 1024 * 1024,
            queueCapacity: Int = 256,
            heartbeatInterval: Duration = .seconds(15),
            sseRetryMilliseconds: Int = 3000,
            webSocketPingInterval: Duration = .seconds(30),
            longPollMaxWait: Duration = .seconds(30),
            maxRequestBodyBytes: Int = 1024 * 1024,
            codecs: CodecRegistry = .standard,
            maxSubscriptionsPerRecipient: Int = 16,
            maxSubscriptions: Int? = nil,
            refusedSubscriptionRetryAfter: Duration = .seconds(5),
            maxPublishesPerSecond: Double? = nil,
            allowedOrigins: [String] = [],
            authentication: NotifyWireAuthentication? = nil,
            prometheus: PrometheusCollectorRegistry? = nil,
            engine: HubEngineChoice = .inMemory,
            headPollInterval: Duration = .seconds(1),
            unavailableRetryAfter: Duration = .seconds(2),
            recipientLinger: Duration = .seconds(10)
        ) {
            self.engine = engine
            self.headPollInterval = headPollInterval
            self.recipientLinger = recipientLinger
            self.unavailableRetryAfter = unavailableRetryAfter
            self.replayCount = replayCount
            self.replayBytes = replayBytes
            self.queueCapacity = queueCapacity
            self.heartbeatInterval = heartbeatInterval
            self.sseRetryMilliseconds = sseRetryMilliseconds
            self.webSocketPingInterval = webSocketPingInterval
            self.longPollMaxWait = longPollMaxWait
            self.maxRequestBodyBytes = maxRequestBodyBytes
            self.codecs = codecs
            self.maxSubscriptionsPerRecipient = maxSubscriptionsPerRecipient
            self.maxSubscriptions = maxSubscriptions
            self.refusedSubscriptionRetryAfter = refusedSubscriptionRetryAfter
            self.maxPublishesPerSecond = maxPublishesPerSecond
            self.allowedOrigins = allowedOrigins
            self.authentication = authentication
            self.prometheus = prometheus
        }

        /// The standard codecs (JSON, MessagePack, Protocol Buffers) decoding with `limits`.
        public static func standardCodecs(limits: DecodingLimits) -> CodecRegistry {
            CodecRegistry(codecs: [
                JSONCodec(limits: limits), MessagePackCodec(limits: limits), ProtobufCodec(limits: limits),
            ])
        }
    }

    /// How subscribers and publishers prove who they are: JWTs (HS256 with a shared secret, or RS256 and ES256
    /// against an identity provider's ``NotifyWireJWKS``) and, for publishers, also a fixed bearer token.
    ///
    /// A subscriber's JWT names its recipient in `sub`; a JWT with `"publish": true` may publish. `exp` ends the
    /// access (required unless ``allowsTokensWithoutExpiry``), `nbf` is honoured, and `iss` and `aud` are checked
    /// when ``issuer`` and ``audience`` are set; times allow ``leeway`` of clock skew.
    public struct NotifyWireAuthentication: Sendable {
        /// The HMAC-SHA256 secret of HS256 JWTs, or `nil` to accept none.
        public var jwtSecret: String?
        /// The token `POST /notifications` accepts in `Authorization: Bearer <token>`, or `nil` for none (publishers
        /// then present a JWT with `"publish": true`).
        public var publishToken: String?
        /// The identity provider's keys for RS256 and ES256 JWTs, or `nil`. Default: `nil`.
        public var jwks: NotifyWireJWKS?
        /// The `iss` every JWT must carry, or `nil` not to check it. Default: `nil`.
        public var issuer: String?
        /// An `aud` every JWT must include, or `nil` not to check it. Default: `nil`.
        public var audience: String?
        /// The clock skew allowed when checking `exp` and `nbf` (a token is still valid this long after its `exp`).
        /// Default: 30 s.
        public var leeway: Duration
        /// Whether a subscriber's JWT without `exp` is accepted (its access then never ends). Default: `false`.
        public var allowsTokensWithoutExpiry: Bool
        /// The longest a subscriber's JWT may still be valid when presented (`exp` at most this far ahead), or
        /// `nil` for no limit. Default: `nil`.
        public var maximumTokenLifetime: Duration?
        /// The cookie that may carry a subscriber's JWT (after `Authorization` and `access_token`), so that
        /// browsers need not put tokens in URLs; `nil` for none. With a cookie, cross-site requests could carry
        /// a victim's credentials: the routes then check `Origin` (``NotifyWireServerConfiguration/allowedOrigins``).
        /// Default: `nil`.
        public var cookieName: String?

        /// Creates the settings; every argument but the secret and the publish token defaults to the default
        /// documented on its property.
        public init(
            jwtSecret: String?, publishToken: String?, jwks: NotifyWireJWKS? = nil, issuer: String? = nil,
            audience: String? = nil, leeway: Duration = .seconds(30), allowsTokensWithoutExpiry: Bool = false,
            maximumTokenLifetime: Duration? = nil, cookieName: String? = nil
        ) {
            self.jwtSecret = jwtSecret
            self.publishToken = publishToken
            self.jwks = jwks
            self.issuer = issuer
            self.audience = audience
            self.leeway = leeway
            self.allowsTokensWithoutExpiry = allowsTokensWithoutExpiry
            self.maximumTokenLifetime = maximumTokenLifetime
            self.cookieName = cookieName
        }
    }

    /// Which ``HubEngine`` a ``NotificationHub`` made from a configuration uses.
    public enum HubEngineChoice: Sendable {
        /// ``InMemoryHubEngine``, bounded by ``NotifyWireServerConfiguration/replayCount`` and
        /// ``NotifyWireServerConfiguration/replayBytes``.
        case inMemory
        /// ``PostgresHubEngine`` with these settings.
        case postgres(PostgresHubConfiguration)
    }
#endif
