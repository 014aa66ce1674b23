import HTTPTypes

/// Reading HTTP header fields of the opening handshake. `HTTPFields` compares names case-insensitively and
/// keeps repeated fields; list-valued fields hold comma-separated tokens.
enum WebSocketHeaderFields {
    /// The values of every field called `name`, in order, trimmed of spaces and tabs.
    static func values(_ name: HTTPField.Name, in fields: HTTPFields) -> [String] {
        fields[values: name].map(trimmed)
    }

    /// The comma-separated tokens of every field called `name`, trimmed, empty ones dropped.
    static func tokens(_ name: HTTPField.Name, in fields: HTTPFields) -> [String] {
        values(name, in: fields).flatMap { $0.split(separator: ",").map { trimmed(String($0)) } }.filter {
            !$0.isEmpty
        }
    }

    /// Whether a field called `name` holds `token`, compared case-insensitively (ASCII).
    static func contains(_ name: HTTPField.Name, token: String, in fields: HTTPFields) -> Bool {
        tokens(name, in: fields).contains { equalsIgnoringCase($0, token) }
    }

    /// ASCII case-insensitive equality.
    static func equalsIgnoringCase(_ left: String, _ right: String) -> Bool {
        left.utf8.elementsEqual(right.utf8) { lowercase($0) == lowercase($1) }
    }

    private static func lowercase(_ byte: UInt8) -> UInt8 {
        byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte | 0x20 : byte
    }

    private static func trimmed(_ text: String) -> String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" }
        guard let first = text.firstIndex(where: { !isSpace($0) }), let last = text.lastIndex(where: { !isSpace($0) })
        else { return "" }
        return String(text[first...last])
    }
}
