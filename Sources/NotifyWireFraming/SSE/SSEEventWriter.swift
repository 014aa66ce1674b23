public import NIOCore
public import NotifyWireCore

/// Writes Server-Sent Events (`text/event-stream`) into the caller's buffer.
///
/// An event is an optional `id:` line, an optional `event:` line, one or more `data:` lines and a blank
/// line, all ending in LF:
///
/// ```
/// id: 42
/// data: {"id":"n-1","kind":"COMMENT"}
///
/// ```
///
/// - Text payloads (JSON) go as UTF-8 `data:` lines, one per line of the payload: LF, CR and CRLF all end a
///   payload line, so a line break can never end the event or start a field. A parser joins the lines with
///   LF, so line breaks in the payload arrive as LF (lossless for JSON, where raw line breaks are only
///   whitespace between tokens).
/// - Binary payloads (MessagePack, Protocol Buffers) go as standard base64 (RFC 4648 section 4, with `=`
///   padding, no line breaks) in a single `data:` line, since an event stream is UTF-8 text and cannot
///   carry raw bytes. ``SSENotificationDecoder`` decodes it back.
/// - `id` and `event` values containing CR, LF or NUL are rejected with
///   ``FramingError/Code/invalidFieldValue``, so no value can inject a field or an event.
///
/// Every write appends at the buffer's writer index; on error the writer index is where it was. Framing an
/// encoded payload never re-encodes it: encode once, then call ``write(payload:id:event:kind:into:)`` for
/// each connection, or frame once into a buffer and send that buffer to every connection.
public struct SSEEventWriter: Hashable, Sendable {
    /// Where the `id:` of a notification's event comes from. Default: ``SSEIDSource/sequenceElseID``.
    public var idSource: SSEIDSource
    /// Whether notification events are named. Default: ``SSEEventNaming/off``.
    public var eventNaming: SSEEventNaming

    /// Creates a writer.
    public init(idSource: SSEIDSource = .sequenceElseID, eventNaming: SSEEventNaming = .off) {
        self.idSource = idSource
        self.eventNaming = eventNaming
    }

    /// The `id:` value this writer gives `notification`'s event, or `nil` for no `id:` line.
    public func id(for notification: NotificationMessage) -> String? {
        switch idSource {
        case .sequenceElseID:
            if notification.sequence != 0 { return String(notification.sequence) }
            return notification.id.isEmpty ? nil : notification.id
        case .id:
            return notification.id.isEmpty ? nil : notification.id
        case .none:
            return nil
        }
    }

    /// The `event:` value this writer gives `notification`'s event, or `nil` for no `event:` line.
    public func eventName(for notification: NotificationMessage) -> String? {
        switch eventNaming {
        case .off:
            return nil
        case .byKind:
            return notification.kind.protoName?.lowercased() ?? String(notification.kind.rawValue)
        }
    }

    /// Appends one event carrying an already-encoded payload.
    ///
    /// - Parameters:
    ///   - payload: the encoded notification (or any payload).
    ///   - id: the `id:` value, or `nil` for no `id:` line; `""` writes an `id:` line that resets the
    ///     client's last event ID.
    ///   - event: the `event:` value, or `nil` (or `""`) for no `event:` line (type `message`).
    ///   - kind: ``PayloadKind/text`` writes the payload's lines as `data:` lines (the payload must be
    ///     UTF-8); ``PayloadKind/binary`` writes it as base64 in one `data:` line.
    ///   - buffer: the buffer to append to.
    /// - Throws: ``FramingError/Code/invalidFieldValue`` when `id` or `event` contains CR, LF or NUL.
    public func write(
        payload: ByteBufferView,
        id: String? = nil,
        event: String? = nil,
        kind: PayloadKind,
        into buffer: inout ByteBuffer
    ) throws(FramingError) {
        try Self.validate(id: id, event: event)
        let done: Void? = payload.withContiguousStorageIfAvailable { bytes in
            Self.frame(payload: bytes, id: id, event: event, kind: kind, into: &buffer)
        }
        if done == nil {
            Array(payload).withUnsafeBufferPointer { bytes in
                Self.frame(payload: bytes, id: id, event: event, kind: kind, into: &buffer)
            }
        }
    }

    /// Appends one event carrying the readable bytes of `payload` (its reader index does not move).
    ///
    /// The parameters are those of the `ByteBufferView` variant.
    public func write(
        payload: ByteBuffer,
        id: String? = nil,
        event: String? = nil,
        kind: PayloadKind,
        into buffer: inout ByteBuffer
    ) throws(FramingError) {
        try Self.validate(id: id, event: event)
        payload.withUnsafeReadableBytes { raw in
            Self.frame(
                payload: raw.assumingMemoryBound(to: UInt8.self), id: id, event: event, kind: kind, into: &buffer)
        }
    }

