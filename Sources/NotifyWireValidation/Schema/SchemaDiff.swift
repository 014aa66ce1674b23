/// Compares two versions of a `.proto` and reports every change with the forms it breaks.
///
/// Checks modelled on `buf breaking`'s WIRE and WIRE_JSON categories (see ``coveredRules``); fields and enum
/// values are matched by number, then by name (to tell a renumbering from a removal).
public enum SchemaDiff {
    /// The rules covered, with what each catches (for the README).
    public static let coveredRules: [(category: String, catches: String)] = [
        ("MESSAGE_NO_DELETE", "a message removed (all forms)"),
        ("ENUM_NO_DELETE", "an enum removed (all forms)"),
        (
            "FIELD_NO_DELETE_UNLESS_NUMBER_RESERVED",
            "a field removed without reserving its number (wire, msgpack-numbers)"
        ),
        ("FIELD_NO_DELETE_UNLESS_NAME_RESERVED", "a field removed without reserving its name (json, msgpack-names)"),
        ("RESERVED_NUMBER_REUSED", "a new field or enum value takes a reserved number (wire, msgpack-numbers)"),
        ("RESERVED_NAME_REUSED", "a new field or enum value takes a reserved name (json, msgpack-names)"),
        ("FIELD_SAME_NUMBER", "a field keeps its name but changes number (wire, msgpack-numbers)"),
        ("FIELD_SAME_JSON_NAME", "a field keeps its number but changes JSON name (json, msgpack-names)"),
        ("FIELD_WIRE_COMPATIBLE_TYPE", "a field's type changes incompatibly on the wire (wire)"),
        ("FIELD_WIRE_JSON_COMPATIBLE_TYPE", "a field's type changes how its value is written (json, msgpack)"),
        ("FIELD_SAME_CARDINALITY", "singular ↔ repeated (wire unless length-delimited; json and msgpack always)"),
        (
            "ENUM_VALUE_NO_DELETE_UNLESS_NUMBER_RESERVED",
            "an enum value removed without reserving its number (wire, msgpack)"
        ),
        ("ENUM_VALUE_NO_DELETE_UNLESS_NAME_RESERVED", "an enum value removed without reserving its name (json)"),
        ("ENUM_VALUE_SAME_NUMBER", "an enum value keeps its name but changes number (wire, msgpack)"),
        ("ENUM_VALUE_SAME_NAME", "an enum value keeps its number but changes name (json)"),
        (
            "FIELD_ADDED, ENUM_VALUE_ADDED, MESSAGE_ADDED, ENUM_ADDED, FIELD_RENAMED_SAME_JSON_NAME",
            "compatible changes, listed"
        ),
    ]

    /// Every change from `old` to `new`, messages and enums sorted by name.
    public static func changes(from old: ProtoSchema, to new: ProtoSchema) -> [SchemaChange] {
        var found: [SchemaChange] = []
        for name in Set(old.messages.keys).union(new.messages.keys).sorted() {
            switch (old.messages[name], new.messages[name]) {
            case (let before?, let after?):
                found += MessageDiff.changes(from: before, to: after)
            case (_?, nil):
                found.append(
                    SchemaChange(
                        category: "MESSAGE_NO_DELETE", element: name, message: "the message was removed",
                        breaks: Set(SchemaForm.allCases)))
            case (nil, _?):
                found.append(SchemaChange(category: "MESSAGE_ADDED", element: name, message: "a message was added"))
            case (nil, nil):
                break
            }
        }
        for name in Set(old.enums.keys).union(new.enums.keys).sorted() {
            switch (old.enums[name], new.enums[name]) {
            case (let before?, let after?):
                found += EnumDiff.changes(from: before, to: after)
            case (_?, nil):
                found.append(
                    SchemaChange(
                        category: "ENUM_NO_DELETE", element: name, message: "the enum was removed",
                        breaks: Set(SchemaForm.allCases)))
            case (nil, _?):
                found.append(SchemaChange(category: "ENUM_ADDED", element: name, message: "an enum was added"))
            case (nil, nil):
                break
            }
        }
        return found
    }
}
