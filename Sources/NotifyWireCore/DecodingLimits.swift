/// Limits that every decoder enforces before it trusts a length or a count read from its input.
///
/// The defaults are safe for a server that takes notifications from the network; raise them only for
/// input you trust. A decoder checks a declared length against the bytes that remain *and* against
/// these limits before it reserves any memory, so an attacker-chosen length never becomes an allocation.
public struct DecodingLimits: Hashable, Sendable {
    /// The largest encoded payload accepted, in bytes. Default: 4 MiB.
    public var maxMessageBytes: Int
    /// The deepest nesting of objects, arrays or maps accepted, counting the top level as 1, including
    /// inside unknown fields that are skipped. Default: 100 (as swift-protobuf).
    public var maxDepth: Int
    /// The longest string accepted, in UTF-8 bytes after unescaping. Default: 1 MiB.
    public var maxStringBytes: Int
    /// The most entries accepted in one array or map (tags, data, the notifications of a batch, or any
    /// skipped unknown container). Default: 10,000.
    public var maxEntries: Int

    /// Creates limits; every argument defaults to the safe default documented on its property.
    public init(
        maxMessageBytes: Int = 4 * 1024 * 1024,
        maxDepth: Int = 100,
        maxStringBytes: Int = 1024 * 1024,
        maxEntries: Int = 10_000
    ) {
        self.maxMessageBytes = maxMessageBytes
        self.maxDepth = maxDepth
        self.maxStringBytes = maxStringBytes
        self.maxEntries = maxEntries
    }

    /// The safe defaults.
    public static let `default` = DecodingLimits()
}
