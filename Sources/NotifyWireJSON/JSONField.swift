/// A field of one of the schema's messages, matched by its JSON member name.
protocol JSONField: RawRepresentable where RawValue == UInt8 {
    /// Matches a member name, lowerCamelCase or snake_case, by its bytes.
    static func named(_ name: UnsafeRawBufferPointer) -> Self?
    /// The lowerCamelCase JSON name, used in error paths.
    var jsonName: String { get }
}

extension NotificationField: JSONField {}
extension ActorField: JSONField {}
extension SubjectField: JSONField {}
extension BatchField: JSONField {}
