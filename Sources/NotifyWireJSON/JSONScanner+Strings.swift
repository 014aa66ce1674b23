import NotifyWireCore

extension JSONScanner {
    /// Consumes and validates the string at ``position`` (which holds its opening quote): UTF-8, escapes,
    /// surrogate pairs, no raw control characters, and the ``DecodingLimits/maxStringBytes`` limit on its
    /// unescaped length. Nothing is allocated.
    mutating func scanString() throws(CodecError) -> JSONStringToken {
        let quoteOffset = position
        try expect(UInt8(ascii: "\""), "a string")
        let contentStart = position
        var decodedLength = 0
        var hasEscapes = false
        let maxStringBytes = limits.maxStringBytes
        while true {
            guard position < bytes.count else { throw truncated("the end of the string") }
            let byte = bytes[position]
            if byte == UInt8(ascii: "\"") { break }
            if byte == UInt8(ascii: "\\") {
                hasEscapes = true
                decodedLength += try scanEscape()
            } else if byte < 0x20 {
                throw Self.error(.malformed, at: position, "a control character must be escaped in a string")
            } else if byte < 0x80 {
                position += 1
                decodedLength += 1
            } else {
                let length = try scanUTF8Sequence()
                decodedLength += length
            }
            guard decodedLength <= maxStringBytes else {
                throw Self.error(
                    .limitExceeded,
                    at: quoteOffset,
                    "the string is longer than the limit of \(maxStringBytes) bytes"
                )
            }
        }
        let token = JSONStringToken(
            quoteOffset: quoteOffset,
            content: contentStart..<position,
            hasEscapes: hasEscapes,
            decodedLength: decodedLength
        )
        position += 1
        return token
    }

    /// Validates the multi-byte UTF-8 sequence at ``position`` (Unicode Table 3-7: no overlong forms,
    /// no surrogates, nothing above U+10FFFF), consumes it and returns its length.
    private mutating func scanUTF8Sequence() throws(CodecError) -> Int {
        let start = position
        let lead = bytes[start]
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
        default:
            throw Self.error(.invalidUTF8, at: start, "invalid UTF-8 lead byte \(describeByte(at: start))")
        }
        for index in 1..<length {
            let offset = start + index
            guard offset < bytes.count else { throw truncated("the rest of a UTF-8 sequence") }
            let allowed = index == 1 ? secondRange : 0x80...0xBF
            guard allowed.contains(bytes[offset]) else {
                throw Self.error(.invalidUTF8, at: start, "invalid UTF-8 sequence")
            }
        }
        position = start + length
        return length
    }

    /// Validates the escape at ``position`` (its backslash), consumes it and returns the length in UTF-8
    /// bytes of what it stands for. A `\u` high surrogate must be followed by a `\u` low surrogate.
    private mutating func scanEscape() throws(CodecError) -> Int {
        let start = position
        position += 1
        guard position < bytes.count else { throw truncated("an escape") }
        let letter = bytes[position]
        position += 1
        switch letter {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"), UInt8(ascii: "b"), UInt8(ascii: "f"),
            UInt8(ascii: "n"), UInt8(ascii: "r"), UInt8(ascii: "t"):
            return 1
        case UInt8(ascii: "u"):
            let unit = try scanHexQuad()
            switch unit {
            case 0..<0x80: return 1
            case 0x80..<0x800: return 2
            case 0xD800..<0xDC00:
                guard position + 1 < bytes.count else {
                    if position < bytes.count && bytes[position] != UInt8(ascii: "\\") {
                        throw Self.error(.invalidUTF8, at: start, "a high surrogate escape without its low half")
                    }
                    throw truncated("the low half of a surrogate pair")
                }
                guard bytes[position] == UInt8(ascii: "\\"), bytes[position + 1] == UInt8(ascii: "u") else {
                    throw Self.error(.invalidUTF8, at: start, "a high surrogate escape without its low half")
                }
                position += 2
                let low = try scanHexQuad()
                guard (0xDC00..<0xE000).contains(low) else {
                    throw Self.error(.invalidUTF8, at: start, "a high surrogate escape without its low half")
                }
                return 4
            case 0xDC00..<0xE000:
                throw Self.error(.invalidUTF8, at: start, "a low surrogate escape without its high half")
            default: return 3
            }
        default:
            throw Self.error(.malformed, at: start, "invalid escape sequence")
        }
    }

    /// Consumes four hexadecimal digits and returns their value.
    private mutating func scanHexQuad() throws(CodecError) -> UInt32 {
        var value: UInt32 = 0
        for _ in 0..<4 {
            guard position < bytes.count else { throw truncated("a hexadecimal digit") }
            guard let digit = Self.hexValue(bytes[position]) else {
                throw Self.error(.malformed, at: position, "expected a hexadecimal digit in a \\u escape")
            }
            value = value << 4 | UInt32(digit)
            position += 1
        }
        return value
    }

    /// The value of a hexadecimal digit, or `nil`.
    static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte &- UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte &- UInt8(ascii: "a") &+ 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte &- UInt8(ascii: "A") &+ 10
        default: nil
        }
    }
}
