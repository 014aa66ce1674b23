/// How much a ``ReplayLog`` retains; the oldest entries are evicted first when either bound is exceeded.
public struct ReplayLogLimits: Hashable, Sendable {
    /// The most entries retained. Default: 1,000.
    public var maxEntries: Int
    /// The most bytes retained, summed over the entries' ``ReplayLogEntry/byteCount``. Default: 8 MiB.
    public var maxBytes: Int

    /// Creates limits; every argument defaults to the default documented on its property.
    public init(maxEntries: Int = 1000, maxBytes: Int = 8 * 1024 * 1024) {
        self.maxEntries = maxEntries
        self.maxBytes = maxBytes
    }

    /// The defaults.
    public static let `default` = ReplayLogLimits()
}
