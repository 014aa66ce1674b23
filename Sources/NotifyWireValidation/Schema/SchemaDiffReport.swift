/// The changes between two schema versions, written as text, JSON or GitHub Actions annotations.
public struct SchemaDiffReport: Hashable, Sendable {
    /// The new schema's file, for annotations (`Schemas/notify/v1/notification.proto`).
    public var file: String
    /// Every change.
    public var changes: [SchemaChange]

    /// Creates a report.
    public init(file: String, changes: [SchemaChange]) {
        self.file = file
        self.changes = changes
    }

    /// Whether any change breaks any form.
    public var isBreaking: Bool { changes.contains { $0.isBreaking } }

    /// One line per change, then `N changes, M breaking`.
    public var text: String {
        let breaking = changes.filter(\.isBreaking).count
        let summary = "\(changes.count) change\(changes.count == 1 ? "" : "s"), \(breaking) breaking"
        return (changes.map(\.line) + [summary]).joined(separator: "\n") + "\n"
    }

    /// `{"breaking": Bool, "changes": [{"category", "element", "message", "breaks": [forms]}]}`.
    public var json: String {
        let documents: [JSONValue] = changes.map { change in
            .object([
                "category": .string(change.category), "element": .string(change.element),
                "message": .string(change.message),
                "breaks": .array(change.breaks.sorted().map { .string($0.rawValue) }),
            ])
        }
        return JSONValue.object(["breaking": .bool(isBreaking), "changes": .array(documents)]).serialized() + "\n"
    }

    /// One `::error` per breaking change and one `::notice` per compatible one.
    public var githubAnnotations: String {
        let lines = changes.map { change in
            let command = change.isBreaking ? "error" : "notice"
            let title = ValidationReport.escapeProperty("notifywire schema diff: " + change.category)
            var message = change.element + ": " + change.message
            if change.isBreaking {
                message += " (breaks " + change.breaks.sorted().map(\.rawValue).joined(separator: ", ") + ")"
            }
            return "::\(command) file=\(ValidationReport.escapeProperty(file)),title=\(title)::"
                + ValidationReport.escapeData(message)
        }
        return lines.isEmpty ? "" : lines.joined(separator: "\n") + "\n"
    }
}
