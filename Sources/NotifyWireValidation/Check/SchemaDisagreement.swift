/// One way the schema's forms disagree, found by ``SchemaCheck``.
public struct SchemaDisagreement: Hashable, Sendable {
    /// The file the disagreement is about (the JSON Schema, a vector, a generated C file).
    public var file: String
    /// One lower-case sentence naming both sides: `notify.v1.Actor.avatar_url: the JSON Schema has no property
    /// avatarUrl`.
    public var message: String

    /// Creates a disagreement.
    public init(file: String, message: String) {
        self.file = file
        self.message = message
    }

    /// `FILE: MESSAGE`.
    public var line: String { "\(file): \(message)" }
}
