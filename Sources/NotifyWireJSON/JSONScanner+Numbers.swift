import NotifyWireCore

extension JSONScanner {
    /// Consumes and validates the number at ``position``:
    /// `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`. Leading zeros, `+1`, `.5`, `1.` and `1e` are
    /// malformed.
    mutating func scanNumber() throws(CodecError) -> JSONNumberToken {
        let start = position
        var isNegative = false
        var isInteger = true
        if peek() == UInt8(ascii: "-") {
            isNegative = true
            position += 1
        }
        guard let first = peek() else { throw truncated("a digit") }
        switch first {
        case UInt8(ascii: "0"):
            position += 1
            if let next = peek(), Self.isDigit(next) {
                throw Self.error(.malformed, at: start, "a number must not have leading zeros")
            }
        case UInt8(ascii: "1")...UInt8(ascii: "9"):
            skipDigits()
        default:
            throw Self.error(.malformed, at: position, "expected a digit, found \(describeByte(at: position))")
        }
        if peek() == UInt8(ascii: ".") {
            isInteger = false
            position += 1
            try requireDigits()
        }
        if peek() == UInt8(ascii: "e") || peek() == UInt8(ascii: "E") {
            isInteger = false
            position += 1
            if peek() == UInt8(ascii: "+") || peek() == UInt8(ascii: "-") {
                position += 1
            }
            try requireDigits()
        }
        return JSONNumberToken(range: start..<position, isNegative: isNegative, isInteger: isInteger)
    }

    /// Whether `byte` is an ASCII digit.
    static func isDigit(_ byte: UInt8) -> Bool {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }

    private mutating func skipDigits() {
        while position < bytes.count && Self.isDigit(bytes[position]) {
            position += 1
        }
    }

    private mutating func requireDigits() throws(CodecError) {
        guard let next = peek() else { throw truncated("a digit") }
        guard Self.isDigit(next) else {
            throw Self.error(.malformed, at: position, "expected a digit, found \(describeByte(at: position))")
        }
        skipDigits()
    }

    /// The value of `digits` (ASCII digits only, at least one), or `nil` when it has another byte or does
    /// not fit in `UInt64`.
    static func unsignedValue(ofDigits digits: UnsafeRawBufferPointer) -> UInt64? {
        guard !digits.isEmpty else { return nil }
        var value: UInt64 = 0
        for byte in digits {
            guard isDigit(byte) else { return nil }
            let (times10, overflow1) = value.multipliedReportingOverflow(by: 10)
            let (sum, overflow2) = times10.addingReportingOverflow(UInt64(byte &- UInt8(ascii: "0")))
            guard !overflow1, !overflow2 else { return nil }
            value = sum
        }
        return value
    }
}
