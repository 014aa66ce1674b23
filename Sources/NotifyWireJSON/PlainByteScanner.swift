/// Finds, eight bytes at a time, the end of a run of bytes that a JSON string holds as they are: the
/// first byte below U+0020, `"` or `\` (and, when asked, the first non-ASCII byte).
///
/// Both the encoder (which copies such runs and sizes escapes) and the decoder (which validates the rest
/// byte by byte) spend most of their time in these runs.
enum PlainByteScanner {
    private static let ones: UInt64 = 0x0101_0101_0101_0101
    private static let highBits: UInt64 = 0x8080_8080_8080_8080

    /// The index of the first byte at or after `start` that is a control character, `"` or `\` (or, with
    /// `stopAtNonASCII`, at least 0x80), or `bytes.count` when there is none.
    static func endOfPlainRun(in bytes: UnsafeRawBufferPointer, from start: Int, stopAtNonASCII: Bool) -> Int {
        let count = bytes.count
        var index = start
        while index + 8 <= count {
            let word = bytes.loadUnaligned(fromByteOffset: index, as: UInt64.self)
            if !needsAttention(word, stopAtNonASCII: stopAtNonASCII) {
                index += 8
                continue
            }
            break
        }
        while index < count {
            let byte = bytes[index]
            if byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") { return index }
            if stopAtNonASCII && byte >= 0x80 { return index }
            index += 1
        }
        return index
    }

    /// Whether any byte of `word` is below 0x20, `"` or `\` (or non-ASCII when asked). Exact for the
    /// question "any?", which is all the caller needs: it then looks at the bytes one by one.
    private static func needsAttention(_ word: UInt64, stopAtNonASCII: Bool) -> Bool {
        let below0x20 = (word &- ones &* 0x20) & ~word & highBits
        let quotes = hasZeroByte(word ^ (ones &* UInt64(UInt8(ascii: "\""))))
        let backslashes = hasZeroByte(word ^ (ones &* UInt64(UInt8(ascii: "\\"))))
        let nonASCII = stopAtNonASCII ? word & highBits : 0
        return (below0x20 | quotes | backslashes | nonASCII) != 0
    }

    private static func hasZeroByte(_ word: UInt64) -> UInt64 {
        (word &- ones) & ~word & highBits
    }
}
