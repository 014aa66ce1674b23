import NotifyWireCore

/// A bounds-checked pass over the proto3 wire format that runs before protobuf-c sees the input.
///
/// protobuf-c trusts its input more than a server may: it accepts invalid UTF-8 in `string` fields and
/// sizes its allocations from counts and lengths it reads. The scanner therefore checks, with an offset
/// and a field path for every failure: varints (truncated, longer than 10 bytes; tags and lengths longer
/// than protobuf-c's 5 bytes), lengths that run past the end of the input or of the enclosing message,
/// the wire type of every known field, UTF-8 in string fields (and where U+0000 occurs, which protobuf-c's
/// `char *` strings cannot carry as such: see ``ProtobufNULSubstitution``), timestamps outside 0001–9999, and ``DecodingLimits`` (size, depth, string length,
/// entries per repeated field or map, unknown fields per message). Unknown fields are skipped without
/// being parsed, so their nesting costs nothing; groups (wire types 3 and 4), which protobuf-c cannot
/// read, are refused as `.malformed`.
///
/// Every read is preceded by an explicit bounds check; nothing escapes the raw buffer.
struct ProtobufWireScanner {
    private let bytes: UnsafeRawBufferPointer
    private let limits: DecodingLimits
    private var path = ProtobufFieldPath()
    /// Whether the scan only collects every string's body, checking no UTF-8 (``stringBodies(of:as:)``).
    private let collectingEveryString: Bool
    /// The bodies of the strings that hold U+0000 (or of every string, when `collectingEveryString`).
    private var collectedStrings: [Range<Int>] = []

    private init(bytes: UnsafeRawBufferPointer, limits: DecodingLimits, collectingEveryString: Bool = false) {
        self.bytes = bytes
        self.limits = limits
        self.collectingEveryString = collectingEveryString
    }

    /// Validates `bytes` as one complete message of `type`; throws the first problem found. Returns the
    /// byte ranges of the string values that hold U+0000 (usually none), for ``ProtobufNULSubstitution``.
    static func validate(
        _ bytes: UnsafeRawBufferPointer,
        as type: ProtobufMessageType,
        limits: DecodingLimits
    ) throws(CodecError) -> [Range<Int>] {
        var scanner = ProtobufWireScanner(bytes: bytes, limits: limits)
        guard bytes.count <= limits.maxMessageBytes else {
            throw scanner.error(
                .limitExceeded,
                at: 0,
                "the message is \(bytes.count) bytes, more than the limit of \(limits.maxMessageBytes)"
            )
        }
        guard limits.maxDepth >= 1 else {
            throw scanner.error(.limitExceeded, at: 0, "nesting deeper than the limit of \(limits.maxDepth)")
        }
        try scanner.scanMessage(type, from: 0, to: bytes.count, depth: 1)
        return scanner.collectedStrings
    }

    /// The byte ranges of every string value in `bytes`, a message of `type` that this package's encoder
    /// has just written (so no limit applies and the strings may hold substitutes, not UTF-8); `nil` if it
    /// does not scan.
    static func stringBodies(of bytes: UnsafeRawBufferPointer, as type: ProtobufMessageType) -> [Range<Int>]? {
        let unlimited = DecodingLimits(
            maxMessageBytes: Int.max, maxDepth: Int.max, maxStringBytes: Int.max, maxEntries: Int.max)
        var scanner = ProtobufWireScanner(bytes: bytes, limits: unlimited, collectingEveryString: true)
        do {
            try scanner.scanMessage(type, from: 0, to: bytes.count, depth: 1)
        } catch {
            return nil
        }
        return scanner.collectedStrings
    }

    // MARK: Messages

