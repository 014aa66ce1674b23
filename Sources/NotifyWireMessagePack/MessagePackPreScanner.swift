internal import CMsgPack
import NotifyWireCore

/// Validates the structure of MessagePack input in Swift before msgpack-c sees it.
///
/// msgpack-c reserves memory for a container on the word of its header (5 bytes of input can make it
/// reserve 1 GiB), so every declared length and count is checked here first: it must fit in the bytes that
/// remain (each array element takes at least 1 byte, each map entry at least 2) and respect
/// ``DecodingLimits``. The scanner also finds truncation, the reserved byte `0xc1` and trailing bytes.
///
/// Errors name the offset of the first byte (the type byte) of the value at fault: the value whose header
/// or body runs past the end for `.truncated`, the container or string over a limit for `.limitExceeded`.
/// Trailing bytes are reported at the first byte after the value; an input over
/// ``DecodingLimits/maxMessageBytes`` at the first byte past the limit.
struct MessagePackPreScanner {
    /// The deepest nesting msgpack-c's parser accepts (`MSGPACK_EMBED_STACK_SIZE`): deeper input is
    /// `.limitExceeded` whatever ``DecodingLimits/maxDepth`` says.
    static let libraryMaxDepth = 32
    /// The most padding msgpack-c's zone adds to align one container's memory (`MSGPACK_ZONE_ALIGN - 1`).
    private static let zoneAlignmentSlack = MemoryLayout<UnsafeRawPointer>.alignment - 1

    private let bytes: UnsafeRawBufferPointer
    private let limits: DecodingLimits
    private let maxDepth: Int
    /// The offset of the next byte to read.
    private(set) var position = 0
    /// The bytes msgpack-c's unpacker takes from its zone for the containers scanned so far: an object per
    /// array element and a key-value pair per map entry, plus alignment slack per container. Each element
    /// takes at least one byte of input (an entry two), so this stays within 32 times the input's length.
    private(set) var zoneBytes = 0

    /// Creates a scanner over `bytes` enforcing `limits`.
    init(bytes: UnsafeRawBufferPointer, limits: DecodingLimits) {
        self.bytes = bytes
        self.limits = limits
        self.maxDepth = min(limits.maxDepth, Self.libraryMaxDepth)
    }

    /// Checks that the input is exactly one well-formed value within the limits.
    mutating func validateSingleValue() throws(CodecError) {
        guard bytes.count <= limits.maxMessageBytes else {
            throw Self.error(
                .limitExceeded,
                at: limits.maxMessageBytes,
                "the input of \(bytes.count) bytes is longer than the limit of \(limits.maxMessageBytes)"
            )
        }
        try skipValue(depth: 1)
        guard position == bytes.count else {
            throw Self.error(
                .trailingBytes,
                at: position,
                "\(bytes.count - position) bytes follow the complete value"
            )
        }
    }

    /// The offset of the value reached by following `steps` from the top-level value, for errors found
    /// after the pre-scan (input already validated). Falls back to the last offset reached if a step does
    /// not lead anywhere.
    static func offset(following steps: [MessagePackValueStep], in bytes: UnsafeRawBufferPointer) -> Int {
        let generous = DecodingLimits(maxMessageBytes: .max, maxStringBytes: .max, maxEntries: .max)
        var scanner = MessagePackPreScanner(bytes: bytes, limits: generous)
        for step in steps {
            let start = scanner.position
            do throws(CodecError) {
                let count = try scanner.readContainerHeader()
                let skip: Int
                switch step {
                case .mapKey(let index): skip = 2 * index
                case .mapValue(let index): skip = 2 * index + 1
                case .element(let index): skip = index
                }
                guard count.map({ skip < $0 }) == true else { return start }
                for _ in 0..<skip { try scanner.skipValue(depth: 1) }
            } catch {
                return start
            }
        }
        return scanner.position
    }

    /// Reads the header of an array (element count) or a map (twice the entry count: keys and values);
    /// `nil` when the value is not a container.
    private mutating func readContainerHeader() throws(CodecError) -> Int? {
        let start = position
        let marker = try readByte(start: start)
        switch marker {
        case 0x80...0x8f: return 2 * Int(marker & 0x0f)
        case 0x90...0x9f: return Int(marker & 0x0f)
        case 0xdc: return try readLength(bytes: 2, start: start)
        case 0xdd: return try readLength(bytes: 4, start: start)
        case 0xde: return try 2 * readLength(bytes: 2, start: start)
        case 0xdf: return try 2 * readLength(bytes: 4, start: start)
        default: return nil
        }
    }

