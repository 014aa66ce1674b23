/// The encodings NotifyWire speaks. Open like an error code: new formats are added as static values.
public struct WireFormat: Hashable, Sendable, CustomStringConvertible {
    /// A short stable name (`"json"`, `"msgpack"`, `"protobuf"`), used on the command line.
    public let name: String
    /// The human name used in error messages (`"JSON"`).
    public let displayName: String

    /// Creates a format; codecs outside this package may define their own.
    public init(name: String, displayName: String) {
        self.name = name
        self.displayName = displayName
    }

    /// proto3 canonical JSON.
    public static let json = WireFormat(name: "json", displayName: "JSON")
    /// MessagePack.
    public static let messagePack = WireFormat(name: "msgpack", displayName: "MessagePack")
    /// Protocol Buffers binary.
    public static let protobuf = WireFormat(name: "protobuf", displayName: "Protocol Buffers")

    /// The display name.
    public var description: String { displayName }
}
