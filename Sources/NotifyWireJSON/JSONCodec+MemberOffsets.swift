import NotifyWireCore

extension JSONCodec {
    /// The byte offset at which each member value of a JSON notification (or, with `isBatch`, a batch) starts,
    /// keyed by its field path as validation reports it: `id`, `actor.avatarUrl`, `data["k"]` (the decoded
    /// key), `tags[2]`, `notifications[1].actor.id`, and the empty path for the root object. Objects and
    /// arrays are keyed by the offset of their opening bracket; snake_case names are keyed by their
    /// lowerCamelCase path; unknown members are left out.
    ///
    /// For diagnostics only, never on the encode or decode path: call it on bytes that
    /// ``decodeNotification(from:)`` or ``decodeBatch(from:)`` accepted with the same limits. Should the
    /// bytes not scan after all, the offsets found before the failure are returned.
    package func memberValueOffsets(in bytes: UnsafeRawBufferPointer, isBatch: Bool) -> [String: Int] {
        var walker: JSONMemberOffsetWalker
        do throws(CodecError) {
            walker = try JSONMemberOffsetWalker(bytes: bytes, limits: limits)
        } catch {
            return [:]
        }
        do throws(CodecError) {
            try walker.walkValue(at: "", as: isBatch ? .batch : .notification)
        } catch {
            return walker.offsets
        }
        return walker.offsets
    }
}
