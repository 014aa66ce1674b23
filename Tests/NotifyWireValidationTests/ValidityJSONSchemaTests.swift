import Foundation
import NotifyWireTestSupport
import NotifyWireValidation
import Testing

/// The rules live in one place: the committed JSON Schema's `Valid…` definitions are exactly what the rules
/// table generates, so `jsonschema` and `notifywire validate` apply the same rules.
@Suite struct ValidityJSONSchemaTests {
    private func committedDefinitions() throws -> [String: JSONValue] {
        let url = RepositoryPaths.schemas.appendingPathComponent("notify/v1/notification.schema.json")
        let schema = try #require(JSONValue(parsing: try RepositoryPaths.bytes(of: url)))
        guard case .object(let definitions) = try #require(schema["$defs"]) else {
            Issue.record("$defs is not an object")
            return [:]
        }
        return definitions
    }

    @Test(arguments: RuleScope.allCases)
    func committedDefinitionMatchesTheRulesTable(scope: RuleScope) throws {
        let committed = try committedDefinitions()[scope.validityDefinition]
        let generated = ValidityJSONSchema.definition(for: scope)
        #expect(
            committed == generated,
            "regenerate with `notifywire schema rules`; expected:\n\(generated.serialized())")
    }

    @Test func structuralDefinitionsStayFreeOfRules() throws {
        // Random notifications are validated against the structural schema elsewhere: it must not require
        // anything.
        let definitions = try committedDefinitions()
        #expect(definitions["Notification"]?["required"] == nil)
        #expect(definitions["Actor"]?["properties"]?["avatarUrl"] == .object(["type": .string("string")]))
    }

    @Test func everyRuleIsInTheGeneratedSchema() {
        for rule in ValidationRules.all {
            let definition = ValidityJSONSchema.definition(for: rule.scope)
            #expect(definition["properties"]?[rule.field] != nil, "\(rule.name)")
            #expect(definition["description"].map { "\($0)".contains(rule.name) } == true, "\(rule.name)")
        }
    }
}
