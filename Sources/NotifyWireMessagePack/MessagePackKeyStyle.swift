/// Which keys the MessagePack encoder writes for the fields of a map.
///
/// The decoder accepts both styles, key by key, in the same map, without being told which one to expect.
public enum MessagePackKeyStyle: Hashable, Sendable {
    /// The lowerCamelCase names of the proto3 JSON form (`"displayName"`), so that JavaScript and Python
    /// users get plain maps with string keys. The default.
    case names
    /// The proto field numbers as positive integer keys (`2` for `displayName`): the compact form, one
    /// byte per key.
    case fieldNumbers
}
