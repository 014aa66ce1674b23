/// One message of the notification schema as the Swift model implements it.
public struct SchemaMessageDescription: Hashable, Sendable {
    /// The full name (`notify.v1.Notification`).
    public let fullName: String
    /// The fields, by number.
    public let fields: [SchemaFieldDescription]

    /// Creates a message description.
    public init(fullName: String, fields: [SchemaFieldDescription]) {
        self.fullName = fullName
        self.fields = fields
    }

    /// The short name (`Notification`).
    public var name: String { fullName.split(separator: ".").last.map(String.init) ?? fullName }

    /// The field with this JSON name.
    public func field(jsonName: String) -> SchemaFieldDescription? {
        fields.first { $0.jsonName == jsonName }
    }
}
