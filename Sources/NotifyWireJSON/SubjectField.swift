/// The fields of `notify.v1.Subject`.
enum SubjectField: UInt8 {
    case type = 1, id, parentID

    /// Matches a member name, lowerCamelCase or snake_case, by its bytes.
    static func named(_ name: UnsafeRawBufferPointer) -> SubjectField? {
        if name.isName("type") { return .type }
        if name.isName("id") { return .id }
        if name.isName("parentId") || name.isName("parent_id") { return .parentID }
        return nil
    }

    /// The lowerCamelCase JSON name, used in error paths.
    var jsonName: String {
        switch self {
        case .type: "type"
        case .id: "id"
        case .parentID: "parentId"
        }
    }
}
