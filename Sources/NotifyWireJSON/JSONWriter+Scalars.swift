import NotifyWireCore

extension JSONWriter {
    /// Calls `body` with the UTF-8 bytes of `string`, without copying a native string.
    static func withUTF8<Result>(of string: String, _ body: (UnsafeRawBufferPointer) -> Result) -> Result {
        if let result = string.utf8.withContiguousStorageIfAvailable({ body(UnsafeRawBufferPointer($0)) }) {
            return result
        }
        var copy = string
        return copy.withUTF8 { body(UnsafeRawBufferPointer($0)) }
    }

    /// Writes `string` as a JSON string, escaping only `"`, `\` and the control characters U+0000–U+001F;
    /// everything else is copied as raw UTF-8, in runs.
    static func writeString(_ string: String, to cursor: inout JSONOutputCursor) {
        withUTF8(of: string) { bytes in
            writeEscaped(bytes, to: &cursor)
        }
    }

    /// Writes the UTF-8 `bytes` as a quoted, minimally escaped JSON string.
    static func writeEscaped(_ bytes: UnsafeRawBufferPointer, to cursor: inout JSONOutputCursor) {
        cursor.put(UInt8(ascii: "\""))
        let count = bytes.count
        var runStart = 0
        while runStart < count {
            let runEnd = PlainByteScanner.endOfPlainRun(in: bytes, from: runStart, stopAtNonASCII: false)
            if runStart < runEnd {
                cursor.put(UnsafeRawBufferPointer(rebasing: bytes[runStart..<runEnd]))
            }
            guard runEnd < count else { break }
            writeEscape(of: bytes[runEnd], to: &cursor)
            runStart = runEnd + 1
        }
        cursor.put(UInt8(ascii: "\""))
    }

    /// Writes the escape sequence of `byte`, one of `"`, `\` or a control character.
    private static func writeEscape(of byte: UInt8, to cursor: inout JSONOutputCursor) {
        switch byte {
        case UInt8(ascii: "\""): cursor.put("\\\"")
        case UInt8(ascii: "\\"): cursor.put("\\\\")
        case 0x08: cursor.put("\\b")
        case 0x0C: cursor.put("\\f")
        case 0x0A: cursor.put("\\n")
        case 0x0D: cursor.put("\\r")
        case 0x09: cursor.put("\\t")
        default:
            cursor.put("\\u00")
            cursor.put(hexDigit(byte >> 4))
            cursor.put(hexDigit(byte & 0x0F))
        }
    }

    /// The lower-case hexadecimal digit of `nibble` (0…15).
    private static func hexDigit(_ nibble: UInt8) -> UInt8 {
        nibble < 10 ? UInt8(ascii: "0") &+ nibble : UInt8(ascii: "a") &+ (nibble &- 10)
    }

    /// The first notification of `notifications` whose `createdAt` cannot be written, as its index.
    static func firstInvalidTimestamp(in notifications: [NotificationMessage]) -> Int? {
        notifications.firstIndex { notification in
            if let createdAt = notification.createdAt { return !createdAt.isValid }
            return false
        }
    }
}
