/// A form of the schema on the wire, which a change may break.
public enum SchemaForm: String, Hashable, Sendable, CaseIterable, Comparable {
    /// Protocol Buffers binary: field and enum value numbers.
    case wire
    /// proto3 canonical JSON: field JSON names and enum value names.
    case json
    /// MessagePack with name keys: field JSON names; enum values as numbers.
    case msgpackNames = "msgpack-names"
    /// MessagePack with number keys: field numbers; enum values as numbers.
    case msgpackNumbers = "msgpack-numbers"

    /// Orders as declared.
    public static func < (lhs: SchemaForm, rhs: SchemaForm) -> Bool {
        allCases.firstIndex(of: lhs) ?? 0 < allCases.firstIndex(of: rhs) ?? 0
    }

    /// Every form that identifies fields by number (binary, MessagePack number keys).
    public static let byNumber: Set<SchemaForm> = [.wire, .msgpackNumbers]
    /// Every form that identifies fields by name (JSON, MessagePack name keys).
    public static let byName: Set<SchemaForm> = [.json, .msgpackNames]
    /// Every form that writes enum values as numbers (binary, both MessagePack styles).
    public static let enumByNumber: Set<SchemaForm> = [.wire, .msgpackNames, .msgpackNumbers]
}
