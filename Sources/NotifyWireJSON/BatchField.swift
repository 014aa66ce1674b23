/// The fields of `notify.v1.NotificationBatch`.
enum BatchField: UInt8 {
    case notifications = 1, cursor, hasMore

    /// Matches a member name, lowerCamelCase or snake_case, by its bytes.
    static func named(_ name: UnsafeRawBufferPointer) -> BatchField? {
        if name.isName("notifications") { return .notifications }
        if name.isName("cursor") { return .cursor }
        if name.isName("hasMore") || name.isName("has_more") { return .hasMore }
        return nil
    }

    /// The lowerCamelCase JSON name, used in error paths.
    var jsonName: String {
        switch self {
        case .notifications: "notifications"
        case .cursor: "cursor"
        case .hasMore: "hasMore"
        }
    }
}
