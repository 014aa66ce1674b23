/// A point in time, as `google.protobuf.Timestamp`: seconds since the Unix epoch and a nanosecond part.
///
/// Valid timestamps lie between `0001-01-01T00:00:00Z` and `9999-12-31T23:59:59.999999999Z`
/// (``validSecondsRange``) with ``nanos`` in `0..<1_000_000_000`. The model holds any value; codecs
/// refuse to encode or decode one outside that range (``isValid``).
public struct Timestamp: Hashable, Sendable, Comparable {
    /// Seconds since `1970-01-01T00:00:00Z`; negative before it.
    public var seconds: Int64
    /// The fraction of the second in nanoseconds, always counted forward: `0..<1_000_000_000`.
    public var nanos: Int32

    /// Creates a timestamp from seconds since the epoch and nanoseconds.
    public init(seconds: Int64, nanos: Int32 = 0) {
        self.seconds = seconds
        self.nanos = nanos
    }

    /// `0001-01-01T00:00:00Z` to `9999-12-31T23:59:59Z` in seconds since the epoch.
    public static let validSecondsRange: ClosedRange<Int64> = -62_135_596_800...253_402_300_799

    /// The earliest valid timestamp, `0001-01-01T00:00:00Z`.
    public static let min = Timestamp(seconds: validSecondsRange.lowerBound, nanos: 0)
    /// The latest valid timestamp, `9999-12-31T23:59:59.999999999Z`.
    public static let max = Timestamp(seconds: validSecondsRange.upperBound, nanos: 999_999_999)

    /// Whether the value is inside the range that `google.protobuf.Timestamp` allows.
    public var isValid: Bool {
        Self.validSecondsRange.contains(seconds) && nanos >= 0 && nanos < 1_000_000_000
    }

    /// Orders by seconds, then nanoseconds.
    public static func < (lhs: Timestamp, rhs: Timestamp) -> Bool {
        (lhs.seconds, lhs.nanos) < (rhs.seconds, rhs.nanos)
    }
}
