import NIOCore
import NotifyWireCore

extension JSONWriter {
    /// Appends `string` as a JSON string, escaping only `"`, `\` and the control characters U+0000–U+001F;
    /// everything else is copied as raw UTF-8, in runs.
    static func writeString(_ string: String, into buffer: inout ByteBuffer) {
        var string = string
        string.withUTF8 { utf8 in
            writeEscaped(UnsafeRawBufferPointer(utf8), into: &buffer)
        }
    }

    /// Appends the UTF-8 `bytes` as a quoted, minimally escaped JSON string.
    static func writeEscaped(_ bytes: UnsafeRawBufferPointer, into buffer: inout ByteBuffer) {
        buffer.writeInteger(UInt8(ascii: "\""))
        var runStart = 0
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte >= 0x20 && byte != UInt8(ascii: "\"") && byte != UInt8(ascii: "\\") {
                index += 1
                continue
            }
            if runStart < index {
                buffer.writeBytes(UnsafeRawBufferPointer(rebasing: bytes[runStart..<index]))
            }
            writeEscape(of: byte, into: &buffer)
            index += 1
            runStart = index
        }
        if runStart < bytes.count {
            buffer.writeBytes(UnsafeRawBufferPointer(rebasing: bytes[runStart..<bytes.count]))
        }
        buffer.writeInteger(UInt8(ascii: "\""))
    }

    /// Appends the escape sequence of `byte`, one of `"`, `\` or a control character.
    private static func writeEscape(of byte: UInt8, into buffer: inout ByteBuffer) {
        switch byte {
        case UInt8(ascii: "\""): buffer.writeStaticString("\\\"")
        case UInt8(ascii: "\\"): buffer.writeStaticString("\\\\")
        case 0x08: buffer.writeStaticString("\\b")
        case 0x0C: buffer.writeStaticString("\\f")
        case 0x0A: buffer.writeStaticString("\\n")
        case 0x0D: buffer.writeStaticString("\\r")
        case 0x09: buffer.writeStaticString("\\t")
        default:
            buffer.writeStaticString("\\u00")
            buffer.writeInteger(hexDigit(byte >> 4))
            buffer.writeInteger(hexDigit(byte & 0x0F))
        }
    }

    /// The lower-case hexadecimal digit of `nibble` (0…15).
    private static func hexDigit(_ nibble: UInt8) -> UInt8 {
        nibble < 10 ? UInt8(ascii: "0") &+ nibble : UInt8(ascii: "a") &+ (nibble &- 10)
    }

    /// Appends the decimal digits of `value`, without quotes.
    static func writeDecimal(_ value: UInt64, into buffer: inout ByteBuffer) {
        var digitCount = 1
        var rest = value / 10
        while rest > 0 {
            digitCount += 1
            rest /= 10
        }
        buffer.writeWithUnsafeMutableBytes(minimumWritableBytes: digitCount) { output in
            guard output.count >= digitCount else { return 0 }
            var remaining = value
            var index = digitCount - 1
            while index >= 0 {
                output[index] = UInt8(truncatingIfNeeded: remaining % 10) &+ UInt8(ascii: "0")
                remaining /= 10
                index -= 1
            }
            return digitCount
        }
    }

    /// An upper estimate of the encoded size of `notification` without escapes, to reserve once.
    static func estimatedSize(of notification: NotificationMessage) -> Int {
        var size = 256 + notification.id.utf8.count + notification.recipientID.utf8.count
        size += notification.title.utf8.count + notification.body.utf8.count + notification.url.utf8.count
        if let actor = notification.actor {
            size += actor.id.utf8.count + actor.displayName.utf8.count + actor.avatarURL.utf8.count
        }
        if let subject = notification.subject {
            size += subject.type.utf8.count + subject.id.utf8.count + subject.parentID.utf8.count
        }
        for (key, value) in notification.data {
            size += key.utf8.count + value.utf8.count + 6
        }
        for tag in notification.tags {
            size += tag.utf8.count + 3
        }
        return size
    }

    /// The first notification of `notifications` whose `createdAt` cannot be written, as its index.
    static func firstInvalidTimestamp(in notifications: [NotificationMessage]) -> Int? {
        notifications.firstIndex { notification in
            if let createdAt = notification.createdAt { return !createdAt.isValid }
            return false
        }
    }
}
