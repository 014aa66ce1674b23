/// One difference between two versions of the schema, with the forms it breaks (none: compatible).
public struct SchemaChange: Hashable, Sendable {
    /// The category, after `buf breaking`'s rule names where one exists (`FIELD_NO_DELETE_UNLESS_NUMBER_RESERVED`).
    public var category: String
    /// The element changed (`notify.v1.Notification.url`).
    public var element: String
    /// One lower-case sentence: `field 13 was removed without reserving its number`.
    public var message: String
    /// The forms that old and new readers or writers can no longer exchange.
    public var breaks: Set<SchemaForm>

    /// Creates a change.
    public init(category: String, element: String, message: String, breaks: Set<SchemaForm> = []) {
        self.category = category
        self.element = element
        self.message = message
        self.breaks = breaks
    }

    /// Whether any form breaks.
    public var isBreaking: Bool { !breaks.isEmpty }

    /// `BREAKING (wire, msgpack-numbers) FIELD_…: notify.v1.Notification.url: …` or `compatible FIELD_ADDED: …`.
    public var line: String {
        let verdict =
            isBreaking ? "BREAKING (" + breaks.sorted().map(\.rawValue).joined(separator: ", ") + ")" : "compatible"
        return "\(verdict) \(category): \(element): \(message)"
    }
}
