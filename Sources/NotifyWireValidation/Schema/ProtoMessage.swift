/// One message as `protoc` describes it (`google.protobuf.DescriptorProto`), nested ones flattened.
public struct ProtoMessage: Hashable, Sendable {
    /// The full name without a leading dot (`notify.v1.Notification`).
    public var fullName: String
    /// The fields in declaration order.
    public var fields: [ProtoField]
    /// Reserved field numbers, as inclusive ranges.
    public var reservedNumbers: [ClosedRange<Int32>]
    /// Reserved field names.
    public var reservedNames: [String]
    /// Whether it is the synthetic entry message of a `map<…>` field.
    public var isMapEntry: Bool

    /// Creates a message.
    public init(
        fullName: String, fields: [ProtoField], reservedNumbers: [ClosedRange<Int32>] = [],
        reservedNames: [String] = [],
        isMapEntry: Bool = false
    ) {
        self.fullName = fullName
        self.fields = fields
        self.reservedNumbers = reservedNumbers
        self.reservedNames = reservedNames
        self.isMapEntry = isMapEntry
    }

    /// The field with this number.
    public func field(number: Int32) -> ProtoField? { fields.first { $0.number == number } }

    /// The field with this name.
    public func field(named name: String) -> ProtoField? { fields.first { $0.name == name } }

    /// Whether `number` is reserved.
    public func reserves(number: Int32) -> Bool { reservedNumbers.contains { $0.contains(number) } }
}
