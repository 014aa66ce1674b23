internal import CMsgPack

/// One field of a message as MessagePack keys it: its proto3 JSON name and its proto field number.
struct MessagePackField: Sendable {
    /// The lowerCamelCase JSON name (`"displayName"`), also the name used in error paths.
    let name: StaticString
    /// The proto field number (`2`), the key of the `.fieldNumbers` style.
    let number: Int

    /// The name as a Swift string, for error paths.
    var pathName: String { name.description }

    /// Whether `bytes` are the UTF-8 bytes of ``name``.
    func nameEquals(_ bytes: UnsafeRawBufferPointer) -> Bool {
        guard bytes.count == name.utf8CodeUnitCount else { return false }
        guard let actual = bytes.baseAddress else { return true }
        return memcmp(actual, name.utf8Start, bytes.count) == 0
    }
}
