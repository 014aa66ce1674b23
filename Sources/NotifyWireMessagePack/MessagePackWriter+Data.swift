import NotifyWireCore

extension MessagePackWriter {
    /// Writes `data` as a map of str to str, keys sorted by their UTF-8 bytes.
    ///
    /// The entries are sorted in temporary memory (on the stack for the sizes notifications carry), so
    /// the encoder allocates nothing; the standard library's sort of up to 20 elements is an insertion sort
    /// that allocates nothing either. `path` is the field's path (`data`, `notifications[1].data`).
    mutating func writeData(_ data: [String: String], path: @autoclosure () -> String) throws(CodecError) {
        writeMapHeader(data.count)
        try withUnsafeTemporaryAllocation(of: (key: String, value: String).self, capacity: data.count) {
            (entries) throws(CodecError) in
            var initialized = entries.startIndex
            for entry in data {
                guard initialized < entries.endIndex else { break }
                (entries.baseAddress.map { $0 + initialized })?.initialize(to: entry)
                initialized += 1
            }
            var filled = UnsafeMutableBufferPointer(rebasing: entries[..<initialized])
            defer { _ = filled.deinitialize() }
            filled.sort { Self.utf8Precedes($0.key, $1.key) }
            for entry in filled {
                try writeString(entry.key, path: path())
                try writeString(entry.value, path: path() + "[\"" + entry.key + "\"]")
            }
        }
    }

    /// Whether the UTF-8 bytes of `left` sort before those of `right` (the order of `sortedData`).
    private static func utf8Precedes(_ left: String, _ right: String) -> Bool {
        let compared = left.utf8.withContiguousStorageIfAvailable { leftBytes in
            right.utf8.withContiguousStorageIfAvailable { rightBytes in
                for (leftByte, rightByte) in zip(leftBytes, rightBytes) where leftByte != rightByte {
                    return leftByte < rightByte
                }
                return leftBytes.count < rightBytes.count
            }
        }
        return (compared ?? nil) ?? left.utf8.lexicographicallyPrecedes(right.utf8)
    }
}
