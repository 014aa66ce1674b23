import NotifyWireCore

#if canImport(Glibc)
    internal import Glibc
#elseif canImport(Musl)
    internal import Musl
#elseif canImport(Darwin)
    internal import Darwin
#endif

/// Hands protobuf-c NUL-terminated `char *` pointers to a notification's strings, for the duration of a
/// closure, without copying them and without collecting the strings in an array first.
///
/// The table holds, in this order, the ``fixedStrings`` single strings (`id`, `recipientId`, `title`,
/// `body`, `url`, the actor's three and the subject's three, empty for an absent sub-message), then the
/// tags, then each `data` entry's key and value in the dictionary's own order (the encoder sorts them).
///
/// `String.withCString` lends a native string's own UTF-8 storage, which Swift keeps NUL-terminated (only
/// small strings of up to 15 bytes, stored inline in the `String` value, are copied to the stack). The
/// pointers are collected by nesting one `withCString` per string; to bound the stack depth, a
/// notification with more than ``maxNestedStrings`` strings (hundreds of tags or data entries) is instead
/// copied once into a single NUL-separated scratch allocation.
enum CStringTable {
    /// The most strings lent by nesting `withCString`; longer lists go through one scratch copy.
    static let maxNestedStrings = 256

    /// The number of single strings at the start of the table, before the tags.
    static let fixedStrings = 11

    /// The single strings of a notification, in table order.
    typealias FixedStrings = InlineArray<11, String>

    /// A table and the closure to run once it is full: the table and the strings' total UTF-8 bytes.
    typealias Body = (UnsafeMutableBufferPointer<UnsafeMutablePointer<CChar>?>, Int) -> Void

    /// The single strings of `notification`, in table order.
    static func fixedStrings(of notification: NotificationMessage) -> FixedStrings {
        let actor = notification.actor
        let subject = notification.subject
        return [
            notification.id, notification.recipientID, notification.title, notification.body, notification.url,
            actor?.id ?? "", actor?.displayName ?? "", actor?.avatarURL ?? "",
            subject?.type ?? "", subject?.id ?? "", subject?.parentID ?? "",
        ]
    }

    /// Runs `body` with the table of the strings `fixed`, `tags` and `data` and the total of their UTF-8
    /// byte counts, unless one of them holds U+0000: then returns `false` without running `body`.
    ///
    /// With `substitutingNUL`, every string is copied, with U+0000 as ``ProtobufNULSubstitution/substitute``,
    /// and `body` always runs.
    static func withCStrings(
        fixed: inout FixedStrings,
        tags: [String],
        data: [String: String],
        substitutingNUL: Bool = false,
        _ body: Body
    ) -> Bool {
        let count = fixedStrings + tags.count + 2 * data.count
        return withUnsafeTemporaryAllocation(of: UnsafeMutablePointer<CChar>?.self, capacity: count) { table in
            guard count <= maxNestedStrings, !substitutingNUL else {
                return copy(
                    fixed: fixed, tags: tags, data: data, substitutingNUL: substitutingNUL, into: table, body)
            }
            // The recursion gets its strings by pointer, so that its closures capture nothing that needs
            // retaining at every level.
            return withUnsafePointer(to: &fixed) { fixed in
                tags.withUnsafeBufferPointer { tags in
                    withUnsafePointer(to: data) { data in
                        lendFixed(Sources(fixed: fixed, tags: tags, data: data, table: table), slot: 0, bytes: 0, body)
                    }
                }
            }
        }
    }

    /// Where the recursion finds the strings and puts their pointers.
    private struct Sources {
        let fixed: UnsafePointer<FixedStrings>
        let tags: UnsafeBufferPointer<String>
        let data: UnsafePointer<[String: String]>
        let table: UnsafeMutableBufferPointer<UnsafeMutablePointer<CChar>?>
    }

    // Lends one string after the other by recursion: each `withCString` closure lends the next one, and
    // the innermost runs `body`.

    private static func lendFixed(_ sources: Sources, slot: Int, bytes: Int, _ body: Body) -> Bool {
        guard slot < fixedStrings else { return lendTags(sources, tag: 0, bytes: bytes, body) }
        let string = sources.fixed.pointee[slot]
        let length = string.utf8.count
        return string.withCString { pointer in
            guard strlen(pointer) == length, slot < sources.table.count else { return false }
            sources.table[slot] = UnsafeMutablePointer(mutating: pointer)
            return lendFixed(sources, slot: slot + 1, bytes: bytes + length, body)
        }
    }

    private static func lendTags(_ sources: Sources, tag: Int, bytes: Int, _ body: Body) -> Bool {
        guard tag < sources.tags.count else {
            let start = sources.data.pointee.startIndex
            return lendData(sources, at: start, slot: fixedStrings + sources.tags.count, bytes: bytes, body)
        }
        let string = sources.tags[tag]
        let length = string.utf8.count
        return string.withCString { pointer in
            let slot = fixedStrings + tag
            guard strlen(pointer) == length, slot < sources.table.count else { return false }
            sources.table[slot] = UnsafeMutablePointer(mutating: pointer)
            return lendTags(sources, tag: tag + 1, bytes: bytes + length, body)
        }
    }

    private static func lendData(
        _ sources: Sources,
        at index: Dictionary<String, String>.Index,
        slot: Int,
        bytes: Int,
        _ body: Body
    ) -> Bool {
        guard index != sources.data.pointee.endIndex else {
            body(sources.table, bytes)
            return true
        }
        let (key, value) = sources.data.pointee[index]
        let keyLength = key.utf8.count
        let valueLength = value.utf8.count
        return key.withCString { keyPointer in
            value.withCString { valuePointer in
                guard strlen(keyPointer) == keyLength, strlen(valuePointer) == valueLength,
                    slot + 1 < sources.table.count
                else { return false }
                sources.table[slot] = UnsafeMutablePointer(mutating: keyPointer)
                sources.table[slot + 1] = UnsafeMutablePointer(mutating: valuePointer)
                return lendData(
                    sources,
                    at: sources.data.pointee.index(after: index),
                    slot: slot + 2,
                    bytes: bytes + keyLength + valueLength,
                    body
                )
            }
        }
    }

    private static func copy(
        fixed: FixedStrings,
        tags: [String],
        data: [String: String],
        substitutingNUL: Bool,
        into table: UnsafeMutableBufferPointer<UnsafeMutablePointer<CChar>?>,
        _ body: Body
    ) -> Bool {
        var strings: [String] = []
        strings.reserveCapacity(table.count)
        for slot in 0..<fixedStrings { strings.append(fixed[slot]) }
        strings += tags
        for (key, value) in data {
            strings.append(key)
            strings.append(value)
        }
        var total = 0
        for string in strings { total += string.utf8.count + 1 }
        let scratch = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: total)
        defer { scratch.deallocate() }
        var offset = 0
        for (index, string) in strings.enumerated() where index < table.count {
            let start = offset
            for byte in string.utf8 {
                if byte == 0 && !substitutingNUL { return false }
                scratch[offset] = byte == 0 ? ProtobufNULSubstitution.substitute : byte
                offset += 1
            }
            scratch[offset] = 0
            offset += 1
            guard let base = scratch.baseAddress else { return false }
            table[index] = UnsafeMutableRawPointer(base + start).assumingMemoryBound(to: CChar.self)
        }
        body(table, total - strings.count)
        return true
    }
}
