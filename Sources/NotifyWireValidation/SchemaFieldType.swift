/// The type of a field of the notification schema, in the `.proto`'s terms.
public enum SchemaFieldType: Hashable, Sendable, CustomStringConvertible {
    /// `string`.
    case string
    /// `bool`.
    case bool
    /// `uint64`.
    case uint64
    /// An enum of the schema (`notify.v1.Kind`).
    case enumeration(String)
    /// A message (`notify.v1.Actor`, `google.protobuf.Timestamp`).
    case message(String)
    /// `map<string, string>`.
    case stringMap

    /// The `.proto` spelling: `string`, `notify.v1.Kind`, `map<string, string>`.
    public var description: String {
        switch self {
        case .string: "string"
        case .bool: "bool"
        case .uint64: "uint64"
        case .enumeration(let name), .message(let name): name
        case .stringMap: "map<string, string>"
        }
    }
}