    private mutating func scanMessage(
        _ type: ProtobufMessageType,
        from start: Int,
        to end: Int,
        depth: Int
    ) throws(CodecError) {
        var offset = start
        var entryCounts = (0, 0)
        var unknownFields = 0
        while offset < end {
            let tagOffset = offset
            let tag = try readVarint(at: &offset, end: end, maxBytes: 5, what: "field tag")
            let number = tag >> 3
            let wireType = UInt8(truncatingIfNeeded: tag & 7)
            guard number >= 1, number <= 0x1FFF_FFFF else {
                throw error(.malformed, at: tagOffset, "field number \(number) is out of range")
            }
            guard let field = type.field(UInt32(truncatingIfNeeded: number)) else {
                unknownFields += 1
                guard unknownFields <= limits.maxEntries else {
                    throw error(
                        .limitExceeded, at: tagOffset, "more unknown fields than the limit of \(limits.maxEntries)")
                }
                try skipUnknown(wireType: wireType, number: number, at: &offset, tagOffset: tagOffset, end: end)
                continue
            }
            let pathCount = path.count
            defer { path.truncate(to: pathCount) }
            if type != .dataEntry { path.append(.field(field.name)) }
            guard wireType == field.kind.wireType else {
                throw error(
                    .typeMismatch,
                    at: tagOffset,
                    "expected wire type \(field.kind.wireType), found wire type \(wireType)"
                )
            }
            if let counter = field.entryCounter {
                let count: Int
                if counter == 0 {
                    entryCounts.0 += 1
                    count = entryCounts.0
                } else {
                    entryCounts.1 += 1
                    count = entryCounts.1
                }
                path.append(.index(count - 1))
                guard count <= limits.maxEntries else {
                    throw error(.limitExceeded, at: tagOffset, "more entries than the limit of \(limits.maxEntries)")
                }
            }
            try scanValue(of: field, in: type, at: &offset, tagOffset: tagOffset, end: end, depth: depth)
        }
    }

    private mutating func scanValue(
        of field: ProtobufMessageType.Field,
        in type: ProtobufMessageType,
        at offset: inout Int,
        tagOffset: Int,
        end: Int,
        depth: Int
    ) throws(CodecError) {
        let valueOffset = offset
        switch field.kind {
        case .varint:
            _ = try readVarint(at: &offset, end: end, maxBytes: 10, what: "varint")
        case .timestampSeconds:
            let seconds = Int64(bitPattern: try readVarint(at: &offset, end: end, maxBytes: 10, what: "varint"))
            guard Timestamp.validSecondsRange.contains(seconds) else {
                throw error(.invalidValue, at: valueOffset, "timestamp seconds \(seconds) are outside 0001–9999")
            }
        case .timestampNanos:
            let raw = try readVarint(at: &offset, end: end, maxBytes: 10, what: "varint")
            let nanos = Int32(truncatingIfNeeded: raw)
            guard nanos >= 0, nanos < 1_000_000_000 else {
                throw error(.invalidValue, at: valueOffset, "timestamp nanos \(nanos) are outside 0..<1000000000")
            }
        case .string:
            let body = try readLengthDelimited(at: &offset, end: end)
            try checkString(body, lengthOffset: valueOffset)
            if type == .dataEntry, field.isMapKey {
                path.replaceLast(with: .key(body))
            }
        case .message(let nested):
            let body = try readLengthDelimited(at: &offset, end: end)
            guard depth < limits.maxDepth else {
                throw error(.limitExceeded, at: tagOffset, "nesting deeper than the limit of \(limits.maxDepth)")
            }
            try scanMessage(nested, from: body.lowerBound, to: body.upperBound, depth: depth + 1)
        }
    }

    private mutating func skipUnknown(
        wireType: UInt8,
        number: UInt64,
        at offset: inout Int,
        tagOffset: Int,
        end: Int
    ) throws(CodecError) {
        switch wireType {
        case 0:
            _ = try readVarint(at: &offset, end: end, maxBytes: 10, what: "varint")
        case 1, 5:
            let width = wireType == 1 ? 8 : 4
            guard end - offset >= width else {
                throw error(endCode(end), at: offset, "a \(width)-byte fixed value runs past the end")
            }
            offset += width
        case 2:
            let lengthOffset = offset
            let body = try readLengthDelimited(at: &offset, end: end)
            guard body.count <= limits.maxStringBytes else {
                throw error(
                    .limitExceeded,
                    at: lengthOffset,
                    "unknown field \(number) is \(body.count) bytes, more than the limit of \(limits.maxStringBytes)"
                )
            }
        case 3, 4:
            throw error(.malformed, at: tagOffset, "groups (wire types 3 and 4) are not supported")
        default:
            throw error(.malformed, at: tagOffset, "wire type \(wireType) does not exist")
        }
    }

