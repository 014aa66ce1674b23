/// The changes between two versions of one enum.
enum EnumDiff {
    static func changes(from old: ProtoEnum, to new: ProtoEnum) -> [SchemaChange] {
        var found: [SchemaChange] = []
        let oldNames = Dictionary(old.values.map { ($0.name, $0.number) }, uniquingKeysWith: { first, _ in first })
        let newNames = Dictionary(new.values.map { ($0.name, $0.number) }, uniquingKeysWith: { first, _ in first })
        let newNumbers = Dictionary(new.values.map { ($0.number, $0.name) }, uniquingKeysWith: { first, _ in first })
        let oldNumbers = Dictionary(old.values.map { ($0.number, $0.name) }, uniquingKeysWith: { first, _ in first })
        for value in old.values {
            let element = "\(old.fullName).\(value.name)"
            if let newNumber = newNames[value.name], newNumber != value.number {
                found.append(
                    SchemaChange(
                        category: "ENUM_VALUE_SAME_NUMBER", element: element,
                        message: "the value moved from number \(value.number) to \(newNumber)",
                        breaks: SchemaForm.enumByNumber))
            } else if let newName = newNumbers[value.number], newName != value.name, newNames[value.name] == nil {
                found.append(
                    SchemaChange(
                        category: "ENUM_VALUE_SAME_NAME", element: element,
                        message: "value \(value.number) was renamed to \(newName)", breaks: [.json]))
            } else if newNames[value.name] == nil && newNumbers[value.number] == nil {
                if !new.reserves(number: value.number) {
                    found.append(
                        SchemaChange(
                            category: "ENUM_VALUE_NO_DELETE_UNLESS_NUMBER_RESERVED", element: element,
                            message: "value \(value.number) was removed without reserving its number",
                            breaks: SchemaForm.enumByNumber))
                }
                if !new.reservedNames.contains(value.name) {
                    found.append(
                        SchemaChange(
                            category: "ENUM_VALUE_NO_DELETE_UNLESS_NAME_RESERVED", element: element,
                            message: "value \(value.name) was removed without reserving its name", breaks: [.json]))
                }
            }
        }
        for value in new.values where oldNames[value.name] == nil && oldNumbers[value.number] == nil {
            let element = "\(new.fullName).\(value.name)"
            found.append(
                SchemaChange(category: "ENUM_VALUE_ADDED", element: element, message: "value \(value.number) was added")
            )
            if old.reserves(number: value.number) {
                found.append(
                    SchemaChange(
                        category: "RESERVED_NUMBER_REUSED", element: element,
                        message: "the new value takes number \(value.number), which was reserved",
                        breaks: SchemaForm.enumByNumber))
            }
            if old.reservedNames.contains(value.name) {
                found.append(
                    SchemaChange(
                        category: "RESERVED_NAME_REUSED", element: element,
                        message: "the new value takes the name \(value.name), which was reserved", breaks: [.json]))
            }
        }
        return found
    }
}
