extension NotificationMessage {
    /// Runs `body` with the entries of ``data`` sorted by the UTF-8 bytes of their keys (the order every codec
    /// writes them in), without allocating for the sizes notifications carry: the entries are sorted in
    /// temporary memory and the standard library's sort of small buffers allocates nothing.
    ///
    /// ``sortedData`` returns the same order as a new array; encoders use this form on their hot path.
    public func withSortedData<Result, Failure: Error>(
        _ body: (UnsafeBufferPointer<(key: String, value: String)>) throws(Failure) -> Result
    ) throws(Failure) -> Result {
        try withUnsafeTemporaryAllocation(of: (key: String, value: String).self, capacity: data.count) {
            (entries) throws(Failure) -> Result in
            var initialized = entries.startIndex
            for entry in data {
                guard initialized < entries.endIndex, let base = entries.baseAddress else { break }
                (base + initialized).initialize(to: entry)
                initialized += 1
            }
            var filled = UnsafeMutableBufferPointer(rebasing: entries[..<initialized])
            defer { _ = filled.deinitialize() }
            filled.sort { Self.utf8Precedes($0.key, $1.key) }
            return try body(UnsafeBufferPointer(filled))
        }
    }

    /// Whether the UTF-8 bytes of `left` sort before those of `right`.
    static func utf8Precedes(_ left: String, _ right: String) -> Bool {
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
