public import Foundation

/// `notifywire schema check`: proves the schema's forms agree. The `.proto` (parsed by protoc), the JSON Schema,
/// the Swift model's metadata, the committed protoc-c output, and the golden vectors in every codec.
public struct SchemaCheck: Sendable {
    /// The schema folder (`Schemas/`): `notify/v1/*.proto`, `notify/v1/*.schema.json`, `vectors/`.
    public var schemas: URL
    /// The committed protoc-c output (`Sources/CNotifyWireProto`); `nil` skips the freshness check.
    public var generatedCode: URL?

    /// Creates a check of `schemas`, comparing generated code in `generatedCode`.
    public init(schemas: URL, generatedCode: URL?) {
        self.schemas = schemas
        self.generatedCode = generatedCode
    }

    /// The outcome: how many comparisons were made and every disagreement.
    public struct Outcome: Hashable, Sendable {
        /// How many files or elements were compared.
        public var checked: Int
        /// Every disagreement, one line each.
        public var disagreements: [SchemaDisagreement]
    }

    /// Runs every comparison.
    public func run() -> Outcome {
        var found: [SchemaDisagreement] = []
        var checked = 0
        for relative in GeneratedCodeFreshness.protoFiles(under: schemas) {
            let protoURL = schemas.appendingPathComponent(relative)
            let proto: ProtoSchema
            do {
                proto = try ProtoSchemaLoader.load(protoURL.path)
            } catch {
                found.append(SchemaDisagreement(file: protoURL.path, message: error.message))
                continue
            }
            checked += proto.messages.count + proto.enums.count
            found += ModelAgreement.disagreements(proto: proto, file: protoURL.path)
            let schemaURL = protoURL.deletingPathExtension().appendingPathExtension("schema.json")
            guard let bytes = FileManager.default.contents(atPath: schemaURL.path),
                let jsonSchema = JSONValue(parsing: [UInt8](bytes))
            else {
                found.append(
                    SchemaDisagreement(file: schemaURL.path, message: "the JSON Schema is missing or not JSON"))
                continue
            }
            found += JSONSchemaAgreement.disagreements(proto: proto, jsonSchema: jsonSchema, file: schemaURL.path)
        }
        if let generatedCode {
            let freshness = GeneratedCodeFreshness.disagreements(schemas: schemas, generated: generatedCode)
            checked += freshness.checked
            found += freshness.found
        }
        let vectors = VectorAgreement.disagreements(in: schemas.appendingPathComponent("vectors"))
        checked += vectors.checked
        found += vectors.found
        return Outcome(checked: checked, disagreements: found)
    }
}