    /// Encodes `notification` once with `codec` and appends it as one event, with the `id:` and `event:`
    /// values that ``idSource`` and ``eventNaming`` give it.
    ///
    /// A text payload is encoded straight into `buffer` after the `data: ` prefix and only moved when it
    /// contains a line break; a binary payload is encoded once and written as base64.
    ///
    /// - Throws: ``FramingError/Code/payloadEncodingFailed`` (with the codec's error) when the codec fails;
    ///   ``FramingError/Code/invalidFieldValue`` when the id contains CR, LF or NUL.
    public func write(
        _ notification: NotificationMessage,
        codec: some NotificationCodec,
        into buffer: inout ByteBuffer
    ) throws(FramingError) {
        let id = id(for: notification)
        let event = eventName(for: notification)
        try Self.validate(id: id, event: event)
        let start = buffer.writerIndex
        switch codec.payloadKind {
        case .text:
            Self.writeHeader(id: id, event: event, into: &buffer)
            buffer.writeStaticString("data: ")
            let payloadStart = buffer.writerIndex
            do {
                try codec.encode(notification, into: &buffer)
            } catch {
                buffer.moveWriterIndex(to: start)
                throw Self.encodingFailed(error)
            }
            let payloadLength = buffer.writerIndex - payloadStart
            let hasLineBreak =
                buffer.withUnsafeReadableBytes { raw in
                    let payload = UnsafeRawBufferPointer(rebasing: raw[(payloadStart - buffer.readerIndex)...])
                    return payload.contains { $0 == .lineFeed || $0 == .carriageReturn }
                }
            if !hasLineBreak && payloadLength > 0 {
                buffer.writeStaticString("\n\n")
                return
            }
            let payload = buffer.getBytes(at: payloadStart, length: payloadLength) ?? []
            buffer.moveWriterIndex(to: start)
            payload.withUnsafeBufferPointer { bytes in
                Self.frame(payload: bytes, id: id, event: event, kind: .text, into: &buffer)
            }
        case .binary:
            var scratch = ByteBufferAllocator().buffer(capacity: 512)
            do {
                try codec.encode(notification, into: &scratch)
            } catch {
                throw Self.encodingFailed(error)
            }
            try write(payload: scratch, id: id, event: event, kind: .binary, into: &buffer)
        }
    }

    /// Appends one event per notification of `batch`, oldest first (the batch's cursor and `hasMore` are not
    /// sent: in a stream the `id:` of the last event is the position to resume from).
    ///
    /// On error the buffer's writer index is where it was before the call.
    public func write(
        _ batch: NotificationBatch,
        codec: some NotificationCodec,
        into buffer: inout ByteBuffer
    ) throws(FramingError) {
        let start = buffer.writerIndex
        for notification in batch.notifications {
            do {
                try write(notification, codec: codec, into: &buffer)
            } catch {
                buffer.moveWriterIndex(to: start)
                throw error
            }
        }
    }

    /// Appends a `retry:` line setting the client's reconnection time (`retry: 3000`).
    ///
    /// - Throws: ``FramingError/Code/invalidFieldValue`` when `milliseconds` is negative.
    public func writeRetry(milliseconds: Int, into buffer: inout ByteBuffer) throws(FramingError) {
        guard milliseconds >= 0 else {
            throw FramingError(.invalidFieldValue, message: "the retry time \(milliseconds) is negative")
        }
        buffer.writeStaticString("retry: ")
        buffer.writeString(String(milliseconds))
        buffer.writeInteger(UInt8.lineFeed)
    }

    /// Appends `text` as comment lines (`: text`), which clients ignore.
    ///
    /// A line break in `text` (LF, CR or CRLF) starts a new comment line, so a comment can never end an
    /// event or start a field; empty text writes a bare `:` line.
    public func writeComment(_ text: String, into buffer: inout ByteBuffer) {
        var text = text
        text.withUTF8 { bytes in
            Self.forEachLine(of: bytes) { line in
                if line.isEmpty {
                    buffer.writeInteger(UInt8.colon)
                } else {
                    buffer.writeStaticString(": ")
                    buffer.writeBytes(line)
                }
                buffer.writeInteger(UInt8.lineFeed)
            }
        }
    }

    /// Appends a heartbeat: a bare comment line (`:`), which keeps proxies and load balancers from closing
    /// an idle connection and lets the server notice a client that went away. Write it between events.
    public func writeHeartbeat(into buffer: inout ByteBuffer) {
        buffer.writeStaticString(":\n")
    }
}
