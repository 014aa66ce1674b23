/// An incremental UTF-8 validator (RFC 3629) for text messages that arrive in fragments: it keeps the state
/// of a sequence cut at a fragment boundary, so that the bytes validate exactly as if they had come whole,
/// and it reports the first byte at which the prefix seen so far can no longer be UTF-8.
///
/// Overlong forms, encoded surrogates (`ED A0 80`...) and code points above U+10FFFF are rejected. ASCII runs
/// are skipped eight bytes at a time.
struct WebSocketUTF8Validator: Hashable, Sendable {
    /// Continuation bytes still expected for the current sequence.
    private var pending = 0
    /// The allowed range of the next continuation byte (narrower than `80...BF` after `E0`, `ED`, `F0`, `F4`).
    private var lower: UInt8 = 0x80
    private var upper: UInt8 = 0xBF

    /// Whether the bytes so far end on a sequence boundary (a complete message must).
    var isAtBoundary: Bool { pending == 0 }

    /// Validates the next bytes of the text; returns the index in `bytes` of the first byte that makes the
    /// text invalid, or `nil` when every byte so far can still be UTF-8. After a failure the state is
    /// unspecified.
    mutating func validate(_ bytes: UnsafeRawBufferPointer) -> Int? {
        guard let base = bytes.baseAddress else { return nil }
        let count = bytes.count
        var index = 0
        while index < count {
            if pending == 0 {
                while count - index >= 8
                    && base.loadUnaligned(fromByteOffset: index, as: UInt64.self) & 0x8080_8080_8080_8080 == 0
                {
                    index += 8
                }
                guard index < count else { return nil }
                let byte = base.load(fromByteOffset: index, as: UInt8.self)
                switch byte {
                case 0x00...0x7F: break
                case 0xC2...0xDF: pending = 1
                case 0xE0: start(pending: 2, lower: 0xA0, upper: 0xBF)
                case 0xE1...0xEC, 0xEE...0xEF: pending = 2
                case 0xED: start(pending: 2, lower: 0x80, upper: 0x9F)
                case 0xF0: start(pending: 3, lower: 0x90, upper: 0xBF)
                case 0xF1...0xF3: pending = 3
                case 0xF4: start(pending: 3, lower: 0x80, upper: 0x8F)
                default: return index
                }
            } else {
                let byte = base.load(fromByteOffset: index, as: UInt8.self)
                guard byte >= lower && byte <= upper else { return index }
                lower = 0x80
                upper = 0xBF
                pending -= 1
            }
            index += 1
        }
        return nil
    }

    private mutating func start(pending: Int, lower: UInt8, upper: UInt8) {
        self.pending = pending
        self.lower = lower
        self.upper = upper
    }

    /// Whether `bytes` are, on their own, complete and valid UTF-8.
    static func isValid(_ bytes: UnsafeRawBufferPointer) -> Bool {
        var validator = WebSocketUTF8Validator()
        return validator.validate(bytes) == nil && validator.isAtBoundary
    }
}
