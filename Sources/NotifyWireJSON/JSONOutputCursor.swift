/// A bounds-checked cursor over the writable memory of the caller's buffer, which the encoder fills in
/// one pass after it has computed the exact size (``JSONSizer``).
///
/// Every write checks the remaining space; a write that would not fit sets ``overflowed`` instead of
/// writing, so a sizing mistake can never write out of bounds.
struct JSONOutputCursor {
    /// The memory to fill.
    let output: UnsafeMutableRawBufferPointer
    /// How many bytes have been written.
    private(set) var written = 0
    /// Whether a write did not fit (a sizing bug; the encoder reports it instead of returning bad output).
    private(set) var overflowed = false

    /// Starts at the beginning of `output`.
    init(output: UnsafeMutableRawBufferPointer) {
        self.output = output
    }

    /// Writes one byte.
    mutating func put(_ byte: UInt8) {
        guard written < output.count else {
            overflowed = true
            return
        }
        output[written] = byte
        written += 1
    }

    /// Writes the bytes of `text` (a member name with its quotes and colon, `true`, an enum name).
    mutating func put(_ text: StaticString) {
        put(UnsafeRawBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    /// Writes `bytes`.
    mutating func put(_ bytes: UnsafeRawBufferPointer) {
        guard bytes.count <= output.count - written else {
            overflowed = true
            return
        }
        if let base = output.baseAddress, !bytes.isEmpty {
            (base + written).copyMemory(from: bytes.baseAddress ?? UnsafeRawPointer(base), byteCount: bytes.count)
        }
        written += bytes.count
    }

    /// Writes the last `count` decimal digits of the non-negative `value`, zero-padded.
    mutating func putDigits(_ value: UInt64, count: Int) {
        guard count <= output.count - written else {
            overflowed = true
            return
        }
        var remaining = value
        var index = written + count - 1
        while index >= written {
            output[index] = UInt8(truncatingIfNeeded: remaining % 10) &+ UInt8(ascii: "0")
            remaining /= 10
            index -= 1
        }
        written += count
    }

    /// Writes the decimal digits of `value`.
    mutating func putDecimal(_ value: UInt64) {
        putDigits(value, count: JSONSizer.decimalLength(of: value))
    }
}
