/// The fields of `notify.v1.Actor`.
enum ActorField: UInt8 {
    case id = 1, displayName, avatarURL

    /// Matches a member name, lowerCamelCase or snake_case, by its bytes.
    static func named(_ name: UnsafeRawBufferPointer) -> ActorField? {
        if name.isName("id") { return .id }
        if name.isName("displayName") || name.isName("display_name") { return .displayName }
        if name.isName("avatarUrl") || name.isName("avatar_url") { return .avatarURL }
        return nil
    }

    /// The lowerCamelCase JSON name, used in error paths.
    var jsonName: String {
        switch self {
        case .id: "id"
        case .displayName: "displayName"
        case .avatarURL: "avatarUrl"
        }
    }
}
