/// The verdict of ``UTF8Validation/check(_:in:)``.
enum UTF8Verdict: Equatable, Sendable {
    /// Well-formed UTF-8 without U+0000.
    case valid
    /// The sequence starting at this offset is not well-formed UTF-8.
    case invalid(at: Int)
    /// A U+0000 at this offset (valid UTF-8; what follows it is not checked): protobuf-c's NUL-terminated
    /// strings carry it only through ``ProtobufNULSubstitution``.
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
            guard lead >= 0xC2, lead <= 0xF4 else { return .invalid(at: index) }
            let left = end &- index
            let second = left >= 2 ? base.load(fromByteOffset: index &+ 1, as: UInt8.self) : 0
            if lead <= 0xDF {
                guard second & 0xC0 == 0x80 else { return .invalid(at: index) }
                index &+= 2
                continue
            }
            // The second byte's range excludes overlong forms (E0, F0), surrogates (ED) and code points
            // above U+10FFFF (F4).
            let secondLow: UInt8 = lead == 0xE0 ? 0xA0 : lead == 0xF0 ? 0x90 : 0x80
            let secondHigh: UInt8 = lead == 0xED ? 0x9F : lead == 0xF4 ? 0x8F : 0xBF
            guard second >= secondLow, second <= secondHigh, left >= 3,
                base.load(fromByteOffset: index &+ 2, as: UInt8.self) & 0xC0 == 0x80
            else { return .invalid(at: index) }
            if lead <= 0xEF {
                index &+= 3
                continue
            }
            guard left >= 4, base.load(fromByteOffset: index &+ 3, as: UInt8.self) & 0xC0 == 0x80 else {
                return .invalid(at: index)
            }
            index &+= 4
        }
        return .valid
    }
}
