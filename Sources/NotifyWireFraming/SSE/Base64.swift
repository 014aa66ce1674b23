import NIOCore

/// Standard base64 (RFC 4648 section 4: alphabet `A–Z a–z 0–9 + /`, `=` padding, no line breaks), written
/// straight into and read straight out of a `ByteBuffer`. Server-Sent Events carry the payloads of binary
/// codecs this way, since an event stream is UTF-8 text.
enum Base64 {
    private static let alphabet: [UInt8] = Array(
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)

    /// The value of each ASCII byte in the alphabet, or `0xFF` for a byte outside it.
    private static let values: [UInt8] = {
        var table = [UInt8](repeating: 0xFF, count: 256)
        for (index, byte) in alphabet.enumerated() { table[Int(byte)] = UInt8(index) }
        return table
    }()

    /// The length of the base64 text for `byteCount` bytes: four characters per started group of three.
    static func encodedLength(of byteCount: Int) -> Int {
        (byteCount / 3 + (byteCount % 3 == 0 ? 0 : 1)) * 4
    }

    /// Appends the base64 text of `bytes` at `buffer`'s writer index.
    static func encode(_ bytes: UnsafeRawBufferPointer, into buffer: inout ByteBuffer) {
        let length = encodedLength(of: bytes.count)
        guard length > 0 else { return }
        alphabet.withUnsafeBufferPointer { table in
            _ = buffer.writeWithUnsafeMutableBytes(minimumWritableBytes: length) { output in
                var input = 0
                var out = 0
                let wholeGroups = bytes.count - bytes.count % 3
                while input < wholeGroups {
                    let value = UInt32(bytes[input]) << 16 | UInt32(bytes[input + 1]) << 8 | UInt32(bytes[input + 2])
                    output[out] = table[Int(value >> 18)]
                    output[out + 1] = table[Int(value >> 12 & 0x3F)]
                    output[out + 2] = table[Int(value >> 6 & 0x3F)]
                    output[out + 3] = table[Int(value & 0x3F)]
                    input += 3
                    out += 4
                }
                let rest = bytes.count - wholeGroups
                if rest > 0 {
                    let second = rest == 2 ? UInt32(bytes[input + 1]) : 0
                    let value = UInt32(bytes[input]) << 16 | second << 8
                    output[out] = table[Int(value >> 18)]
                    output[out + 1] = table[Int(value >> 12 & 0x3F)]
                    output[out + 2] = rest == 2 ? table[Int(value >> 6 & 0x3F)] : UInt8(ascii: "=")
                    output[out + 3] = UInt8(ascii: "=")
                }
                return length
            }
        }
    }

    /// Appends the base64 text of `bytes` at `buffer`'s writer index.
    static func encode(_ bytes: some Collection<UInt8>, into buffer: inout ByteBuffer) {
        let done: Void? = bytes.withContiguousStorageIfAvailable { encode(UnsafeRawBufferPointer($0), into: &buffer) }
        if done == nil {
            Array(bytes).withUnsafeBytes { encode($0, into: &buffer) }
        }
    }

    /// Decodes base64 `text` and appends the bytes at `buffer`'s writer index.
    ///
    /// The decoder is strict: the length must be a multiple of four, `=` may only pad the last group (one or
    /// two of them), and every other byte must be in the standard alphabet (no line breaks, no spaces, no
    /// URL-safe `-` or `_`). On error nothing is appended and the error's message names the position in
    /// `text`; its offset is `nil`, since `text` is not a stream.
    static func decode(_ text: UnsafeRawBufferPointer, into buffer: inout ByteBuffer) throws(FramingError) {
        guard text.count % 4 == 0 else {
            throw FramingError(.invalidBase64, message: "base64 text of \(text.count) bytes is not a multiple of 4")
        }
        guard text.count > 0 else { return }
        var padding = 0
        if text[text.count - 1] == UInt8(ascii: "=") { padding += 1 }
        if padding == 1 && text[text.count - 2] == UInt8(ascii: "=") { padding += 1 }
        let length = text.count / 4 * 3 - padding
        let start = buffer.writerIndex
        let failure: Int? = values.withUnsafeBufferPointer { table in
            var failure: Int?
            buffer.writeWithUnsafeMutableBytes(minimumWritableBytes: length) { output in
                var input = 0
                var out = 0
                while input < text.count {
                    let a = table[Int(text[input])]
                    let b = table[Int(text[input + 1])]
                    var c = table[Int(text[input + 2])]
                    var d = table[Int(text[input + 3])]
                    let isLast = input + 4 == text.count
                    if isLast && padding >= 1 { d = 0 }
                    if isLast && padding == 2 { c = 0 }
                    if (a | b | c | d) & 0xC0 != 0 {
                        for position in input..<input + 4 where table[Int(text[position])] == 0xFF {
                            let allowedPad = isLast && position >= text.count - padding
                            if !allowedPad {
                                failure = position
                                return 0
                            }
                        }
                    }
                    let value = UInt32(a) << 18 | UInt32(b) << 12 | UInt32(c) << 6 | UInt32(d)
                    output[out] = UInt8(truncatingIfNeeded: value >> 16)
                    if out + 1 < length { output[out + 1] = UInt8(truncatingIfNeeded: value >> 8) }
                    if out + 2 < length { output[out + 2] = UInt8(truncatingIfNeeded: value) }
                    input += 4
                    out += 3
                }
                return length
            }
            return failure
        }
        if let failure {
            buffer.moveWriterIndex(to: start)
            throw FramingError(
                .invalidBase64,
                message: "byte \(failure) of the base64 text is not in the standard alphabet or is misplaced padding"
            )
        }
    }
}
