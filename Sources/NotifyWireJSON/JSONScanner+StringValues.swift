extension JSONScanner {
    /// The value of a scanned string. Without escapes the validated bytes become the `String` directly;
    /// with escapes they are unescaped once into a `String` of exactly the decoded length.
    func string(of token: JSONStringToken) -> String {
        guard token.hasEscapes else {
            return String(decoding: UnsafeRawBufferPointer(rebasing: bytes[token.content]), as: UTF8.self)
        }
        return String(unsafeUninitializedCapacity: token.decodedLength) { output in
            unescape(token, into: UnsafeMutableRawBufferPointer(output))
        }
    }

    /// Calls `body` with the UTF-8 value of a scanned string: the input bytes themselves when there are
    /// no escapes, else a temporary unescaped copy.
    func withValue<Result>(of token: JSONStringToken, _ body: (UnsafeRawBufferPointer) -> Result) -> Result {
        guard token.hasEscapes else {
            return body(UnsafeRawBufferPointer(rebasing: bytes[token.content]))
        }
        var value = [UInt8](repeating: 0, count: token.decodedLength)
        let written = value.withUnsafeMutableBytes { output in unescape(token, into: output) }
        return value.withUnsafeBytes { body(UnsafeRawBufferPointer(rebasing: $0[0..<written])) }
    }

    /// Writes the unescaped value of a validated string into `output` and returns the bytes written.
    /// Every read and write is bounds-checked, so even an unvalidated token could not go out of bounds.
    private func unescape(_ token: JSONStringToken, into output: UnsafeMutableRawBufferPointer) -> Int {
        var written = 0
        var index = token.content.lowerBound
        let end = min(token.content.upperBound, bytes.count)
        func put(_ byte: UInt8) {
            guard written < output.count else { return }
            output[written] = byte
            written += 1
        }
        func hexQuad(at offset: Int) -> UInt32 {
            guard offset >= 0, offset + 4 <= end else { return 0 }
            var value: UInt32 = 0
            for digitOffset in offset..<offset + 4 {
                value = value << 4 | UInt32(Self.hexValue(bytes[digitOffset]) ?? 0)
            }
            return value
        }
        while index < end {
            let byte = bytes[index]
            guard byte == UInt8(ascii: "\\"), index + 1 < end else {
                put(byte)
                index += 1
                continue
            }
            let letter = bytes[index + 1]
            index += 2
            switch letter {
            case UInt8(ascii: "b"): put(0x08)
            case UInt8(ascii: "f"): put(0x0C)
            case UInt8(ascii: "n"): put(0x0A)
            case UInt8(ascii: "r"): put(0x0D)
            case UInt8(ascii: "t"): put(0x09)
            case UInt8(ascii: "u"):
                var scalar = hexQuad(at: index)
                index += 4
                if (0xD800..<0xDC00).contains(scalar) {
                    let low = hexQuad(at: index + 2)
                    index += 6
                    scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low & 0x3FF)
                }
                switch scalar {
                case 0..<0x80:
                    put(UInt8(truncatingIfNeeded: scalar))
                case 0x80..<0x800:
                    put(UInt8(truncatingIfNeeded: 0xC0 | scalar >> 6))
                    put(UInt8(truncatingIfNeeded: 0x80 | scalar & 0x3F))
                case 0x800..<0x10000:
                    put(UInt8(truncatingIfNeeded: 0xE0 | scalar >> 12))
                    put(UInt8(truncatingIfNeeded: 0x80 | scalar >> 6 & 0x3F))
                    put(UInt8(truncatingIfNeeded: 0x80 | scalar & 0x3F))
                default:
                    put(UInt8(truncatingIfNeeded: 0xF0 | scalar >> 18))
                    put(UInt8(truncatingIfNeeded: 0x80 | scalar >> 12 & 0x3F))
                    put(UInt8(truncatingIfNeeded: 0x80 | scalar >> 6 & 0x3F))
                    put(UInt8(truncatingIfNeeded: 0x80 | scalar & 0x3F))
                }
            default: put(letter)
            }
        }
        return written
    }
}
