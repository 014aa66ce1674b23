/// Compares the `.proto` (as protoc parsed it) with the Swift model's metadata (``NotificationSchemaDescription``
/// and the enums' `knownValues`/`protoName`): the same messages, field numbers, names, JSON names and types.
enum ModelAgreement {
    static func disagreements(proto: ProtoSchema, file: String) -> [SchemaDisagreement] {
        var found: [String] = []
        let protoMessages = proto.messages.values.filter { !$0.isMapEntry }
        for message in protoMessages.sorted(by: { $0.fullName < $1.fullName }) {
            guard let model = NotificationSchemaDescription.message(named: message.fullName) else {
                found.append("\(message.fullName): the Swift model has no such message")
                continue
            }
            for field in message.fields {
                let element = "\(message.fullName).\(field.name)"
                guard let modelField = model.fields.first(where: { $0.number == field.number }) else {
                    found.append("\(element): the Swift model has no field \(field.number)")
                    continue
                }
                if modelField.protoName != field.name || modelField.jsonName != field.jsonName {
                    found.append(
                        "\(element): the Swift model names field \(field.number) \(modelField.protoName) "
                            + "(JSON \(modelField.jsonName)), the .proto \(field.name) (JSON \(field.jsonName))")
                }
                let protoType = modelType(of: field, in: proto)
                if modelField.type != protoType || modelField.isRepeated != (field.isRepeated && !isMap(field, proto)) {
                    found.append(
                        "\(element): the Swift model's type is \(modelField.isRepeated ? "repeated " : "")"
                            + "\(modelField.type), the .proto's \(field.isRepeated && !isMap(field, proto) ? "repeated " : "")"
                            + "\(protoType)")
                }
            }
            for modelField in model.fields where message.field(number: modelField.number) == nil {
                found.append(
                    "\(message.fullName): the .proto has no field \(modelField.number) (\(modelField.protoName))")
            }
        }
        for model in NotificationSchemaDescription.messages where proto.messages[model.fullName] == nil {
            found.append("\(model.fullName): the .proto has no such message")
        }
        let modelEnums = NotificationSchemaDescription.enums
        for enumeration in proto.enums.values.sorted(by: { $0.fullName < $1.fullName }) {
            guard let values = modelEnums[enumeration.fullName] else {
                found.append("\(enumeration.fullName): the Swift model has no such enum")
                continue
            }
            let modelValues = values.map { "\($0.name)=\($0.number)" }
            let protoValues = enumeration.values.map { "\($0.name)=\($0.number)" }
            if modelValues != protoValues {
                found.append(
                    "\(enumeration.fullName): the Swift model has \(modelValues.joined(separator: ", ")), the .proto "
                        + protoValues.joined(separator: ", "))
            }
        }
        return found.map { SchemaDisagreement(file: file, message: $0) }
    }

    private static func isMap(_ field: ProtoField, _ proto: ProtoSchema) -> Bool {
        proto.messages[field.typeName]?.isMapEntry ?? false
    }

    private static func modelType(of field: ProtoField, in proto: ProtoSchema) -> SchemaFieldType {
        if let entry = proto.messages[field.typeName], entry.isMapEntry {
            let stringToString = entry.field(number: 1)?.type == 9 && entry.field(number: 2)?.type == 9
            return stringToString ? .stringMap : .message("a map other than map<string, string>")
        }
        switch field.type {
        case 9: return .string
        case 8: return .bool
        case 4: return .uint64
        case 14: return .enumeration(field.typeName)
        case 11: return .message(field.typeName)
        default: return .message("unsupported type \(field.typeDescription)")
        }
    }
}
