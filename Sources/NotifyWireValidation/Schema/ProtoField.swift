/// One field of a message as `protoc` describes it (`google.protobuf.FieldDescriptorProto`).
public struct ProtoField: Hashable, Sendable {
    /// The field name (`recipient_id`).
    public var name: String
    /// The field number.
    public var number: Int32
    /// The JSON name protoc derives (`recipientId`).
    public var jsonName: String
    /// `FieldDescriptorProto.Type` (9 string, 8 bool, 4 uint64, 14 enum, 11 message, ...).
    public var type: Int32
    /// The message or enum type, fully qualified without the leading dot (`notify.v1.Actor`); empty for scalars.
    public var typeName: String
    /// Whether the field is `repeated` (maps included).
    public var isRepeated: Bool
    /// The `oneof` the field belongs to (synthetic `optional` ones included), if any.
    public var oneofIndex: Int32?

    /// Creates a field.
    public init(
        name: String, number: Int32, jsonName: String, type: Int32, typeName: String, isRepeated: Bool,
        oneofIndex: Int32? = nil
    ) {
        self.name = name
        self.number = number
        self.jsonName = jsonName
        self.type = type
        self.typeName = typeName
        self.isRepeated = isRepeated
        self.oneofIndex = oneofIndex
    }

    /// The type as written in a `.proto`: `string`, `uint64`, `notify.v1.Actor`.
    public var typeDescription: String {
        if !typeName.isEmpty { return typeName }
        let scalars: [Int32: String] = [
            1: "double", 2: "float", 3: "int64", 4: "uint64", 5: "int32", 6: "fixed64", 7: "fixed32", 8: "bool",
            9: "string", 12: "bytes", 13: "uint32", 15: "sfixed32", 16: "sfixed64", 17: "sint32", 18: "sint64",
        ]
        return scalars[type] ?? "type \(type)"
    }
}
