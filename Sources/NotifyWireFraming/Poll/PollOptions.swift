/// The settings of a ``PollResponder``, with documented defaults.
public struct PollOptions: Hashable, Sendable {
    /// The page size when the request gives no `limit`. Default: 100.
    public var defaultLimit: Int
    /// The largest `limit` accepted; larger ones get 400. Default: 1,000.
    public var maxLimit: Int
    /// The interval, in seconds, suggested to clients between two polls, sent in ``PollResponder/pollIntervalHeader``
    /// (`X-Poll-Interval`). Default: 5.
    public var pollIntervalSeconds: Int
    /// How long a long-poll is held when nothing arrives before it answers with an empty batch. Default: 25 s
    /// (under the 30 s after which many proxies drop an idle request).
    public var longPollTimeout: Duration

    /// Creates options; every argument defaults to the default documented on its property.
    public init(
        defaultLimit: Int = 100, maxLimit: Int = 1000, pollIntervalSeconds: Int = 5,
        longPollTimeout: Duration = .seconds(25)
    ) {
        self.defaultLimit = defaultLimit
        self.maxLimit = maxLimit
        self.pollIntervalSeconds = pollIntervalSeconds
        self.longPollTimeout = longPollTimeout
    }

    /// The defaults.
    public static let `default` = PollOptions()
}