    /// Skips one value at nesting `depth` (the top level is 1), checking every length, count and limit.
    mutating func skipValue(depth: Int) throws(CodecError) {
        let start = position
        let marker = try readByte(start: start)
        switch marker {
        case 0x00...0x7f, 0xe0...0xff, 0xc0, 0xc2, 0xc3: return
        case 0x80...0x8f: try skipMap(entries: Int(marker & 0x0f), start: start, depth: depth)
        case 0x90...0x9f: try skipArray(elements: Int(marker & 0x0f), start: start, depth: depth)
        case 0xa0...0xbf: try skipPayload(Int(marker & 0x1f), start: start, what: "a string")
        case 0xc1: throw Self.error(.malformed, at: start, "found the reserved byte 0xc1")
        case 0xc4: try skipPayload(readLength(bytes: 1, start: start), start: start, what: "binary data")
        case 0xc5: try skipPayload(readLength(bytes: 2, start: start), start: start, what: "binary data")
        case 0xc6: try skipPayload(readLength(bytes: 4, start: start), start: start, what: "binary data")
        // ext 8/16/32: the length counts the data only; the type byte comes first.
        case 0xc7: try skipExtension(readLength(bytes: 1, start: start), start: start)
        case 0xc8: try skipExtension(readLength(bytes: 2, start: start), start: start)
        case 0xc9: try skipExtension(readLength(bytes: 4, start: start), start: start)
        case 0xca, 0xce, 0xd2: try skipFixed(4, start: start)
        case 0xcb, 0xcf, 0xd3: try skipFixed(8, start: start)
        case 0xcc, 0xd0: try skipFixed(1, start: start)
        case 0xcd, 0xd1: try skipFixed(2, start: start)
        // fixext 1, 2, 4, 8, 16: a type byte and 2^(marker - 0xd4) bytes of data.
        case 0xd4...0xd8: try skipFixed(1 + (1 << Int(marker - 0xd4)), start: start)
        case 0xd9: try skipPayload(readLength(bytes: 1, start: start), start: start, what: "a string")
        case 0xda: try skipPayload(readLength(bytes: 2, start: start), start: start, what: "a string")
        case 0xdb: try skipPayload(readLength(bytes: 4, start: start), start: start, what: "a string")
        case 0xdc: try skipArray(elements: readLength(bytes: 2, start: start), start: start, depth: depth)
        case 0xdd: try skipArray(elements: readLength(bytes: 4, start: start), start: start, depth: depth)
        case 0xde: try skipMap(entries: readLength(bytes: 2, start: start), start: start, depth: depth)
        case 0xdf: try skipMap(entries: readLength(bytes: 4, start: start), start: start, depth: depth)
        default: throw Self.error(.malformed, at: start, "found an unknown type byte")
        }
    }

    private var remaining: Int { bytes.count - position }

    @inline(__always)
    private mutating func readByte(start: Int) throws(CodecError) -> UInt8 {
        guard position < bytes.count else {
            throw Self.error(.truncated, at: start, "the input ends where a value should start")
        }
        let byte = bytes.load(fromByteOffset: position, as: UInt8.self)
        position += 1
        return byte
    }

    /// Reads a big-endian length or count of `count` (1, 2 or 4) bytes.
    @inline(__always)
    private mutating func readLength(bytes count: Int, start: Int) throws(CodecError) -> Int {
        guard remaining >= count else {
            throw Self.error(.truncated, at: start, "the input ends inside a value's header")
        }
        var value = 0
        for index in 0..<count {
            value = value << 8 | Int(bytes.load(fromByteOffset: position + index, as: UInt8.self))
        }
        position += count
        return value
    }

    @inline(__always)
    private mutating func skipFixed(_ count: Int, start: Int) throws(CodecError) {
        guard remaining >= count else {
            throw Self.error(.truncated, at: start, "the input ends inside a value of \(count + 1) bytes")
        }
        position += count
    }

    @inline(__always)
    private mutating func skipPayload(_ length: Int, start: Int, what: String) throws(CodecError) {
        guard length <= remaining else {
            throw Self.error(
                .truncated,
                at: start,
                "\(what) of \(length) bytes does not fit in the \(remaining) bytes that remain"
            )
        }
        guard length <= limits.maxStringBytes else {
            throw Self.error(
                .limitExceeded,
                at: start,
                "\(what) of \(length) bytes is longer than the limit of \(limits.maxStringBytes)"
            )
        }
        position += length
    }

    private mutating func skipExtension(_ length: Int, start: Int) throws(CodecError) {
        guard remaining >= 1 else {
            throw Self.error(.truncated, at: start, "the input ends inside an extension value's header")
        }
        position += 1  // the extension type
        try skipPayload(length, start: start, what: "an extension value")
    }

    private mutating func skipArray(elements count: Int, start: Int, depth: Int) throws(CodecError) {
        guard count <= remaining else {
            throw Self.error(
                .truncated,
                at: start,
                "an array of \(count) elements does not fit in the \(remaining) bytes that remain"
            )
        }
        try checkContainer(count: count, start: start, depth: depth)
        zoneBytes += count * MemoryLayout<msgpack_object>.stride + Self.zoneAlignmentSlack
        for _ in 0..<count { try skipValue(depth: depth + 1) }
    }

    private mutating func skipMap(entries count: Int, start: Int, depth: Int) throws(CodecError) {
        guard count <= remaining / 2 else {
            throw Self.error(
                .truncated,
                at: start,
                "a map of \(count) entries does not fit in the \(remaining) bytes that remain"
            )
        }
        try checkContainer(count: count, start: start, depth: depth)
        zoneBytes += count * MemoryLayout<msgpack_object_kv>.stride + Self.zoneAlignmentSlack
        for _ in 0..<count {
            try skipValue(depth: depth + 1)
            try skipValue(depth: depth + 1)
        }
    }

    private func checkContainer(count: Int, start: Int, depth: Int) throws(CodecError) {
        guard depth <= maxDepth else {
            throw Self.error(.limitExceeded, at: start, "nesting is deeper than the limit of \(maxDepth)")
        }
        guard count <= limits.maxEntries else {
            throw Self.error(
                .limitExceeded,
                at: start,
                "a container of \(count) entries is larger than the limit of \(limits.maxEntries)"
            )
        }
    }

    private static func error(_ code: CodecError.Code, at offset: Int, _ message: String) -> CodecError {
        CodecError(code, format: .messagePack, offset: offset, message: message)
    }
}
