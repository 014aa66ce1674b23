/// One step from a container to a value inside it, so that an error found while walking msgpack-c's
/// object tree can be located in the input afterwards (``MessagePackPreScanner/offset(following:in:)``).
enum MessagePackValueStep: Hashable, Sendable {
    /// The key of the map entry at this index.
    case mapKey(Int)
    /// The value of the map entry at this index.
    case mapValue(Int)
    /// The array element at this index.
    case element(Int)
}
