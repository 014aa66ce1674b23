public import NIOCore

/// An incremental parser of a Server-Sent Events stream (`text/event-stream`) that follows the WHATWG HTML
/// standard, "Parsing an event stream" and "Interpreting an event stream", to the letter.
///
/// Feed it the stream's bytes as they arrive, in chunks split anywhere (inside a CRLF, inside a multi-byte
/// UTF-8 sequence, inside the byte order mark or a field name): it yields the same events as for the whole
/// stream. It is shaped like SwiftNIO's single-step decoders:
///
/// ```swift
/// var parser = SSEEventParser()
/// // for each chunk:
/// while let event = try parser.decode(buffer: &chunk) { handle(event) }
/// // when the connection closes:
/// parser.finish()
/// ```
///
/// It conforms to `NIOSingleStepByteToMessageDecoder`, so `NIOSingleStepByteToMessageProcessor` and NIO
/// pipelines can drive it.
///
/// The rules it follows: one byte order mark is stripped at the start of the stream only; CR, LF and CRLF
/// end lines (a CR ending one chunk and an LF starting the next are one line end); a line starting with `:`
/// is a comment; a line without a colon is a field with an empty value; one space after the colon is
/// removed; field names are case-sensitive and unknown ones are ignored; `data` values are joined with LF;
/// a blank line dispatches, unless the data is empty; an `id` containing NUL is ignored, an empty `id`
/// resets the last event ID, which persists across events and is committed on the blank line; `retry` is
/// taken when its line completes and its value is one or more ASCII digits (a value too large for `Int` is
/// ignored); invalid UTF-8 becomes U+FFFD, one per maximal invalid subpart; at the end of the stream an
/// incomplete event is discarded (``finish()``).
///
/// Lines are kept as raw bytes until they are complete, and text is decoded once per event, so a UTF-8
/// sequence split over chunks decodes as if it had arrived whole. ``limits`` bound what is buffered; going
/// over one throws a ``FramingError`` (``FramingError/Code/lineTooLong`` or
/// ``FramingError/Code/eventTooLarge``) whose offset is where the offending line starts in the stream. After
/// an error, every later call to ``decode(buffer:)`` throws the same error until ``finish()``.
public struct SSEEventParser: Sendable {
    /// The limits enforced while buffering.
    public let limits: SSEParserLimits
    /// The last event ID of the stream, committed by the last blank line (`""` until an `id` is committed):
    /// what a client sends in `Last-Event-ID` when it reconnects.
    public private(set) var lastEventID: String = ""
    /// The reconnection time in milliseconds set by the last valid `retry:` line, or `nil` when the stream
    /// never set one.
    public private(set) var retry: Int?

    private var pendingLine: [UInt8] = []
    private var pendingLineStart = 0
    private var afterCR = false
    private var atStreamStart = true
    private var streamOffset = 0
    private var dataBuffer: [UInt8] = []
    private var eventTypeBuffer: [UInt8] = []
    private var idBuffer: [UInt8] = []
    private var idChanged = false
    private var failure: FramingError?

    /// Creates a parser at the start of a stream.
    public init(limits: SSEParserLimits = .default) {
        self.limits = limits
    }

    /// Reads bytes from `buffer` until it can dispatch an event, and returns it; returns `nil` when every
    /// readable byte has been consumed without completing an event. Call it again until it returns `nil`.
    ///
    /// Consumes the bytes it has processed: bytes of an unfinished line are kept inside the parser, so on
    /// `nil` the buffer is empty.
    public mutating func decode(buffer: inout ByteBuffer) throws(FramingError) -> SSEEvent? {
        if let failure { throw failure }
        let (consumed, result) = buffer.withUnsafeReadableBytes { raw in
            self.scan(raw.assumingMemoryBound(to: UInt8.self))
        }
        buffer.moveReaderIndex(forwardBy: consumed)
        switch result {
        case .success(let event):
            return event
        case .failure(let error):
            failure = error
            throw error
        }
    }

