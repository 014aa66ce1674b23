internal import CProtoDescriptor
internal import CProtobufC

/// Reads the output of `protoc --descriptor_set_out` with the protoc-c code generated from
/// `google/protobuf/descriptor.proto` (target `CProtoDescriptor`): no hand-written `.proto` parser.
enum ProtoDescriptorReader {
    /// The schema of the last file of a serialized `FileDescriptorSet` (protoc lists imports first).
    static func schema(fromDescriptorSet bytes: [UInt8]) throws(SchemaToolError) -> ProtoSchema {
        let result: ProtoSchema? = bytes.withUnsafeBufferPointer { buffer in
            guard let set = google__protobuf__file_descriptor_set__unpack(nil, buffer.count, buffer.baseAddress) else {
                return nil
            }
            defer { google__protobuf__file_descriptor_set__free_unpacked(set, nil) }
            guard set.pointee.n_file > 0, let file = set.pointee.file[set.pointee.n_file - 1] else { return nil }
            let package = text(file.pointee.package)
            var messages: [String: ProtoMessage] = [:]
            var enums: [String: ProtoEnum] = [:]
            for index in 0..<file.pointee.n_message_type {
                guard let message = file.pointee.message_type[index] else { continue }
                collect(message, scope: package, messages: &messages, enums: &enums)
            }
            for index in 0..<file.pointee.n_enum_type {
                guard let enumeration = file.pointee.enum_type[index] else { continue }
                let value = protoEnum(enumeration, scope: package)
                enums[value.fullName] = value
            }
            return ProtoSchema(package: package, messages: messages, enums: enums)
        }
        guard let result else { throw SchemaToolError("the descriptor set protoc wrote cannot be read") }
        return result
    }

    private static func text(_ pointer: UnsafeMutablePointer<CChar>?) -> String {
        pointer.map { String(cString: $0) } ?? ""
    }

    private static func qualified(_ name: String, in scope: String) -> String {
        scope.isEmpty ? name : scope + "." + name
    }

    private static func collect(
        _ message: UnsafeMutablePointer<Google__Protobuf__DescriptorProto>, scope: String,
        messages: inout [String: ProtoMessage], enums: inout [String: ProtoEnum]
    ) {
        let fullName = qualified(text(message.pointee.name), in: scope)
        var fields: [ProtoField] = []
        for index in 0..<message.pointee.n_field {
            guard let field = message.pointee.field[index] else { continue }
            var typeName = text(field.pointee.type_name)
            if typeName.hasPrefix(".") { typeName.removeFirst() }
            fields.append(
                ProtoField(
                    name: text(field.pointee.name), number: field.pointee.number,
                    jsonName: text(field.pointee.json_name),
                    type: Int32(field.pointee.type.rawValue), typeName: typeName,
                    isRepeated: field.pointee.label == GOOGLE__PROTOBUF__FIELD_DESCRIPTOR_PROTO__LABEL__LABEL_REPEATED,
                    oneofIndex: field.pointee.has_oneof_index != 0 ? field.pointee.oneof_index : nil))
        }
        var reserved: [ClosedRange<Int32>] = []
        for index in 0..<message.pointee.n_reserved_range {
            guard let range = message.pointee.reserved_range[index], range.pointee.end > range.pointee.start else {
                continue
            }
            // DescriptorProto.ReservedRange's end is exclusive.
            reserved.append(range.pointee.start...(range.pointee.end - 1))
        }
        var reservedNames: [String] = []
        for index in 0..<message.pointee.n_reserved_name {
            reservedNames.append(text(message.pointee.reserved_name[index]))
        }
        let isMapEntry =
            message.pointee.options.map { $0.pointee.has_map_entry != 0 && $0.pointee.map_entry != 0 } ?? false
        messages[fullName] = ProtoMessage(
            fullName: fullName, fields: fields, reservedNumbers: reserved, reservedNames: reservedNames,
            isMapEntry: isMapEntry)
        for index in 0..<message.pointee.n_nested_type {
            guard let nested = message.pointee.nested_type[index] else { continue }
            collect(nested, scope: fullName, messages: &messages, enums: &enums)
        }
        for index in 0..<message.pointee.n_enum_type {
            guard let enumeration = message.pointee.enum_type[index] else { continue }
            let value = protoEnum(enumeration, scope: fullName)
            enums[value.fullName] = value
        }
    }

    private static func protoEnum(
        _ enumeration: UnsafeMutablePointer<Google__Protobuf__EnumDescriptorProto>, scope: String
    ) -> ProtoEnum {
        var values: [ProtoEnum.Value] = []
        for index in 0..<enumeration.pointee.n_value {
            guard let value = enumeration.pointee.value[index] else { continue }
            values.append(ProtoEnum.Value(name: text(value.pointee.name), number: value.pointee.number))
        }
        var reserved: [ClosedRange<Int32>] = []
        for index in 0..<enumeration.pointee.n_reserved_range {
            // EnumReservedRange's end is inclusive.
            guard let range = enumeration.pointee.reserved_range[index], range.pointee.end >= range.pointee.start else {
                continue
            }
            reserved.append(range.pointee.start...range.pointee.end)
        }
        var reservedNames: [String] = []
        for index in 0..<enumeration.pointee.n_reserved_name {
            reservedNames.append(text(enumeration.pointee.reserved_name[index]))
        }
        return ProtoEnum(
            fullName: qualified(text(enumeration.pointee.name), in: scope), values: values, reservedNumbers: reserved,
            reservedNames: reservedNames)
    }
}
