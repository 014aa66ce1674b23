/// Compares the `.proto` (as protoc parsed it) with the structural JSON Schema: every message has a definition
/// with exactly its fields' JSON names, each of the right type, and every enum lists exactly its value names.
enum JSONSchemaAgreement {
    static func disagreements(proto: ProtoSchema, jsonSchema: JSONValue, file: String) -> [SchemaDisagreement] {
        var found: [String] = []
        let definitions = jsonSchema["$defs"]
        for message in proto.messages.values.sorted(by: { $0.fullName < $1.fullName }) where !message.isMapEntry {
            let name = shortName(message.fullName)
            guard let definition = definitions?[name] else {
                found.append("\(message.fullName): the JSON Schema has no $defs/\(name)")
                continue
            }
            guard case .object(let properties) = definition["properties"] ?? .null else {
                found.append("\(message.fullName): $defs/\(name) has no properties")
                continue
            }
            if definition["additionalProperties"] != .bool(false) {
                found.append("\(message.fullName): $defs/\(name) does not forbid additional properties")
            }
            for field in message.fields {
                let element = "\(message.fullName).\(field.name)"
                guard let property = properties[field.jsonName] else {
                    found.append("\(element): $defs/\(name) has no property \(field.jsonName)")
                    continue
                }
                let expected = expectedSchema(of: field, in: proto)
                if property != expected {
                    found.append(
                        "\(element): $defs/\(name)/properties/\(field.jsonName) is \(property.serialized()), "
                            + "expected \(expected.serialized()) for \(field.isRepeated ? "repeated " : "")"
                            + field.typeDescription)
                }
            }
            for property in properties.keys.sorted() where !message.fields.contains(where: { $0.jsonName == property })
            {
                found.append("\(message.fullName): $defs/\(name) has property \(property), which is not a field")
            }
        }
        for enumeration in proto.enums.values.sorted(by: { $0.fullName < $1.fullName }) {
            let name = shortName(enumeration.fullName)
            let names = enumeration.values.map { JSONValue.string($0.name) }
            guard case .array(let alternatives) = definitions?[name]?["anyOf"] ?? .null,
                let listed = alternatives.first?["enum"]
            else {
                found.append("\(enumeration.fullName): the JSON Schema has no $defs/\(name) with anyOf[0].enum")
                continue
            }
            if listed != .array(names) {
                found.append(
                    "\(enumeration.fullName): $defs/\(name) lists \(listed.serialized()), the .proto "
                        + JSONValue.array(names).serialized())
            }
        }
        return found.map { SchemaDisagreement(file: file, message: $0) }
    }

    private static func shortName(_ fullName: String) -> String {
        fullName.split(separator: ".").last.map(String.init) ?? fullName
    }

    private static func reference(_ fullName: String) -> JSONValue {
        .object(["$ref": .string("#/$defs/" + shortName(fullName))])
    }

    /// The property schema the structural JSON Schema uses for a field.
    static func expectedSchema(of field: ProtoField, in proto: ProtoSchema) -> JSONValue {
        if let entry = proto.messages[field.typeName], entry.isMapEntry {
            let value = entry.field(number: 2).map { expectedSchema(of: $0, in: proto) } ?? .null
            return .object(["type": .string("object"), "additionalProperties": value])
        }
        let element: JSONValue
        switch field.type {
        case 9: element = .object(["type": .string("string")])
        case 8: element = .object(["type": .string("boolean")])
        case 4: element = reference("UInt64")
        case 11, 14: element = reference(field.typeName)
        default: element = .object(["type": .string(field.typeDescription)])
        }
        return field.isRepeated ? .object(["type": .string("array"), "items": element]) : element
    }
}
