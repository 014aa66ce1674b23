/// One enum as `protoc` describes it (`google.protobuf.EnumDescriptorProto`).
public struct ProtoEnum: Hashable, Sendable {
    /// One value.
    public struct Value: Hashable, Sendable {
        /// The name (`STATUS_CHANGE`).
        public var name: String
        /// The number.
        public var number: Int32

        /// Creates a value.
        public init(name: String, number: Int32) {
            self.name = name
            self.number = number
        }
    }

    /// The full name without a leading dot (`notify.v1.Kind`).
    public var fullName: String
    /// The values in declaration order.
    public var values: [Value]
    /// Reserved numbers, as inclusive ranges.
    public var reservedNumbers: [ClosedRange<Int32>]
    /// Reserved names.
    public var reservedNames: [String]

    /// Creates an enum.
    public init(
        fullName: String, values: [Value], reservedNumbers: [ClosedRange<Int32>] = [], reservedNames: [String] = []
    ) {
        self.fullName = fullName
        self.values = values
        self.reservedNumbers = reservedNumbers
        self.reservedNames = reservedNames
    }

    /// Whether `number` is reserved.
    public func reserves(number: Int32) -> Bool { reservedNumbers.contains { $0.contains(number) } }
}
