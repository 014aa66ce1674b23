/// Hands protobuf-c NUL-terminated `char *` pointers to a list of Swift strings, for the duration of a
/// closure, without copying them.
///
/// `String.withCString` lends a native string's own UTF-8 storage, which Swift keeps NUL-terminated (only
/// small strings of up to 15 bytes, stored inline in the `String` value, are copied to the stack). The
/// pointers are collected by nesting one `withCString` per string; to bound the stack depth, a list of
/// more than ``maxNestedStrings`` strings (a notification with hundreds of tags or data entries) is instead
/// copied once into a single NUL-separated scratch allocation.
enum CStringTable {
    /// The most strings lent by nesting `withCString`; longer lists go through one scratch copy.
    static let maxNestedStrings = 256

    /// Runs `body` with a `char *` for each of `strings`, in order, unless one of them holds U+0000:
    /// then returns the index of the first such string without running `body`.
    static func withCStrings(
        _ strings: [String],
        _ body: (UnsafeBufferPointer<UnsafeMutablePointer<CChar>?>) -> Void
    ) -> Int? {
        withUnsafeTemporaryAllocation(of: UnsafeMutablePointer<CChar>?.self, capacity: strings.count) { table in
            if strings.count <= maxNestedStrings {
                return lend(strings, from: 0, into: table, body)
            }
            return copy(strings, into: table, body)
        }
    }

    private static func lend(
        _ strings: [String],
        from index: Int,
        into table: UnsafeMutableBufferPointer<UnsafeMutablePointer<CChar>?>,
        _ body: (UnsafeBufferPointer<UnsafeMutablePointer<CChar>?>) -> Void
    ) -> Int? {
        guard index < strings.count, index < table.count else {
            body(UnsafeBufferPointer(table))
            return nil
        }
        let string = strings[index]
        return string.withCString { pointer in
            let bytes = UnsafeRawBufferPointer(start: pointer, count: string.utf8.count)
            if bytes.contains(0) { return index }
            table[index] = UnsafeMutablePointer(mutating: pointer)
            return lend(strings, from: index + 1, into: table, body)
        }
    }

    private static func copy(
        _ strings: [String],
        into table: UnsafeMutableBufferPointer<UnsafeMutablePointer<CChar>?>,
        _ body: (UnsafeBufferPointer<UnsafeMutablePointer<CChar>?>) -> Void
    ) -> Int? {
        var total = 0
        for string in strings { total += string.utf8.count + 1 }
        let scratch = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: total)
        defer { scratch.deallocate() }
        var offset = 0
        for (index, string) in strings.enumerated() where index < table.count {
            let start = offset
            for byte in string.utf8 {
                if byte == 0 { return index }
                scratch[offset] = byte
                offset += 1
            }
            scratch[offset] = 0
            offset += 1
            guard let base = scratch.baseAddress else { return index }
            table[index] = UnsafeMutableRawPointer(base + start).assumingMemoryBound(to: CChar.self)
        }
        body(UnsafeBufferPointer(table))
        return nil
    }
}
