import HTTPTypes
import NIOCore
import NotifyWireCore
import NotifyWireFraming
import NotifyWireTestSupport
import Testing

@Suite struct SSEEventWriterTests {
    static func framed(
        _ payload: [UInt8],
        id: String? = nil,
        event: String? = nil,
        kind: PayloadKind
    ) throws(FramingError) -> String {
        var buffer = ByteBuffer()
        try SSEEventWriter().write(payload: ByteBuffer(bytes: payload), id: id, event: event, kind: kind, into: &buffer)
        return String(buffer: buffer)
    }

    @Test func textPayloadWithID() throws {
        #expect(try Self.framed(Array("hello".utf8), id: "7", kind: .text) == "id: 7\ndata: hello\n\n")
    }

    @Test func everyLineBreakStartsADataLine() throws {
        let framed = try Self.framed(Array("a\nb\r\nc\rd".utf8), event: "update", kind: .text)
        #expect(framed == "event: update\ndata: a\ndata: b\ndata: c\ndata: d\n\n")
    }

    @Test func emptyAndTrailingLines() throws {
        #expect(try Self.framed([], kind: .text) == "data:\n\n")
        #expect(try Self.framed(Array("x\n".utf8), kind: .text) == "data: x\ndata:\n\n")
        #expect(try Self.framed(Array(" x".utf8), kind: .text) == "data:  x\n\n")
    }

    @Test func emptyEventNameIsOmittedAndEmptyIDResets() throws {
        #expect(try Self.framed(Array("x".utf8), id: "", event: "", kind: .text) == "id:\ndata: x\n\n")
    }

    /// 00 0D 0A FF is 000000 000000 110100 001010 | 111111 110000: `A A 0 K / w` and two pads (RFC 4648).
    @Test func binaryPayloadIsBase64InOneLine() throws {
        #expect(try Self.framed([0x00, 0x0D, 0x0A, 0xFF], id: "9", kind: .binary) == "id: 9\ndata: AA0K/w==\n\n")
        #expect(try Self.framed([], kind: .binary) == "data:\n\n")
    }

    @Test func byteBufferViewVariantWritesTheSameBytes() throws {
        var viaView = ByteBuffer()
        let payload = ByteBuffer(string: "one\r\ntwo")
        try SSEEventWriter().write(payload: payload.readableBytesView, id: "1", kind: .text, into: &viaView)
        #expect(String(buffer: viaView) == "id: 1\ndata: one\ndata: two\n\n")
        #expect(payload.readableBytes == 8, "the payload's reader index must not move")
    }

    @Test func directivesAndComments() throws {
        let writer = SSEEventWriter()
        var buffer = ByteBuffer()
        try writer.writeRetry(milliseconds: 3000, into: &buffer)
        writer.writeComment("a\r\nb\rc\n", into: &buffer)
        writer.writeComment("", into: &buffer)
        writer.writeHeartbeat(into: &buffer)
        #expect(String(buffer: buffer) == "retry: 3000\n: a\n: b\n: c\n:\n:\n:\n")
        let error = #expect(throws: FramingError.self) { try writer.writeRetry(milliseconds: -1, into: &buffer) }
        #expect(error?.code == .invalidFieldValue)
    }

    @Test func commentWithLineBreaksCannotInjectAnEvent() throws {
        var buffer = ByteBuffer()
        SSEEventWriter().writeComment("x\n\ndata: injected\n\n", into: &buffer)
        let parsed = try SSEParsedStream(parsing: buffer)
        #expect(parsed.events.isEmpty)
    }

    static let forbiddenValues = ["a\nb", "a\rb", "a\u{0}b", "\n", "\r\n", "\u{0}"]

    @Test(arguments: forbiddenValues)
    func idWithLineBreakOrNULIsRejected(value: String) {
        var buffer = ByteBuffer(string: "before")
        let error = #expect(throws: FramingError.self) {
            try SSEEventWriter().write(payload: ByteBuffer(string: "x"), id: value, kind: .text, into: &buffer)
        }
        #expect(error?.code == .invalidFieldValue)
        #expect(String(buffer: buffer) == "before")
    }

    @Test(arguments: forbiddenValues)
    func eventWithLineBreakOrNULIsRejected(value: String) {
        var buffer = ByteBuffer(string: "before")
        let error = #expect(throws: FramingError.self) {
            try SSEEventWriter().write(payload: ByteBuffer(string: "x"), event: value, kind: .binary, into: &buffer)
        }
        #expect(error?.code == .invalidFieldValue)
        #expect(String(buffer: buffer) == "before")
    }

    @Test func idAndEventNameOfNotifications() {
        let notification = NotificationMessage(id: "n-1", kind: .statusChange, sequence: 42)
        #expect(SSEEventWriter().id(for: notification) == "42")
        #expect(SSEEventWriter(idSource: .id).id(for: notification) == "n-1")
        #expect(SSEEventWriter(idSource: .none).id(for: notification) == nil)
        #expect(SSEEventWriter().id(for: NotificationMessage(id: "n-2")) == "n-2")
        #expect(SSEEventWriter().id(for: NotificationMessage()) == nil)
        #expect(SSEEventWriter().eventName(for: notification) == nil)
        let byKind = SSEEventWriter(eventNaming: .byKind)
        #expect(byKind.eventName(for: notification) == "status_change")
        #expect(byKind.eventName(for: NotificationMessage()) == "kind_unspecified")
        #expect(byKind.eventName(for: NotificationMessage(kind: NotificationKind(rawValue: 77))) == "77")
    }

    @Test func responseHeaders() {
        let headers = SSEResponseHeaders.all.map { "\($0.name.rawName): \($0.value)" }
        #expect(headers == ["Content-Type: text/event-stream", "Cache-Control: no-cache", "X-Accel-Buffering: no"])
    }
}
