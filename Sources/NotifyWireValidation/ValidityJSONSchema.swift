/// Writes ``ValidationRules`` as JSON Schema definitions: `$defs/ValidNotification`, `ValidActor` and
/// `ValidNotificationBatch` of `Schemas/notify/v1/notification.schema.json`.
///
/// Each definition is the structural one (`allOf: [{$ref: …}]`) plus the rules of its message, so the
/// structural schema keeps accepting any well-formed notification and the `Valid…` ones add the rules.
public enum ValidityJSONSchema {
    /// The definitions by name.
    public static var definitions: [String: JSONValue] {
        var result: [String: JSONValue] = [:]
        for scope in RuleScope.allCases {
            result[scope.validityDefinition] = definition(for: scope)
        }
        return result
    }

    /// The definition of one message.
    public static func definition(for scope: RuleScope) -> JSONValue {
        let rules = ValidationRules.rules(for: scope)
        var fragmentsByField: [String: [JSONValue]] = [:]
        var required: [String] = []
        for rule in rules {
            if rule.constraint.requiresPresence, !required.contains(rule.field) {
                required.append(rule.field)
            }
            fragmentsByField[rule.field, default: []].append(fragment(for: rule.constraint))
        }
        for (field, nested) in nestedDefinitions(of: scope) {
            fragmentsByField[field, default: []].append(nested)
        }
        var properties: [String: JSONValue] = [:]
        for (field, fragments) in fragmentsByField {
            properties[field] = fragments.count == 1 ? fragments[0] : .object(["allOf": .array(fragments)])
        }
        var members: [String: JSONValue] = [
            "description": .string(
                "notify.v1.\(scope.structuralDefinition) that follows NotifyWire's validity rules "
                    + "(generated from ValidationRules: " + rules.map(\.name).joined(separator: ", ") + ")."),
            "allOf": .array([.object(["$ref": .string("#/$defs/\(scope.structuralDefinition)")])]),
            "properties": .object(properties),
        ]
        if !required.isEmpty {
            members["required"] = .array(required.map(JSONValue.string))
        }
        return .object(members)
    }

    /// The sub-messages whose validity definitions a message refers to.
    private static func nestedDefinitions(of scope: RuleScope) -> [(String, JSONValue)] {
        switch scope {
        case .notification:
            [("actor", .object(["$ref": .string("#/$defs/\(RuleScope.actor.validityDefinition)")]))]
        case .actor:
            []
        case .batch:
            [
                (
                    "notifications",
                    .object([
                        "items": .object(["$ref": .string("#/$defs/\(RuleScope.notification.validityDefinition)")])
                    ])
                )
            ]
        }
    }

    /// The JSON Schema of one constraint.
    public static func fragment(for constraint: RuleConstraint) -> JSONValue {
        switch constraint {
        case .nonEmptyString:
            .object(["minLength": .integer(1)])
        case .specifiedEnum(let zeroName):
            .object(["not": .object(["enum": .array([.string(zeroName), .integer(0)])])])
        case .presentTimestamp:
            // The structural `$defs/Timestamp` pattern admits year 0000 and days that do not exist; the codecs
            // do not.
            .object(["not": .object(["pattern": .string(ValidationRules.nonexistentDatePattern)])])
        case .matchesPattern(let pattern):
            .object(["pattern": .string(pattern)])
        case .forbidsPattern(let pattern):
            .object(["not": .object(["pattern": .string(pattern)])])
        case .nonEmptyKeys:
            .object(["propertyNames": .object(["minLength": .integer(1)])])
        case .maxItems(let count):
            .object(["maxItems": .integer(Int64(count))])
        case .maxProperties(let count):
            .object(["maxProperties": .integer(Int64(count))])
        }
    }
}
