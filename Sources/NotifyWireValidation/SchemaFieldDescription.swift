/// One field of the notification schema as the Swift model implements it.
public struct SchemaFieldDescription: Hashable, Sendable {
    /// The field number.
    public let number: Int32
    /// The `.proto` name (`recipient_id`).
    public let protoName: String
    /// The JSON and MessagePack name (`recipientId`).
    public let jsonName: String
    /// The type.
    public let type: SchemaFieldType
    /// Whether the field is `repeated` (maps are not counted as repeated here).
    public let isRepeated: Bool

    /// Creates a field description.
    public init(
        _ number: Int32, _ protoName: String, _ jsonName: String, _ type: SchemaFieldType, repeated: Bool = false
    ) {
        self.number = number
        self.protoName = protoName
        self.jsonName = jsonName
        self.type = type
        self.isRepeated = repeated
    }
}
