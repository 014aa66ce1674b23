/// What a ``ValidationRule`` demands of its field. Each case has one meaning in Swift (checked by
/// ``NotificationRuleChecker``) and one in JSON Schema (written by ``ValidityJSONSchema``).
public enum RuleConstraint: Hashable, Sendable {
    /// A string that must be set and non-empty. JSON Schema: `required` and `minLength: 1`.
    case nonEmptyString
    /// An enum that must be set and not its zero value. JSON Schema: `required` and
    /// `not: {enum: [zeroName, 0]}`.
    case specifiedEnum(zeroName: String)
    /// A timestamp that must be set, a day that exists, inside 0001–9999. JSON Schema: `required` and
    /// `not: {pattern: ValidationRules.nonexistentDatePattern}` (the structural `$defs/Timestamp` pattern
    /// bounds the rest).
    case presentTimestamp
    /// A string that must match a regular expression (searched, like JSON Schema's `pattern`).
    case matchesPattern(String)
    /// A string that must not contain a match of a regular expression. JSON Schema: `not: {pattern: …}`.
    case forbidsPattern(String)
    /// A map whose keys must be non-empty. JSON Schema: `propertyNames: {minLength: 1}`.
    case nonEmptyKeys
    /// A list of at most this many entries. JSON Schema: `maxItems`.
    case maxItems(Int)
    /// A map of at most this many entries. JSON Schema: `maxProperties`.
    case maxProperties(Int)

    /// Whether the field must be present in the JSON form (the proto3 default is never valid).
    public var requiresPresence: Bool {
        switch self {
        case .nonEmptyString, .specifiedEnum, .presentTimestamp: true
        default: false
        }
    }
}
