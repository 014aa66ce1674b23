import NotifyWireCore
import NotifyWireMessagePack
import Testing

/// Hand-built MessagePack, written from the specification rather than by the codec under test.
enum MessagePackBytes {
    /// A str in its smallest header.
    static func str(_ text: String) -> [UInt8] {
        let utf8 = Array(text.utf8)
        return strHeader(utf8.count) + utf8
    }

    /// The smallest str header for `length` bytes.
    static func strHeader(_ length: Int) -> [UInt8] {
        switch length {
        case 0..<32: return [0xa0 | UInt8(length)]
        case 32..<256: return [0xd9, UInt8(length)]
        case 256..<65536: return [0xda] + bigEndian(UInt64(length), bytes: 2)
        default: return [0xdb] + bigEndian(UInt64(length), bytes: 4)
        }
    }

    /// A map header for `count` entries (fixmap when it fits).
    static func map(_ count: Int) -> [UInt8] {
        count < 16 ? [0x80 | UInt8(count)] : [0xde] + bigEndian(UInt64(count), bytes: 2)
    }

    /// An array header for `count` elements (fixarray when it fits).
    static func array(_ count: Int) -> [UInt8] {
        count < 16 ? [0x90 | UInt8(count)] : [0xdc] + bigEndian(UInt64(count), bytes: 2)
    }

    /// `value` as `bytes` big-endian bytes.
    static func bigEndian(_ value: UInt64, bytes: Int) -> [UInt8] {
        (0..<bytes).reversed().map { UInt8(truncatingIfNeeded: value >> (8 * UInt64($0))) }
    }

    /// A map of the given entries, each already encoded as key and value bytes.
    static func map(_ entries: [([UInt8], [UInt8])]) -> [UInt8] {
        map(entries.count) + entries.flatMap { $0.0 + $0.1 }
    }

    /// Parses `c7-0c-ff` or `c70cff` hex into bytes; `nil` when the text is not hex.
    static func hex(_ text: String) -> [UInt8]? {
        let digits = Array(text.filter { $0 != "-" && $0 != " " })
        guard digits.count.isMultiple(of: 2) else { return nil }
        var bytes: [UInt8] = []
        for index in stride(from: 0, to: digits.count, by: 2) {
            guard let byte = UInt8(String(digits[index...index + 1]), radix: 16) else { return nil }
            bytes.append(byte)
        }
        return bytes
    }
}

/// Decodes `bytes` as a notification and checks that it fails with `code` at `offset` (and `path` when given).
func expectDecodeError(
    _ bytes: [UInt8],
    _ code: CodecError.Code,
    offset: Int,
    path: String? = nil,
    codec: MessagePackCodec = MessagePackCodec(),
    sourceLocation: SourceLocation = #_sourceLocation
) {
    let error = #expect(throws: CodecError.self, sourceLocation: sourceLocation) {
        try codec.decodeNotification(from: bytes)
    }
    #expect(error?.code == code, "\(String(describing: error))", sourceLocation: sourceLocation)
    #expect(error?.offset == offset, "\(String(describing: error))", sourceLocation: sourceLocation)
    #expect(error?.format == .messagePack, sourceLocation: sourceLocation)
    if let path {
        #expect(error?.path == path, "\(String(describing: error))", sourceLocation: sourceLocation)
    }
}
