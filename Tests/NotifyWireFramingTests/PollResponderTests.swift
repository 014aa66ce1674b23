import HTTPTypes
import NIOCore
import NotifyWireCore
import NotifyWireFraming
import NotifyWireJSON
import Testing

@Suite struct PollResponderTests {
    static let registry = CodecRegistry(codecs: [JSONCodec(), RenamedTestCodec.messagePack])

    /// A log holding notifications with sequences `range`, each a copy of `typical`.
    static func log(_ range: ClosedRange<UInt64>, limits: ReplayLogLimits = .default) -> ReplayLog<NotificationMessage>
    {
        let log = ReplayLog<NotificationMessage>(limits: limits)
        for sequence in range {
            var notification = SampleCorpus.typical
            notification.id = "n\(sequence)"
            notification.sequence = sequence
            #expect(log.append(notification, byteCount: 100))
        }
        return log
    }

    static func responder(_ range: ClosedRange<UInt64>, limits: ReplayLogLimits = .default) -> PollResponder {
        PollResponder(log: log(range, limits: limits), registry: registry)
    }

    @Test func answersWithTheNotificationsAfterTheCursor() throws {
        let response = Self.responder(1...10).respond(
            to: PollRequest(accept: "application/json", cursor: "4", limit: "3"))
        #expect(response.status == 200)
        #expect(response.headers[.contentType] == "application/json")
        #expect(response.headers[.cacheControl] == "no-store")
        #expect(response.headers[.vary] == "Accept")
        #expect(response.headers[PollResponder.pollIntervalHeader] == "5")
        #expect(response.headers[.eTag] == "\"json.5-7+\"")
        #expect(response.headers[.contentLength] == String(response.body.readableBytes))
        let decoded = try JSONCodec().decodeBatch(from: response.body)
        #expect(decoded.notifications.map(\.sequence) == [5, 6, 7])
        #expect(decoded.cursor == "7")
        #expect(decoded.hasMore)
        #expect(decoded == response.batch)
    }

    @Test func theLastPageHasNoMoreAndAnEmptyPageKeepsTheCursor() throws {
        let responder = Self.responder(1...10)
        let last = responder.respond(to: PollRequest(cursor: "7", limit: "3"))
        #expect(last.batch?.notifications.map(\.sequence) == [8, 9, 10])
        #expect(last.batch?.hasMore == false)
        #expect(last.headers[.eTag] == "\"json.8-10\"")
        let empty = responder.respond(to: PollRequest(cursor: "10"))
        #expect(empty.status == 200)
        #expect(empty.batch == NotificationBatch(notifications: [], cursor: "10", hasMore: false))
        #expect(empty.headers[.eTag] == "\"json.10\"")
    }

    @Test func withoutACursorItStartsAtTheOldestRetained() {
        let responder = Self.responder(1...10, limits: ReplayLogLimits(maxEntries: 4))
        let response = responder.respond(to: PollRequest(limit: ""))
        #expect(response.batch?.notifications.map(\.sequence) == [7, 8, 9, 10])
        let emptyLog = PollResponder(log: ReplayLog(), registry: Self.registry).respond(to: PollRequest())
        #expect(emptyLog.batch == NotificationBatch(notifications: [], cursor: "0", hasMore: false))
    }

    @Test func theBodyIsInTheNegotiatedCodec() throws {
        let response = Self.responder(1...3).respond(to: PollRequest(accept: "application/x-msgpack", cursor: "1"))
        #expect(response.headers[.contentType] == "application/vnd.msgpack")
        #expect(response.headers[.eTag] == "\"msgpack.2-3\"")
        let decoded = try WrappedBinaryTestCodec().decodeBatch(from: response.body)
        #expect(decoded.notifications.map(\.sequence) == [2, 3])
    }

    @Test(arguments: ["\"json.10\"", "W/\"json.10\"", "\"other\", \"json.10\"", "*"])
    func ifNoneMatchGivesNotModified(ifNoneMatch: String) {
        let response = Self.responder(1...10).respond(to: PollRequest(cursor: "10", ifNoneMatch: ifNoneMatch))
        #expect(response.status == 304)
        #expect(response.body.readableBytes == 0)
        #expect(response.headers[.eTag] == "\"json.10\"")
        #expect(response.headers[.contentLength] == nil)
        #expect(response.headers[.vary] == "Accept")
    }

    @Test func aStaleETagGetsTheNewPage() {
        let responder = Self.responder(1...10)
        let response = responder.respond(to: PollRequest(cursor: "8", ifNoneMatch: "\"json.8\""))
        #expect(response.status == 200)
        #expect(response.batch?.notifications.count == 2)
        // The same page in another codec has another tag.
        let other = responder.respond(
            to: PollRequest(accept: "application/vnd.msgpack", cursor: "8", ifNoneMatch: "\"json.9-10\""))
        #expect(other.status == 200)
    }

    @Test(
        arguments: [
            ("abc", nil), ("-1", nil), ("1.5", nil), ("18446744073709551616", nil), (" 1", nil),
            (nil, "0"), (nil, "1001"), (nil, "x"), (nil, "-3"), (nil, "99999999999999999999"),
        ] as [(String?, String?)])
    func invalidCursorsAndLimitsGet400(cursor: String?, limit: String?) {
        let response = Self.responder(1...3).respond(to: PollRequest(cursor: cursor, limit: limit))
        #expect(response.status == 400)
        #expect(response.headers[.contentType] == "text/plain; charset=utf-8")
        let text = String(buffer: response.body)
        #expect(text.hasPrefix(cursor != nil ? "the cursor" : "the limit"))
        #expect(text.hasSuffix("\n"))
    }

    @Test func anEvictedCursorGets410TellingTheClientToResync() {
        let response = Self.responder(1...10, limits: ReplayLogLimits(maxEntries: 3)).respond(
            to: PollRequest(cursor: "2"))
        #expect(response.status == 410)
        #expect(response.status.reasonPhrase == "Gone")
        #expect(String(buffer: response.body).contains("resync"))
        let beyond = Self.responder(1...3).respond(to: PollRequest(cursor: "4"))
        #expect(beyond.status == 410)
    }

    @Test func nothingAcceptableGets406ListingTheOffer() {
        let response = Self.responder(1...3).respond(to: PollRequest(accept: "text/html"))
        #expect(response.status == 406)
        #expect(String(buffer: response.body).contains("application/json, application/vnd.msgpack"))
    }

    @Test func busyResponsesCarryRetryAfter() {
        let unavailable = PollResponder.serviceUnavailable(retryAfterSeconds: 30)
        #expect(unavailable.status == 503)
        #expect(unavailable.headers[.retryAfter] == "30")
        let tooMany = PollResponder.tooManyRequests(retryAfterSeconds: 7)
        #expect(tooMany.status == 429)
        #expect(tooMany.headers[.retryAfter] == "7")
    }

    @Test func http1SerializationIsExact() {
        let response = Self.responder(1...2).respond(to: PollRequest(cursor: "2", ifNoneMatch: "\"json.2\""))
        let text = String(decoding: response.http1Bytes, as: UTF8.self)
        #expect(
            text == "HTTP/1.1 304 Not Modified\r\nCache-Control: no-store\r\nVary: Accept\r\nETag: \"json.2\"\r\n"
                + "X-Poll-Interval: 5\r\n\r\n")
    }
}
