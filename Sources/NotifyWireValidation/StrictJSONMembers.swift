/// What `--strict` adds for JSON: every member name must be a field's canonical (lowerCamelCase) name and
/// no value may be `null`, as in the JSON Schema's `additionalProperties: false` and types.
///
/// The codec skips unknown members and accepts snake_case names and `null` (proto3 JSON parsing rules), and
/// its defaults stay so; this walk over Foundation's parse of the same bytes lists what strict mode refuses.
/// Run it only on bytes the codec decoded, so that the document is known to be well-formed and bounded.
enum StrictJSONMembers {
    /// Every unknown, non-canonical or `null` member of the document, with its path.
    static func issues(in bytes: [UInt8], isBatch: Bool) -> [ValidationIssue] {
        guard let document = JSONValue(parsing: bytes) else {
            return [ValidationIssue(rule: "strict.unreadable", path: "", message: "the document cannot be re-read")]
        }
        let root = isBatch ? NotificationSchemaDescription.batch : NotificationSchemaDescription.notification
        var found: [ValidationIssue] = []
        walk(document, as: root, path: "", into: &found)
        return found
    }

    private static func walk(
        _ value: JSONValue, as message: SchemaMessageDescription, path: String, into found: inout [ValidationIssue]
    ) {
        guard case .object(let members) = value else { return }
        for name in members.keys.sorted() {
            let memberPath = path.isEmpty ? name : path + "." + name
            let member = members[name] ?? .null
            guard let field = message.field(jsonName: name) else {
                if let canonical = message.fields.first(where: { $0.protoName == name }) {
                    found.append(
                        ValidationIssue(
                            rule: "strict.nonCanonicalName", path: memberPath,
                            message: "is not the canonical name; write \(canonical.jsonName)"))
                } else {
                    found.append(
                        ValidationIssue(
                            rule: "strict.unknownField", path: memberPath,
                            message: "is not a field of \(message.fullName)"))
                }
                continue
            }
            if member == .null {
                found.append(
                    ValidationIssue(rule: "strict.null", path: memberPath, message: "must not be null; omit the field"))
                continue
            }
            guard case .message(let typeName) = field.type,
                let nested = NotificationSchemaDescription.message(named: typeName)
            else { continue }
            if field.isRepeated, case .array(let elements) = member {
                for (index, element) in elements.enumerated() {
                    walk(element, as: nested, path: "\(memberPath)[\(index)]", into: &found)
                }
            } else {
                walk(member, as: nested, path: memberPath, into: &found)
            }
        }
    }
}
