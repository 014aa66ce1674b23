/// Which field type changes each form survives, after `buf breaking`'s FIELD_WIRE_COMPATIBLE_TYPE and
/// FIELD_WIRE_JSON_COMPATIBLE_TYPE.
enum WireTypeCompatibility {
    // FieldDescriptorProto.Type numbers.
    private static let varint: Set<Int32> = [3, 4, 5, 8, 13, 14]  // int64 uint64 int32 bool uint32 enum
    private static let zigzag: Set<Int32> = [17, 18]  // sint32 sint64
    private static let fixed32: Set<Int32> = [7, 15]  // fixed32 sfixed32
    private static let fixed64: Set<Int32> = [6, 16]  // fixed64 sfixed64
    private static let lengthDelimited: Set<Int32> = [9, 12]  // string bytes
    private static let message: Int32 = 11

    /// The forms an old → new type change breaks; empty for the same type.
    static func breaks(from old: ProtoField, to new: ProtoField) -> Set<SchemaForm> {
        if old.type == new.type && old.typeName == new.typeName { return [] }
        var broken: Set<SchemaForm> = []
        if !wireCompatible(old.type, new.type) || (old.type == message && new.type == message) {
            broken.insert(.wire)
        }
        // JSON and MessagePack write values by kind (string, number, enum name, object): only changes that keep
        // the written value the same survive: 32-bit and 64-bit integers of the same signedness family.
        if !valueCompatible(old, new) {
            broken.formUnion([.json, .msgpackNames, .msgpackNumbers])
        }
        return broken
    }

    private static func wireCompatible(_ old: Int32, _ new: Int32) -> Bool {
        for group in [varint, zigzag, fixed32, fixed64, lengthDelimited]
        where group.contains(old) && group.contains(new) {
            return true
        }
        // A message and bytes share the length-delimited wire type.
        return (old == message && new == 12) || (old == 12 && new == message)
    }

    private static func valueCompatible(_ old: ProtoField, _ new: ProtoField) -> Bool {
        let signed32: Set<Int32> = [5, 15, 17]  // int32 sfixed32 sint32
        let unsigned32: Set<Int32> = [13, 7]  // uint32 fixed32
        let signed64: Set<Int32> = [3, 16, 18]  // int64 sfixed64 sint64 (JSON strings)
        let unsigned64: Set<Int32> = [4, 6]  // uint64 fixed64 (JSON strings)
        for group in [signed32, unsigned32, signed64, unsigned64]
        where group.contains(old.type) && group.contains(new.type) {
            return true
        }
        return false
    }
}
