internal import CMsgPack

/// Strings from the UTF-8 bytes of MessagePack str values.
enum MessagePackUTF8 {
    /// The string whose UTF-8 form is `bytes`, or `nil` when `bytes` are not well-formed UTF-8.
    ///
    /// The standard library validates once while it copies (`String(decoding:as:)` takes its fast,
    /// non-generic path for contiguous bytes); it replaces ill-formed sequences with U+FFFD, so the result
    /// has exactly the input's bytes if and only if the input was well-formed.
    static func string(_ bytes: UnsafeRawBufferPointer) -> String? {
        var text = String(decoding: bytes, as: UTF8.self)
        let unchanged = text.withUTF8 { utf8 in
            guard utf8.count == bytes.count else { return false }
            guard let decoded = utf8.baseAddress, let original = bytes.baseAddress else { return true }
            return memcmp(decoded, original, bytes.count) == 0
        }
        return unchanged ? text : nil
    }
}
