/// A parameter of a ``MediaRange`` (`charset=utf-8`).
public struct MediaRangeParameter: Hashable, Sendable {
    /// The name, lower-cased.
    public var name: String
    /// The value as written, without quotes and escapes.
    public var value: String

    /// Creates a parameter; `name` is lower-cased.
    public init(name: String, value: String) {
        self.name = name.lowercased()
        self.value = value
    }
}
