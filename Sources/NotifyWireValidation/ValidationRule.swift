/// One rule a valid notification follows beyond the schema's structure, e.g. "`id` is non-empty".
///
/// The rules live in one table, ``ValidationRules/all``; the validator checks that table and the JSON
/// Schema's `$defs/ValidNotification` is generated from it (a test proves the committed schema matches).
public struct ValidationRule: Hashable, Sendable {
    /// A stable name, `<scope>.<field>.<what>`: `notification.id.nonEmpty`.
    public let name: String
    /// The message the rule applies to.
    public let scope: RuleScope
    /// The field, by its JSON (lowerCamelCase) name.
    public let field: String
    /// What the rule demands.
    public let constraint: RuleConstraint
    /// What is wrong when the rule fails, one lower-case sentence: `must not be empty`.
    public let failure: String

    /// Creates a rule.
    public init(_ name: String, scope: RuleScope, field: String, constraint: RuleConstraint, failure: String) {
        self.name = name
        self.scope = scope
        self.field = field
        self.constraint = constraint
        self.failure = failure
    }
}
