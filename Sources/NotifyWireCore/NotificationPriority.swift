/// How urgently a notification should reach its recipient (`notify.v1.Priority`).
///
/// Open like every proto3 enum: an unknown number is kept in ``rawValue`` and written back unchanged.
public struct NotificationPriority: RawRepresentable, Hashable, Sendable {
    /// The wire number of the priority.
    public var rawValue: Int32

    /// Creates a priority from its wire number, known or not.
    public init(rawValue: Int32) {
        self.rawValue = rawValue
    }

    /// `PRIORITY_UNSPECIFIED`, the proto3 default.
    public static let unspecified = NotificationPriority(rawValue: 0)
    /// `LOW`.
    public static let low = NotificationPriority(rawValue: 1)
    /// `NORMAL`.
    public static let normal = NotificationPriority(rawValue: 2)
    /// `HIGH`.
    public static let high = NotificationPriority(rawValue: 3)
    /// `URGENT`.
    public static let urgent = NotificationPriority(rawValue: 4)

    /// Every priority this version knows, in wire-number order.
    public static let knownValues: [NotificationPriority] = [.unspecified, .low, .normal, .high, .urgent]

    private static let protoNames: [String] = ["PRIORITY_UNSPECIFIED", "LOW", "NORMAL", "HIGH", "URGENT"]

    /// The name of the value in the `.proto` (`"HIGH"`), or `nil` for a number this version does not know.
    public var protoName: String? {
        guard rawValue >= 0, Int(rawValue) < Self.protoNames.count else { return nil }
        return Self.protoNames[Int(rawValue)]
    }

    /// Creates a priority from its `.proto` name (`"HIGH"`); `nil` when the name is not one of ours.
    public init?(protoName: some StringProtocol) {
        guard let index = Self.protoNames.firstIndex(where: { $0 == protoName }) else { return nil }
        self.init(rawValue: Int32(index))
    }
}
