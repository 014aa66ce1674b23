import NotifyWireCore

/// The value of a field as the rules see it.
enum RuleFieldValue: Sendable {
    /// A string field.
    case string(String)
    /// An enum field's number.
    case enumNumber(Int32)
    /// A timestamp field, `nil` when unset.
    case timestamp(Timestamp?)
    /// The keys of a map field.
    case mapKeys([String])
    /// The number of entries of a repeated field.
    case list(count: Int)
}
