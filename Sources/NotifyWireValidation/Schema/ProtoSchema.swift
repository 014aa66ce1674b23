/// The messages and enums of one `.proto` file (its imports excluded), as `protoc` parsed them.
public struct ProtoSchema: Hashable, Sendable {
    /// The file's package (`notify.v1`).
    public var package: String
    /// Every message, nested ones included, by full name.
    public var messages: [String: ProtoMessage]
    /// Every enum, nested ones included, by full name.
    public var enums: [String: ProtoEnum]

    /// Creates a schema.
    public init(package: String, messages: [String: ProtoMessage], enums: [String: ProtoEnum]) {
        self.package = package
        self.messages = messages
        self.enums = enums
    }
}
