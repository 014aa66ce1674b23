import NIOCore
import NotifyWireCore

extension SSEEventWriter {
    /// Rejects an `id` or `event` value that contains CR, LF or NUL.
    static func validate(id: String?, event: String?) throws(FramingError) {
        if let id, id.utf8.contains(where: isForbiddenInFieldValue) {
            throw FramingError(.invalidFieldValue, message: "the event id contains CR, LF or NUL")
        }
        if let event, event.utf8.contains(where: isForbiddenInFieldValue) {
            throw FramingError(.invalidFieldValue, message: "the event name contains CR, LF or NUL")
        }
    }

    private static func isForbiddenInFieldValue(_ byte: UInt8) -> Bool {
        byte == .lineFeed || byte == .carriageReturn || byte == 0
    }

    static func encodingFailed(_ error: CodecError) -> FramingError {
        FramingError(
            .payloadEncodingFailed,
            message: "the codec could not encode the notification: \(error)",
            codecError: error
        )
    }

    /// Writes the `id:` and `event:` lines of an event (values already validated).
    static func writeHeader(id: String?, event: String?, into buffer: inout ByteBuffer) {
        if let id {
            if id.isEmpty {
                buffer.writeStaticString("id:\n")
            } else {
                buffer.writeStaticString("id: ")
                buffer.writeString(id)
                buffer.writeInteger(UInt8.lineFeed)
            }
        }
        if let event, !event.isEmpty {
            buffer.writeStaticString("event: ")
            buffer.writeString(event)
            buffer.writeInteger(UInt8.lineFeed)
        }
    }

    /// Writes a whole event (values already validated).
    static func frame(
        payload: UnsafeBufferPointer<UInt8>,
        id: String?,
        event: String?,
        kind: PayloadKind,
        into buffer: inout ByteBuffer
    ) {
        let headerEstimate = 16 + (id?.utf8.count ?? 0) + (event?.utf8.count ?? 0)
        switch kind {
        case .text:
            buffer.reserveCapacity(minimumWritableBytes: headerEstimate + payload.count + 8)
            writeHeader(id: id, event: event, into: &buffer)
            forEachLine(of: payload) { line in
                if line.isEmpty {
                    buffer.writeStaticString("data:\n")
                } else {
                    buffer.writeStaticString("data: ")
                    buffer.writeBytes(line)
                    buffer.writeInteger(UInt8.lineFeed)
                }
            }
        case .binary:
            buffer.reserveCapacity(minimumWritableBytes: headerEstimate + Base64.encodedLength(of: payload.count) + 8)
            writeHeader(id: id, event: event, into: &buffer)
            if payload.isEmpty {
                buffer.writeStaticString("data:\n")
            } else {
                buffer.writeStaticString("data: ")
                Base64.encode(UnsafeRawBufferPointer(payload), into: &buffer)
                buffer.writeInteger(UInt8.lineFeed)
            }
        }
        buffer.writeInteger(UInt8.lineFeed)
    }

    /// Calls `body` with each line of `text`, where LF, CR and CRLF end lines; `n` line breaks give `n + 1`
    /// lines (the last one possibly empty), so the lines joined with LF give back the text with its line
    /// breaks as LF.
    static func forEachLine(of text: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        var lineStart = 0
        var index = 0
        while index < text.count {
            let byte = text[index]
            if byte == .lineFeed || byte == .carriageReturn {
                body(UnsafeBufferPointer(rebasing: text[lineStart..<index]))
                index += 1
                if byte == .carriageReturn && index < text.count && text[index] == .lineFeed { index += 1 }
                lineStart = index
            } else {
                index += 1
            }
        }
        body(UnsafeBufferPointer(rebasing: text[lineStart..<text.count]))
    }
}
