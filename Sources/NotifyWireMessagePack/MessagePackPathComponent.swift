/// One component of a field path in an error: `actor`, `[2]`, `["key"]`.
enum MessagePackPathComponent: Hashable, Sendable {
    /// A field name.
    case field(String)
    /// An array index.
    case index(Int)
    /// A `data` map key.
    case key(String)

    /// Joins components, outermost first, into `notifications[2].actor.displayName` or `data["key"]`.
    static func join(_ components: [MessagePackPathComponent]) -> String {
        var path = ""
        for component in components {
            switch component {
            case .field(let name): path += path.isEmpty ? name : "." + name
            case .index(let index): path += "[\(index)]"
            case .key(let key): path += "[\"" + key + "\"]"
            }
        }
        return path
    }
}
