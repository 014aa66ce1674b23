import NIOCore
import NotifyWireCore
import NotifyWireJSON
import NotifyWireTestSupport
import Testing

/// The proto3 canonical JSON mapping, checked against expectations written out by hand from the mapping's
/// rules (not copied from the encoder's output), each in both directions.
@Suite struct CanonicalMappingTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let label: String
        let notification: NotificationMessage
        let json: String
        var testDescription: String { label }
    }

    static let cases: [Case] = [
        Case(label: "empty", notification: NotificationMessage(), json: "{}"),
        Case(
            label: "escapes",
            notification: NotificationMessage(id: "\"\\\n\u{1}"),
            json: #"{"id":"\"\\\n\u0001"}"#
        ),
        Case(
            label: "every short escape and the rest of the control characters",
            notification: NotificationMessage(title: "\u{8}\u{C}\r\t\u{0}\u{1F}/\u{7F}\u{2028}é🚀"),
            json: "{\"title\":\"\\b\\f\\r\\t\\u0000\\u001f/\u{7F}\u{2028}é🚀\"}"
        ),
        Case(
            label: "timestamp with 0 digits",
            notification: NotificationMessage(createdAt: Timestamp(seconds: 0)),
            json: #"{"createdAt":"1970-01-01T00:00:00Z"}"#
        ),
        Case(
            label: "timestamp with 3 digits",
            notification: NotificationMessage(createdAt: Timestamp(seconds: 1_000_000_000, nanos: 10_000_000)),
            json: #"{"createdAt":"2001-09-09T01:46:40.010Z"}"#
        ),
        Case(
            label: "timestamp with 6 digits",
            notification: NotificationMessage(createdAt: Timestamp(seconds: -1, nanos: 1000)),
            json: #"{"createdAt":"1969-12-31T23:59:59.000001Z"}"#
        ),
        Case(
            label: "timestamp with 9 digits",
            notification: NotificationMessage(createdAt: Timestamp(seconds: 951_782_400, nanos: 1)),
            json: #"{"createdAt":"2000-02-29T00:00:00.000000001Z"}"#
        ),
        Case(
            label: "earliest timestamp",
            notification: NotificationMessage(createdAt: .min),
            json: #"{"createdAt":"0001-01-01T00:00:00Z"}"#
        ),
        Case(
            label: "latest timestamp",
            notification: NotificationMessage(createdAt: .max),
            json: #"{"createdAt":"9999-12-31T23:59:59.999999999Z"}"#
        ),
        Case(
            label: "unknown enum numbers",
            notification: NotificationMessage(
                kind: NotificationKind(rawValue: 42),
                priority: NotificationPriority(rawValue: -7)
            ),
            json: #"{"kind":42,"priority":-7}"#
        ),
        Case(
            label: "known enum names",
            notification: NotificationMessage(kind: .statusChange, priority: .urgent),
            json: #"{"kind":"STATUS_CHANGE","priority":"URGENT"}"#
        ),
        Case(
            label: "max uint64",
            notification: NotificationMessage(sequence: .max),
            json: #"{"sequence":"18446744073709551615"}"#
        ),
        Case(
            label: "empty sub-messages are written",
            notification: NotificationMessage(actor: NotificationActor(), subject: NotificationSubject()),
            json: #"{"actor":{},"subject":{}}"#
        ),
        Case(
            label: "data keys in UTF-8 byte order",
            notification: NotificationMessage(data: ["b": "2", "a": "1", "B": "3", "é": "4", "aa": "5", "": "6"]),
            json: #"{"data":{"":"6","B":"3","a":"1","aa":"5","b":"2","é":"4"}}"#
        ),
        Case(
            label: "every field in field-number order",
            notification: NotificationMessage(
                id: "i",
                kind: .comment,
                createdAt: Timestamp(seconds: 86_400),
                recipientID: "r",
                actor: NotificationActor(id: "a", displayName: "d", avatarURL: "u"),
                title: "t",
                body: "b",
                subject: NotificationSubject(type: "y", id: "s", parentID: "p"),
                priority: .low,
                read: true,
                data: ["k": "v"],
                sequence: 7,
                url: "l",
                tags: ["x", "", "z"]
            ),
            json: #"{"id":"i","kind":"COMMENT","createdAt":"1970-01-02T00:00:00Z","recipientId":"r","#
                + #""actor":{"id":"a","displayName":"d","avatarUrl":"u"},"title":"t","body":"b","#
                + #""subject":{"type":"y","id":"s","parentId":"p"},"priority":"LOW","read":true,"#
                + #""data":{"k":"v"},"sequence":"7","url":"l","tags":["x","","z"]}"#
        ),
    ]

    @Test(arguments: cases)
    func encodes(testCase: Case) throws {
        let bytes = try JSONCodec().encodedBytes(testCase.notification)
        #expect(String(decoding: bytes, as: UTF8.self) == testCase.json)
    }

    @Test(arguments: cases)
    func decodes(testCase: Case) throws {
        #expect(try JSONCodec().decodeNotification(from: Array(testCase.json.utf8)) == testCase.notification)
    }

    @Test func encodesABatchWithDefaultsOmitted() throws {
        let codec = JSONCodec()
        #expect(try codec.encodedBytes(NotificationBatch()) == Array("{}".utf8))
        let batch = NotificationBatch(notifications: [NotificationMessage(), NotificationMessage(id: "2")])
        #expect(try codec.encodedBytes(batch) == Array(#"{"notifications":[{},{"id":"2"}]}"#.utf8))
        let page = NotificationBatch(cursor: "c", hasMore: true)
        #expect(try codec.encodedBytes(page) == Array(#"{"cursor":"c","hasMore":true}"#.utf8))
    }

    @Test(arguments: [
        Timestamp(seconds: Timestamp.validSecondsRange.upperBound + 1),
        Timestamp(seconds: Timestamp.validSecondsRange.lowerBound - 1),
        Timestamp(seconds: 0, nanos: -1),
        Timestamp(seconds: 0, nanos: 1_000_000_000),
    ])
    func refusesAnInvalidTimestampAndLeavesTheBufferAlone(timestamp: Timestamp) throws {
        let codec = JSONCodec()
        var buffer = ByteBufferAllocator().buffer(capacity: 16)
        buffer.writeStaticString("head")
        let error = try #require(throws: CodecError.self) {
            try codec.encode(NotificationMessage(id: "x", createdAt: timestamp), into: &buffer)
        }
        #expect(error.code == .unencodable)
        #expect(error.operation == .encode)
        #expect(error.path == "createdAt")
        #expect(buffer.readableBytesView.elementsEqual("head".utf8))

        let batch = NotificationBatch(notifications: [NotificationMessage(), NotificationMessage(createdAt: timestamp)])
        let batchError = try #require(throws: CodecError.self) { try codec.encode(batch, into: &buffer) }
        #expect(batchError.code == .unencodable)
        #expect(batchError.path == "notifications[1].createdAt")
        #expect(buffer.readableBytesView.elementsEqual("head".utf8))
    }

    @Test func appendsAtTheWriterIndex() throws {
        var buffer = ByteBufferAllocator().buffer(capacity: 4)
        buffer.writeStaticString("ab")
        try JSONCodec().encode(NotificationMessage(id: "x"), into: &buffer)
        #expect(buffer.readableBytesView.elementsEqual(#"ab{"id":"x"}"#.utf8))
    }

    @Test func describesItself() {
        let codec = JSONCodec()
        #expect(codec.format == .json)
        #expect(codec.mediaType == "application/json")
        #expect(codec.acceptedMediaTypes == ["application/json"])
        #expect(codec.payloadKind == .text)
        #expect(codec.limits == .default)
    }
}
