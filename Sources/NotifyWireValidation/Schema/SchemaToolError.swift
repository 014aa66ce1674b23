/// A `notifywire schema` input could not be used: protoc failed, a git revision is missing, a file is unreadable.
public struct SchemaToolError: Error, Hashable, Sendable, CustomStringConvertible {
    /// One lower-case sentence saying what failed.
    public var message: String

    /// Creates an error.
    public init(_ message: String) {
        self.message = message
    }

    /// The message.
    public var description: String { message }
}