    // MARK: Values

    // The readers are `mutating` although they change nothing but `offset`: a non-mutating method of
    // this struct (path storage included) would get a copy of it from its mutating callers.

    private mutating func checkString(_ body: Range<Int>, lengthOffset: Int) throws(CodecError) {
        if collectingEveryString {
            collectedStrings.append(body)
            return
        }
        guard body.count <= limits.maxStringBytes else {
            throw error(
                .limitExceeded,
                at: lengthOffset,
                "a string of \(body.count) bytes is longer than the limit of \(limits.maxStringBytes)"
            )
        }
        var rest = body
        while true {
            switch UTF8Validation.check(rest, in: bytes) {
            case .valid:
                return
            case .invalid(let offset):
                throw error(.invalidUTF8, at: offset, "the string is not valid UTF-8")
            case .nul(let offset):
                // Valid: noted for substitution, and the rest of the string still checked.
                if collectedStrings.last != body { collectedStrings.append(body) }
                rest = (offset + 1)..<body.upperBound
            }
        }
    }

    /// Reads a varint of at most `maxBytes` bytes that must end before `end`.
    @inline(__always)
    private mutating func readVarint(
        at offset: inout Int,
        end: Int,
        maxBytes: Int,
        what: StaticString
    ) throws(CodecError) -> UInt64 {
        // Most varints (tags, lengths, enums, booleans) are one byte.
        if offset < end, offset < bytes.count {
            let byte = bytes[offset]
            if byte < 0x80 {
                offset += 1
                return UInt64(byte)
            }
        }
        return try readLongVarint(at: &offset, end: end, maxBytes: maxBytes, what: what)
    }

    /// ``readVarint(at:end:maxBytes:what:)`` for varints of more than one byte, and every failure.
    private mutating func readLongVarint(
        at offset: inout Int,
        end: Int,
        maxBytes: Int,
        what: StaticString
    ) throws(CodecError) -> UInt64 {
        let start = offset
        var value: UInt64 = 0
        var shift: UInt64 = 0
        for _ in 0..<maxBytes {
            guard offset < end, offset < bytes.count else {
                throw error(endCode(end), at: start, "the \(what) runs past the end")
            }
            let byte = bytes[offset]
            offset += 1
            value |= UInt64(byte & 0x7F) << shift
            if byte & 0x80 == 0 { return value }
            shift += 7
        }
        throw error(.malformed, at: start, "the \(what) is longer than \(maxBytes) bytes")
    }

    /// Reads a length prefix (at most 5 bytes, as protobuf-c reads it) and returns the range it covers.
    private mutating func readLengthDelimited(at offset: inout Int, end: Int) throws(CodecError) -> Range<Int> {
        let lengthOffset = offset
        let length = try readVarint(at: &offset, end: end, maxBytes: 5, what: "length")
        guard length <= UInt64(end - offset) else {
            throw error(endCode(end), at: lengthOffset, "a length of \(length) runs past the end")
        }
        guard length <= UInt64(Int32.max) else {
            throw error(.malformed, at: lengthOffset, "a length of \(length) is larger than 2 GiB")
        }
        let start = offset
        offset += Int(length)
        return start..<offset
    }

    // MARK: Errors

    /// `.truncated` when the input itself ends, `.malformed` when only the enclosing message does.
    private func endCode(_ end: Int) -> CodecError.Code {
        end >= bytes.count ? .truncated : .malformed
    }

    private func error(_ code: CodecError.Code, at offset: Int, _ message: String) -> CodecError {
        CodecError(
            code,
            format: .protobuf,
            operation: .decode,
            offset: offset,
            path: path.render(input: bytes),
            message: message
        )
    }
}
