import NotifyWireCore

extension JSONScanner {
    /// Consumes the `{` or `[` at ``position``, checking the depth limit.
    mutating func enterContainer(isObject: Bool) throws(CodecError) -> JSONContainer {
        let start = position
        try expect(isObject ? UInt8(ascii: "{") : UInt8(ascii: "["), isObject ? "'{'" : "'['")
        guard depth < limits.maxDepth else {
            throw Self.error(.limitExceeded, at: start, "nesting is deeper than the limit of \(limits.maxDepth)")
        }
        depth += 1
        return JSONContainer(isObject: isObject, start: start)
    }

    /// Moves to the next member of an object: consumes the separator, the member name and its colon, and
    /// returns the name, leaving ``position`` at the value. Returns `nil` after consuming the closing `}`.
    mutating func nextMember(of container: inout JSONContainer) throws(CodecError) -> JSONStringToken? {
        guard try moveToNextEntry(of: &container, closing: UInt8(ascii: "}")) else { return nil }
        guard position < bytes.count else { throw truncated("a member name") }
        guard bytes[position] == UInt8(ascii: "\"") else {
            throw Self.error(.malformed, at: position, "expected a member name, found \(describeByte(at: position))")
        }
        let name = try scanString()
        skipWhitespace()
        try expect(UInt8(ascii: ":"), "':'")
        skipWhitespace()
        return name
    }

    /// Moves to the next element of an array, leaving ``position`` at it; returns `false` after consuming
    /// the closing `]`.
    mutating func nextElement(of container: inout JSONContainer) throws(CodecError) -> Bool {
        try moveToNextEntry(of: &container, closing: UInt8(ascii: "]"))
    }

    private mutating func moveToNextEntry(of container: inout JSONContainer, closing: UInt8) throws(CodecError) -> Bool
    {
        skipWhitespace()
        guard position < bytes.count else { throw truncated(container.count == 0 ? "an entry" : "',' or a bracket") }
        let byte = bytes[position]
        if byte == closing {
            position += 1
            depth -= 1
            return false
        }
        if container.count > 0 {
            guard byte == UInt8(ascii: ",") else {
                let expected = closing == UInt8(ascii: "}") ? "',' or '}'" : "',' or ']'"
                throw Self.error(.malformed, at: position, "expected \(expected), found \(describeByte(at: position))")
            }
            position += 1
            skipWhitespace()
        }
        guard container.count < limits.maxEntries else {
            throw Self.error(
                .limitExceeded,
                at: position,
                "the \(container.isObject ? "object" : "array") has more than the limit of \(limits.maxEntries) entries"
            )
        }
        container.count += 1
        return true
    }

    /// Consumes one complete value of any type, validating all of it (used for unknown fields).
    ///
    /// Iterative, so that deep nesting never grows the call stack; the stack of open containers only
    /// allocates when the value nests.
    mutating func skipValue() throws(CodecError) {
        var open: [JSONContainer] = []
        while true {
            // Read one value at `position`.
            switch try valueKind() {
            case .object:
                var container = try enterContainer(isObject: true)
                if try nextMember(of: &container) != nil {
                    open.append(container)
                    continue
                }
            case .array:
                var container = try enterContainer(isObject: false)
                if try nextElement(of: &container) {
                    open.append(container)
                    continue
                }
            case .string: _ = try scanString()
            case .number: _ = try scanNumber()
            case .boolean: _ = try readBoolean()
            case .null: try consumeLiteral("null")
            }
            // The value is complete: close the containers that end here, or move to the next entry.
            while var container = open.popLast() {
                let hasNext: Bool
                if container.isObject {
                    hasNext = try nextMember(of: &container) != nil
                } else {
                    hasNext = try nextElement(of: &container)
                }
                if hasNext {
                    open.append(container)
                    break
                }
            }
            if open.isEmpty { return }
        }
    }
}