    /// Ends the stream: an unfinished line and an incomplete event (no blank line after it) are discarded,
    /// and an `id` in that event is never committed.
    ///
    /// Afterwards the parser reads a new stream (a reconnection): a byte order mark is stripped again at its
    /// start, while ``lastEventID`` and ``retry`` keep their values, as an `EventSource` keeps them across
    /// reconnects.
    public mutating func finish() {
        pendingLine.removeAll(keepingCapacity: false)
        dataBuffer.removeAll(keepingCapacity: false)
        eventTypeBuffer.removeAll()
        idBuffer = Array(lastEventID.utf8)
        idChanged = false
        afterCR = false
        atStreamStart = true
        streamOffset = 0
        failure = nil
    }

    /// Processes lines of `bytes` until one dispatches an event, an error occurs, or the bytes run out.
    /// Returns how many bytes were consumed.
    private mutating func scan(_ bytes: UnsafeBufferPointer<UInt8>) -> (Int, Result<SSEEvent?, FramingError>) {
        let count = bytes.count
        var index = 0
        if afterCR && count > 0 {
            afterCR = false
            if bytes[0] == .lineFeed { index = 1 }
        }
        while index < count {
            let lineStart = index
            let end = Self.lineEnd(in: bytes, from: index)
            let lineLength = pendingLine.count + (end - lineStart)
            if lineLength > limits.maxLineBytes {
                let offset = pendingLine.isEmpty ? streamOffset + lineStart : pendingLineStart
                streamOffset += end
                return (end, .failure(Self.lineTooLong(offset: offset, limit: limits.maxLineBytes)))
            }
            if end == count {
                if pendingLine.isEmpty { pendingLineStart = streamOffset + lineStart }
                pendingLine.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[lineStart..<end]))
                break
            }
            var next = end + 1
            if bytes[end] == .carriageReturn {
                if next == count {
                    afterCR = true
                } else if bytes[next] == .lineFeed {
                    next += 1
                }
            }
            let result: Result<SSEEvent?, FramingError>
            if pendingLine.isEmpty {
                result = processLine(
                    UnsafeBufferPointer(rebasing: bytes[lineStart..<end]), offset: streamOffset + lineStart)
            } else {
                var line = pendingLine
                pendingLine = []
                line.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[lineStart..<end]))
                let offset = pendingLineStart
                result = line.withUnsafeBufferPointer { processLine($0, offset: offset) }
                line.removeAll(keepingCapacity: true)
                pendingLine = line
            }
            index = next
            switch result {
            case .success(nil):
                continue
            case .success, .failure:
                streamOffset += index
                return (index, result)
            }
        }
        streamOffset += count
        return (count, .success(nil))
    }

    /// The index of the first CR or LF in `bytes` at or after `start`, or `bytes.count` when there is none.
    ///
    /// Skips eight bytes at a time while none of them is below 0x0E (a word-at-a-time test that never misses
    /// such a byte), then looks at the word that has one byte by byte: a tab or another control byte there is
    /// not a line end, and the search goes on after it.
    @inline(__always)
    private static func lineEnd(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        let count = bytes.count
        guard let base = bytes.baseAddress, start < count else { return count }
        let raw = UnsafeRawPointer(base)
        var index = start
        while true {
            while count - index >= 8 {
                let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                if (word &- 0x0E0E_0E0E_0E0E_0E0E) & ~word & 0x8080_8080_8080_8080 != 0 { break }
                index += 8
            }
            let stop = min(index + 8, count)
            while index < stop {
                let byte = base[index]
                if byte == .lineFeed || byte == .carriageReturn { return index }
                index += 1
            }
            if index == count { return count }
        }
    }

    /// Interprets one complete line (without its line end) that starts at `offset` in the stream.
    private mutating func processLine(
        _ wholeLine: UnsafeBufferPointer<UInt8>,
        offset: Int
    ) -> Result<SSEEvent?, FramingError> {
        var line = wholeLine
        if atStreamStart {
            atStreamStart = false
            if line.count >= 3 && line[0] == 0xEF && line[1] == 0xBB && line[2] == 0xBF {
                line = UnsafeBufferPointer(rebasing: line[3...])
            }
        }
        guard let first = line.first else { return .success(dispatch()) }
        if first == .colon { return .success(nil) }
        let name: UnsafeBufferPointer<UInt8>
        let value: UnsafeBufferPointer<UInt8>
        if let colon = line.firstIndex(of: .colon) {
            name = UnsafeBufferPointer(rebasing: line[..<colon])
            var valueStart = colon + 1
            if valueStart < line.count && line[valueStart] == .space { valueStart += 1 }
            value = UnsafeBufferPointer(rebasing: line[valueStart...])
        } else {
            name = line
            value = UnsafeBufferPointer(rebasing: line[line.count...])
        }
        switch SSEFieldName(name) {
        case .data:
            let size = dataBuffer.count + value.count + 1
            guard size <= limits.maxEventDataBytes else {
                return .failure(
                    FramingError(
                        .eventTooLarge,
                        offset: offset,
                        message: "the data of the event is larger than the limit of \(limits.maxEventDataBytes) bytes"
                    )
                )
            }
            dataBuffer.append(contentsOf: value)
            dataBuffer.append(.lineFeed)
        case .event:
            eventTypeBuffer.removeAll(keepingCapacity: true)
            eventTypeBuffer.append(contentsOf: value)
        case .id:
            if !value.contains(0) {
                idBuffer.removeAll(keepingCapacity: true)
                idBuffer.append(contentsOf: value)
                idChanged = true
            }
        case .retry:
            if let milliseconds = Self.decimalValue(of: value) { retry = milliseconds }
        case nil:
            break
        }
        return .success(nil)
    }

    /// A blank line: commits the last event ID and dispatches the event if it has data.
    private mutating func dispatch() -> SSEEvent? {
        if idChanged {
            idChanged = false
            lastEventID = String(decoding: idBuffer, as: UTF8.self)
        }
        guard !dataBuffer.isEmpty else {
            eventTypeBuffer.removeAll(keepingCapacity: true)
            return nil
        }
        dataBuffer.removeLast()
        let data = Self.text(fromUTF8: dataBuffer)
        let type = eventTypeBuffer.isEmpty ? "message" : String(decoding: eventTypeBuffer, as: UTF8.self)
        dataBuffer.removeAll(keepingCapacity: true)
        eventTypeBuffer.removeAll(keepingCapacity: true)
        return SSEEvent(type: type, data: data, lastEventID: lastEventID)
    }

    /// The text of UTF-8 `bytes`, each maximal invalid subpart replaced with U+FFFD.
    ///
    /// Valid bytes (the usual case) are checked by `UTF8Span` and copied once by `String(copying:)`: on text
    /// that is not all ASCII this is about a third faster than `String(decoding:as:)`, whose validation goes
    /// byte by byte as soon as one byte is not ASCII. Invalid bytes take `String(decoding:as:)`, which repairs.
    private static func text(fromUTF8 bytes: [UInt8]) -> String {
        if let text = try? UTF8Span(validating: bytes.span) { return String(copying: text) }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The value of one or more ASCII digits, or `nil` for anything else or a value too large for `Int`.
    private static func decimalValue(of digits: UnsafeBufferPointer<UInt8>) -> Int? {
        guard !digits.isEmpty else { return nil }
        var value = 0
        var overflow = false
        for byte in digits {
            guard byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") else { return nil }
            let (times10, overflow1) = value.multipliedReportingOverflow(by: 10)
            let (sum, overflow2) = times10.addingReportingOverflow(Int(byte &- UInt8(ascii: "0")))
            overflow = overflow || overflow1 || overflow2
            value = sum
        }
        return overflow ? nil : value
    }

    private static func lineTooLong(offset: Int, limit: Int) -> FramingError {
        FramingError(.lineTooLong, offset: offset, message: "the line is longer than the limit of \(limit) bytes")
    }
}
