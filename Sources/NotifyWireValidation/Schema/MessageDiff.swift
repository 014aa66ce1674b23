/// The changes between two versions of one message.
enum MessageDiff {
    static func changes(from old: ProtoMessage, to new: ProtoMessage) -> [SchemaChange] {
        var found: [SchemaChange] = []
        for before in old.fields {
            let element = "\(old.fullName).\(before.name)"
            if let after = new.field(number: before.number) {
                found += fieldChanges(before, after, element: element)
            } else if let moved = new.field(named: before.name) {
                found.append(
                    SchemaChange(
                        category: "FIELD_SAME_NUMBER", element: element,
                        message: "the field moved from number \(before.number) to \(moved.number)",
                        breaks: SchemaForm.byNumber))
                found += typeChanges(before, moved, element: element)
            } else {
                found += removal(of: before, from: new, element: element)
            }
        }
        for after in new.fields where old.field(number: after.number) == nil && old.field(named: after.name) == nil {
            let element = "\(new.fullName).\(after.name)"
            found.append(
                SchemaChange(
                    category: "FIELD_ADDED", element: element, message: "field \(after.number) was added"))
            if old.reserves(number: after.number) {
                found.append(
                    SchemaChange(
                        category: "RESERVED_NUMBER_REUSED", element: element,
                        message: "the new field takes number \(after.number), which was reserved",
                        breaks: SchemaForm.byNumber))
            }
            if old.reservedNames.contains(after.name) {
                found.append(
                    SchemaChange(
                        category: "RESERVED_NAME_REUSED", element: element,
                        message: "the new field takes the name \(after.name), which was reserved",
                        breaks: SchemaForm.byName))
            }
        }
        return found
    }

    private static func removal(of field: ProtoField, from new: ProtoMessage, element: String) -> [SchemaChange] {
        let numberReserved = new.reserves(number: field.number)
        let nameReserved = new.reservedNames.contains(field.name)
        var found: [SchemaChange] = []
        if !numberReserved {
            found.append(
                SchemaChange(
                    category: "FIELD_NO_DELETE_UNLESS_NUMBER_RESERVED", element: element,
                    message: "field \(field.number) was removed without reserving its number",
                    breaks: SchemaForm.byNumber))
        }
        if !nameReserved {
            found.append(
                SchemaChange(
                    category: "FIELD_NO_DELETE_UNLESS_NAME_RESERVED", element: element,
                    message: "field \(field.name) was removed without reserving its name", breaks: SchemaForm.byName))
        }
        if numberReserved && nameReserved {
            found.append(
                SchemaChange(
                    category: "FIELD_REMOVED_RESERVED", element: element,
                    message: "field \(field.number) was removed; its number and name are reserved"))
        }
        return found
    }

    private static func fieldChanges(_ before: ProtoField, _ after: ProtoField, element: String) -> [SchemaChange] {
        var found: [SchemaChange] = []
        if before.jsonName != after.jsonName {
            found.append(
                SchemaChange(
                    category: "FIELD_SAME_JSON_NAME", element: element,
                    message: "field \(before.number) was renamed from \(before.jsonName) to \(after.jsonName) in JSON",
                    breaks: SchemaForm.byName))
        } else if before.name != after.name {
            found.append(
                SchemaChange(
                    category: "FIELD_RENAMED_SAME_JSON_NAME", element: element,
                    message: "field \(before.number) was renamed to \(after.name) but keeps its JSON name"))
        }
        return found + typeChanges(before, after, element: element)
    }

    private static func typeChanges(_ before: ProtoField, _ after: ProtoField, element: String) -> [SchemaChange] {
        var found: [SchemaChange] = []
        let typeBreaks = WireTypeCompatibility.breaks(from: before, to: after)
        if typeBreaks.contains(.wire) {
            found.append(
                SchemaChange(
                    category: "FIELD_WIRE_COMPATIBLE_TYPE", element: element,
                    message: "the type changed from \(before.typeDescription) to \(after.typeDescription)",
                    breaks: [.wire]))
        }
        let valueBreaks = typeBreaks.subtracting([.wire])
        if !valueBreaks.isEmpty {
            found.append(
                SchemaChange(
                    category: "FIELD_WIRE_JSON_COMPATIBLE_TYPE", element: element,
                    message: "the type changed from \(before.typeDescription) to \(after.typeDescription)",
                    breaks: valueBreaks))
        }
        if !typeBreaks.isEmpty || before.typeDescription == after.typeDescription {
            // Reported above, or unchanged.
        } else {
            found.append(
                SchemaChange(
                    category: "FIELD_COMPATIBLE_TYPE", element: element,
                    message: "the type changed from \(before.typeDescription) to \(after.typeDescription), compatibly"))
        }
        if before.isRepeated != after.isRepeated {
            // Length-delimited values (string, bytes, message) read the same singular or repeated on the wire.
            let lengthDelimited: Set<Int32> = [9, 11, 12]
            var broken: Set<SchemaForm> = [.json, .msgpackNames, .msgpackNumbers]
            if !(lengthDelimited.contains(before.type) && lengthDelimited.contains(after.type)) {
                broken.insert(.wire)
            }
            found.append(
                SchemaChange(
                    category: "FIELD_SAME_CARDINALITY", element: element,
                    message: before.isRepeated ? "the field is no longer repeated" : "the field became repeated",
                    breaks: broken))
        }
        return found
    }
}
