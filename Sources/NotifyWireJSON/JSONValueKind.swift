/// The JSON type of a value, known from its first byte.
enum JSONValueKind: Sendable {
    case object, array, string, number, boolean, null

    /// The name used in error messages (`expected a string, found a number`).
    var description: String {
        switch self {
        case .object: "an object"
        case .array: "an array"
        case .string: "a string"
        case .number: "a number"
        case .boolean: "a boolean"
        case .null: "null"
        }
    }
}
