/// One problem found in one file: which rule, where, and what is wrong.
public struct ValidationIssue: Hashable, Sendable {
    /// The rule's name (`notification.id.nonEmpty`), `decode.<code>` for a decoding error
    /// (`decode.malformed`), or `strict.<what>` for what `--strict` adds (`strict.unknownField`).
    public var rule: String
    /// The field path (`actor.avatarUrl`, `notifications[2].id`); empty for the whole payload.
    public var path: String
    /// The byte offset in the file, when known.
    public var offset: Int?
    /// The 1-based line in a JSON file, when the offset is known.
    public var line: Int?
    /// The 1-based column (in characters) in a JSON file, when the offset is known.
    public var column: Int?
    /// One lower-case sentence: `must be set and not empty`.
    public var message: String

    /// Creates an issue.
    public init(
        rule: String, path: String, offset: Int? = nil, line: Int? = nil, column: Int? = nil, message: String
    ) {
        self.rule = rule
        self.path = path
        self.offset = offset
        self.line = line
        self.column = column
        self.message = message
    }

    /// `actor.avatarUrl: must be an absolute http(s) URL when set`, or the message alone at the top level.
    public var summary: String {
        path.isEmpty ? message : path + ": " + message
    }
}
