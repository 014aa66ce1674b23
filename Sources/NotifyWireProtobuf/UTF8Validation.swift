/// The verdict of ``UTF8Validation/check(_:in:)``.
enum UTF8Verdict: Equatable, Sendable {
    /// Well-formed UTF-8 without U+0000.
    case valid
    /// The sequence starting at this offset is not well-formed UTF-8.
    case invalid(at: Int)
    /// A U+0000 at this offset: valid UTF-8 that protobuf-c's NUL-terminated strings cannot carry.
    case nul(at: Int)
}

/// A bounds-checked UTF-8 validator (Unicode 15, table 3-7: no overlong forms, no surrogates, nothing
/// above U+10FFFF) that reports the offset of the first bad sequence.
enum UTF8Validation {
    /// Checks `bytes[range]`; offsets in the verdict are offsets into `bytes`.
    static func check(_ range: Range<Int>, in bytes: UnsafeRawBufferPointer) -> UTF8Verdict {
        guard range.lowerBound >= 0, range.upperBound <= bytes.count else { return .invalid(at: range.lowerBound) }
        guard let base = bytes.baseAddress, !range.isEmpty else { return .valid }
        // Every read below is at an index in `range`, which lies inside `bytes` (checked above).
        var index = range.lowerBound
        let end = range.upperBound
        while index < end {
            // Eight ASCII bytes at a time: no byte with its high bit set, and no zero byte.
            if end &- index >= 8 {
                let word = UInt64(littleEndian: base.loadUnaligned(fromByteOffset: index, as: UInt64.self))
                let highBits = word & 0x8080_8080_8080_8080
                let zeroBytes = (word &- 0x0101_0101_0101_0101) & ~word & 0x8080_8080_8080_8080
                if highBits | zeroBytes == 0 {
                    index &+= 8
                    continue
                }
            }
            let lead = base.load(fromByteOffset: index, as: UInt8.self)
            if lead < 0x80 {
                if lead == 0 { return .nul(at: index) }
                index &+= 1
                continue
            }
            let length: Int
            var secondRange: ClosedRange<UInt8> = 0x80...0xBF
            switch lead {
            case 0xC2...0xDF: length = 2
            case 0xE0:
                length = 3
                secondRange = 0xA0...0xBF
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED:
                length = 3
                secondRange = 0x80...0x9F
            case 0xF0:
                length = 4
                secondRange = 0x90...0xBF
            case 0xF1...0xF3: length = 4
            case 0xF4:
                length = 4
                secondRange = 0x80...0x8F
            default: return .invalid(at: index)
            }
            guard end - index >= length,
                secondRange.contains(base.load(fromByteOffset: index &+ 1, as: UInt8.self))
            else { return .invalid(at: index) }
            var next = index &+ 2
            while next < index &+ length {
                guard base.load(fromByteOffset: next, as: UInt8.self) & 0xC0 == 0x80 else { return .invalid(at: index) }
                next &+= 1
            }
            index &+= length
        }
        return .valid
    }
}
