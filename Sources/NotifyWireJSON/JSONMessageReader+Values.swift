import NotifyWireCore

extension JSONMessageReader {
    /// The `.proto` names of the kinds, indexed by number.
    static let kindNames: [String] = NotificationKind.knownValues.map { $0.protoName ?? "" }
    /// The `.proto` names of the priorities, indexed by number.
    static let priorityNames: [String] = NotificationPriority.knownValues.map { $0.protoName ?? "" }

    /// Fails with `.typeMismatch` unless the next value is of `kind`.
    mutating func requireKind(_ kind: JSONValueKind) throws(CodecError) {
        let found = try scanner.valueKind()
        guard found == kind else {
            throw JSONScanner.error(
                .typeMismatch,
                at: scanner.position,
                "expected \(kind.description), found \(found.description)"
            )
        }
    }

    /// Reads a string value.
    mutating func readString() throws(CodecError) -> String {
        try requireKind(.string)
        let token = try scanner.scanString()
        return scanner.string(of: token)
    }

    /// Reads `true` or `false`.
    mutating func readBoolean() throws(CodecError) -> Bool {
        try requireKind(.boolean)
        return try scanner.readBoolean()
    }

    /// Reads an enum value: its name (one of `names`, indexed by number) or any number that fits `Int32`.
    mutating func readEnum(_ names: [String], typeName: String) throws(CodecError) -> Int32 {
        let offset = scanner.position
        switch try scanner.valueKind() {
        case .string:
            let token = try scanner.scanString()
            let index = scanner.withValue(of: token) { value in
                names.firstIndex { $0.utf8.count == value.count && $0.utf8.elementsEqual(value) }
            }
            guard let index, let number = Int32(exactly: index) else {
                throw JSONScanner.error(.invalidValue, at: offset, "unknown \(typeName) name")
            }
            return number
        case .number:
            let token = try scanner.scanNumber()
            let digits = UnsafeRawBufferPointer(
                rebasing: scanner.bytes[token.range].dropFirst(token.isNegative ? 1 : 0))
            guard token.isInteger, let magnitude = JSONScanner.unsignedValue(ofDigits: digits) else {
                throw JSONScanner.error(.invalidValue, at: offset, "a \(typeName) number must be an integer in Int32")
            }
            let value = token.isNegative ? Int32(exactly: -Int64(clamping: magnitude)) : Int32(exactly: magnitude)
            guard let value else {
                throw JSONScanner.error(.invalidValue, at: offset, "a \(typeName) number must be an integer in Int32")
            }
            return value
        case let found:
            throw JSONScanner.error(
                .typeMismatch,
                at: offset,
                "expected a \(typeName) name or number, found \(found.description)"
            )
        }
    }

    /// Reads a `uint64`: a string of decimal digits or a JSON integer, within `UInt64`.
    mutating func readUInt64() throws(CodecError) -> UInt64 {
        let offset = scanner.position
        let value: UInt64?
        switch try scanner.valueKind() {
        case .string:
            let token = try scanner.scanString()
            value = scanner.withValue(of: token) { digits in
                // The digits of a JSON integer: no sign, no leading zeros.
                guard digits.count == 1 || digits.first != UInt8(ascii: "0") else { return nil }
                return JSONScanner.unsignedValue(ofDigits: digits)
            }
        case .number:
            let token = try scanner.scanNumber()
            value =
                token.isInteger && !token.isNegative
                ? JSONScanner.unsignedValue(ofDigits: UnsafeRawBufferPointer(rebasing: scanner.bytes[token.range]))
                : nil
        case let found:
            throw JSONScanner.error(
                .typeMismatch, at: offset, "expected a decimal string or number, found \(found.description)")
        }
        guard let value else {
            throw JSONScanner.error(
                .invalidValue,
                at: offset,
                "expected a non-negative integer up to 18446744073709551615 written with digits only"
            )
        }
        return value
    }

    /// Reads an RFC 3339 timestamp string.
    mutating func readTimestamp() throws(CodecError) -> Timestamp {
        try requireKind(.string)
        let token = try scanner.scanString()
        switch scanner.withValue(of: token, RFC3339Parser.parse) {
        case .success(let timestamp): return timestamp
        case .failure(let failure): throw JSONScanner.error(.invalidValue, at: token.quoteOffset, failure.message)
        }
    }

    /// The capacity a non-empty `tags` array or `data` map gets at its first member: JSON does not say how many
    /// follow, and growing one member at a time reallocates as it goes (3 more mallocs per typical notification,
    /// measured by the Benchmarks package).
    static let smallCollectionCapacity = 8

    /// Reads an array of strings.
    mutating func readStringArray() throws(CodecError) -> [String] {
        try requireKind(.array)
        var container = try scanner.enterContainer(isObject: false)
        var strings: [String] = []
        while try scanner.nextElement(of: &container) {
            if strings.isEmpty { strings.reserveCapacity(Self.smallCollectionCapacity) }
            do throws(CodecError) {
                strings.append(try readString())
            } catch {
                throw error.prefixingPath("[\(container.count - 1)]")
            }
        }
        return strings
    }

    /// Reads an object of string values into a map; a key that appears twice is an error.
    mutating func readStringMap() throws(CodecError) -> [String: String] {
        try requireKind(.object)
        var container = try scanner.enterContainer(isObject: true)
        var map: [String: String] = [:]
        while let name = try scanner.nextMember(of: &container) {
            if map.isEmpty { map.reserveCapacity(Self.smallCollectionCapacity) }
            let key = scanner.string(of: name)
            do throws(CodecError) {
                let value = try readString()
                guard map.updateValue(value, forKey: key) == nil else {
                    throw JSONScanner.error(.duplicateField, at: name.quoteOffset, "the key appears more than once")
                }
            } catch {
                throw error.prefixingPath("[\"\(key)\"]")
            }
        }
        return map
    }
}
