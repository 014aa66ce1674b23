/// Matching an `If-None-Match` header against an entity tag (RFC 9110 section 13.1.2): the weak
/// comparison, where `W/"x"` matches `"x"`, and `*` matching any current representation.
enum EntityTagList {
    /// Whether `header` (a comma-separated list of entity tags, or `*`) matches `tag` (quoted, strong).
    static func header(_ header: String, matches tag: String) -> Bool {
        let opaque = strippingWeakness(Substring(tag))
        for element in header.split(separator: ",") {
            let candidate = element.trimmingWhitespace()
            if candidate == "*" { return true }
            if strippingWeakness(candidate) == opaque { return true }
        }
        return false
    }

    private static func strippingWeakness(_ tag: Substring) -> Substring {
        tag.hasPrefix("W/") ? tag.dropFirst(2) : tag
    }
}
