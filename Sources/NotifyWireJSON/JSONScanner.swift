import NotifyWireCore

/// A strict RFC 8259 scanner over one complete JSON payload.
///
/// It reads through an `UnsafeRawBufferPointer` that the caller keeps alive for the scanner's whole life
/// (one `withUnsafe…` per message; the scanner never outlives it), and checks `position < bytes.count`
/// before every read. It tracks the nesting depth and enforces every ``DecodingLimits`` limit as it goes.
struct JSONScanner {
    /// The payload.
    let bytes: UnsafeRawBufferPointer
    /// The limits to enforce.
    let limits: DecodingLimits
    /// The offset of the next byte to read.
    var position = 0
    /// The number of objects and arrays currently open.
    var depth = 0

    /// Starts scanning `bytes`; fails when the payload is larger than ``DecodingLimits/maxMessageBytes``.
    init(bytes: UnsafeRawBufferPointer, limits: DecodingLimits) throws(CodecError) {
        self.bytes = bytes
        self.limits = limits
        guard bytes.count <= limits.maxMessageBytes else {
            throw JSONScanner.error(
                .limitExceeded,
                at: limits.maxMessageBytes,
                "the payload of \(bytes.count) bytes is larger than the limit of \(limits.maxMessageBytes) bytes"
            )
        }
    }

    /// An error of the JSON decoder.
    static func error(_ code: CodecError.Code, at offset: Int, _ message: String) -> CodecError {
        CodecError(code, format: .json, operation: .decode, offset: offset, message: message)
    }

    /// The error for input that ends where more is needed; its offset is the length of the input.
    func truncated(_ expected: String) -> CodecError {
        Self.error(.truncated, at: bytes.count, "the input ends where \(expected) was expected")
    }

    /// Whether every byte has been read.
    var isAtEnd: Bool { position >= bytes.count }

    /// The next byte without consuming it, or `nil` at the end.
    func peek() -> UInt8? {
        position < bytes.count ? bytes[position] : nil
    }

    /// Skips the whitespace RFC 8259 allows: space, tab, line feed and carriage return.
    mutating func skipWhitespace() {
        while position < bytes.count {
            switch bytes[position] {
            case 0x20, 0x09, 0x0A, 0x0D: position += 1
            default: return
            }
        }
    }

    /// Consumes `byte` or fails with `.truncated` or `.malformed` (`expected` names what was wanted).
    mutating func expect(_ byte: UInt8, _ expected: String) throws(CodecError) {
        guard position < bytes.count else { throw truncated(expected) }
        guard bytes[position] == byte else {
            throw Self.error(.malformed, at: position, "expected \(expected), found \(describeByte(at: position))")
        }
        position += 1
    }

    /// The kind of the value starting at ``position`` (after whitespace), without consuming it.
    func valueKind() throws(CodecError) -> JSONValueKind {
        guard position < bytes.count else { throw truncated("a value") }
        switch bytes[position] {
        case UInt8(ascii: "{"): return .object
        case UInt8(ascii: "["): return .array
        case UInt8(ascii: "\""): return .string
        case UInt8(ascii: "t"), UInt8(ascii: "f"): return .boolean
        case UInt8(ascii: "n"): return .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return .number
        default:
            throw Self.error(.malformed, at: position, "expected a value, found \(describeByte(at: position))")
        }
    }

    /// A short description of the byte at `offset` for error messages.
    func describeByte(at offset: Int) -> String {
        guard offset < bytes.count else { return "the end of the input" }
        let byte = bytes[offset]
        if byte >= 0x21 && byte < 0x7F { return "'\(Character(Unicode.Scalar(byte)))'" }
        let hex = String(byte, radix: 16, uppercase: true)
        return "byte 0x\(byte < 0x10 ? "0" : "")\(hex)"
    }

    /// Consumes the literal `true`, `false` or `null` whose bytes are `literal`.
    mutating func consumeLiteral(_ literal: StaticString) throws(CodecError) {
        let start = position
        for expected in UnsafeBufferPointer(start: literal.utf8Start, count: literal.utf8CodeUnitCount) {
            guard position < bytes.count else { throw truncated("the literal \(literal)") }
            guard bytes[position] == expected else {
                throw Self.error(.malformed, at: start, "invalid literal, expected \(literal)")
            }
            position += 1
        }
    }

    /// Consumes `true` or `false`.
    mutating func readBoolean() throws(CodecError) -> Bool {
        if peek() == UInt8(ascii: "t") {
            try consumeLiteral("true")
            return true
        }
        try consumeLiteral("false")
        return false
    }

    /// Consumes `null` when the next value is `null`; returns whether it did.
    mutating func consumeNull() throws(CodecError) -> Bool {
        guard peek() == UInt8(ascii: "n") else { return false }
        try consumeLiteral("null")
        return true
    }
}
