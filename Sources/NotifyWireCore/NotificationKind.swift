/// What a notification is about (`notify.v1.Kind`).
///
/// The enum is open, as proto3 enums are: a number that this version does not know is kept in
/// ``rawValue`` and written back unchanged, so a newer sender's kinds survive a trip through an older
/// server.
public struct NotificationKind: RawRepresentable, Hashable, Sendable {
    /// The wire number of the kind.
    public var rawValue: Int32

    /// Creates a kind from its wire number, known or not.
    public init(rawValue: Int32) {
        self.rawValue = rawValue
    }

    /// `KIND_UNSPECIFIED`, the proto3 default.
    public static let unspecified = NotificationKind(rawValue: 0)
    /// `COMMENT`: someone commented on something the recipient follows.
    public static let comment = NotificationKind(rawValue: 1)
    /// `MENTION`: someone mentioned the recipient.
    public static let mention = NotificationKind(rawValue: 2)
    /// `STATUS_CHANGE`: something the recipient follows changed state.
    public static let statusChange = NotificationKind(rawValue: 3)
    /// `ORDER_UPDATE`: an order of the recipient's moved along.
    public static let orderUpdate = NotificationKind(rawValue: 4)
    /// `MESSAGE`: a direct message.
    public static let message = NotificationKind(rawValue: 5)
    /// `SYSTEM_ALERT`: a message from the system itself.
    public static let systemAlert = NotificationKind(rawValue: 6)

    /// Every kind this version knows, in wire-number order.
    public static let knownValues: [NotificationKind] = [
        .unspecified, .comment, .mention, .statusChange, .orderUpdate, .message, .systemAlert,
    ]

    private static let protoNames: [String] = [
        "KIND_UNSPECIFIED", "COMMENT", "MENTION", "STATUS_CHANGE", "ORDER_UPDATE", "MESSAGE", "SYSTEM_ALERT",
    ]

    /// The name of the value in the `.proto` (`"STATUS_CHANGE"`), or `nil` for a number this version does not know.
    public var protoName: String? {
        guard rawValue >= 0, Int(rawValue) < Self.protoNames.count else { return nil }
        return Self.protoNames[Int(rawValue)]
    }

    /// Creates a kind from its `.proto` name (`"STATUS_CHANGE"`); `nil` when the name is not one of ours.
    public init?(protoName: some StringProtocol) {
        guard let index = Self.protoNames.firstIndex(where: { $0 == protoName }) else { return nil }
        self.init(rawValue: Int32(index))
    }
}
