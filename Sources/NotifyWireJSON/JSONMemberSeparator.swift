/// Writes the comma between the members of one JSON object.
struct JSONMemberSeparator {
    private var hasMembers = false

    /// Writes a comma unless this is the first member, then `key` (the quoted name and its colon).
    mutating func key(_ key: StaticString, to cursor: inout JSONOutputCursor) {
        if hasMembers {
            cursor.put(UInt8(ascii: ","))
        }
        hasMembers = true
        cursor.put(key)
    }
}
