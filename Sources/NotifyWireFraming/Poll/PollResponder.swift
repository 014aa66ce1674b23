public import HTTPTypes
import NIOCore
public import NotifyWireCore

/// Responds to `GET /notifications?cursor=…&limit=…` polls and long-polls from a ``ReplayLog`` of
/// notifications, in the codec the client accepts.
///
/// | status | when | body |
/// |---|---|---|
/// | 200 | notifications after the cursor (possibly none) | the encoded ``NotifyWireCore/NotificationBatch``: `cursor` is the last sequence returned (the request's cursor when none is), `hasMore` is set when `limit` cut the page |
/// | 304 | `If-None-Match` matches the response's `ETag` | none |
/// | 400 | `cursor` is not a decimal sequence, or `limit` not a whole number from 1 to ``PollOptions/maxLimit`` | one sentence |
/// | 406 | no offered media type is acceptable | one sentence listing the offered media types |
/// | 410 | the log no longer holds what follows the cursor (evicted), or the cursor is beyond anything this log has sent (another server, a restart) | one sentence telling the client to resync: reload its state and poll without a cursor |
/// | 429, 503 | ``tooManyRequests(retryAfterSeconds:)``, ``serviceUnavailable(retryAfterSeconds:)`` | one sentence; `Retry-After` says when to come back |
///
/// Every response has `Cache-Control: no-store` and `Vary: Accept`. A 200 or 304 also has a strong `ETag`
/// naming the codec and the sequences returned (`"json.41-57"`, `"json.41-57+"` when `hasMore`,
/// `"json.57"` for an empty page after cursor 57), so that a client polling again with `If-None-Match`
/// gets 304 until something new arrives, and ``pollIntervalHeader`` (`X-Poll-Interval: 5`), the seconds a
/// client should wait before polling again.
public struct PollResponder: Sendable {
    // swift-format-ignore: NeverForceUnwrap
    // A valid field name by inspection (RFC 9110 section 5.1); `HTTPField.Name` has no non-failable initializer.
    /// The header that suggests the number of seconds between polls (as GitHub's API does).
    public static let pollIntervalHeader = HTTPField.Name("X-Poll-Interval")!

    /// The notifications sent so far, shared with the other transports.
    public let log: ReplayLog<NotificationMessage>
    /// The codecs offered, in order of preference.
    public let registry: CodecRegistry
    /// Page sizes, poll interval and long-poll timeout.
    public let options: PollOptions

    /// A responder over `log`, offering `registry`'s codecs.
    public init(log: ReplayLog<NotificationMessage>, registry: CodecRegistry, options: PollOptions = .default) {
        self.log = log
        self.registry = registry
        self.options = options
    }

    /// The codec and page size a poll asks for, or the response refusing them (400 for a `limit` that is not
    /// a whole number from 1 to ``PollOptions/maxLimit``, 406 when no offered media type is acceptable). The
    /// cursor is left to the caller: a server whose store has its own cursors parses it itself and answers
    /// with ``page(_:firstID:lastID:hasMore:codec:request:)``.
    public func parameters(of request: PollRequest) -> Result<(codec: any NotificationCodec, limit: Int), PollFailure> {
        var limit = min(max(1, options.defaultLimit), max(1, options.maxLimit))
        if let text = request.limit, !text.isEmpty {
            guard let value = UInt64(decimalDigits: text), value >= 1, value <= UInt64(max(1, options.maxLimit)) else {
                return .failure(
                    PollFailure(
                        Self.plain(
                            .badRequest, "the limit must be a whole number from 1 to \(max(1, options.maxLimit))")))
            }
            limit = Int(value)
        }
        guard let codec = registry.negotiate(accept: request.accept).codec else {
            let offered = registry.offeredMediaTypes.joined(separator: ", ")
            return .failure(
                PollFailure(
                    Self.plain(.notAcceptable, "none of the accepted media types is offered; offered: \(offered)")))
        }
        return .success((codec, limit))
    }

    /// Responds to a poll at once.
    public func respond(to request: PollRequest) -> PollResponse {
        var cursor: UInt64?
        if let text = request.cursor, !text.isEmpty {
            guard let value = UInt64(decimalDigits: text) else {
                return Self.plain(.badRequest, "the cursor must be the decimal sequence of a notification")
            }
            cursor = value
        }
        let codec: any NotificationCodec
        let limit: Int
        switch parameters(of: request) {
        case .success(let chosen): (codec, limit) = chosen
        case .failure(let failure): return failure.response
        }
        let newestBeforeLookup = log.newestSequence ?? 0
        var entries: [ReplayLogEntry<NotificationMessage>]
        var emptyCursor: UInt64
        if let cursor {
            let lookup =
                request.recipient.map { log.after(sequence: cursor, partition: $0) } ?? log.after(sequence: cursor)
            switch lookup {
            case .entries(let found): entries = found
            case .tooOld: return Self.gone(cursor: String(cursor), reason: "too-old")
            case .unknown: return Self.gone(cursor: String(cursor), reason: "unknown")
            }
            emptyCursor = cursor
        } else {
            entries = request.recipient.map { log.retainedEntries(partition: $0) } ?? log.retainedEntries
            emptyCursor = log.newestSequence ?? 0
        }
        if let recipient = request.recipient {
            // The log's partition is the recipient for notifications appended with `append(_:byteCount:)`; an
            // entry appended under another partition is still never shown to the wrong recipient.
            entries.removeAll { $0.payload.recipientID != recipient }
            emptyCursor = max(emptyCursor, newestBeforeLookup)
        }
        return page(
            entries: entries, limit: limit, emptyCursor: emptyCursor, scanned: request.recipient != nil, codec: codec,
            request: request)
    }

    /// Responds to a long-poll: at once when notifications after the cursor exist (or the request is invalid),
    /// otherwise when one is appended or when `timeout` (default ``PollOptions/longPollTimeout``) passes,
    /// then with an empty batch and the same cursor. The wait suspends the task; it holds no thread.
    ///
    /// With a ``PollRequest/recipient``, an append for another recipient does not answer the long-poll: it
    /// keeps waiting until one for the recipient arrives or the time is up.
    public func respondLongPoll(to request: PollRequest, timeout: Duration? = nil) async -> PollResponse {
        let clock = ContinuousClock()
        let deadline = clock.now.advanced(by: timeout ?? options.longPollTimeout)
        var response = respond(to: request)
        while let sequence = response.waitAfterSequence {
            let remaining = clock.now.duration(to: deadline)
            guard remaining > .zero,
                await log.waitForEntry(after: sequence, partition: request.recipient, timeout: remaining)
            else { break }
            response = respond(to: request)
        }
        return response
    }

    /// Responds to a long-poll like ``respondLongPoll(to:timeout:)``, but holds it until a notification for it is
    /// appended or the task is cancelled, with no deadline of its own: for a caller that ends the wait with a
    /// timer it already has (an event loop's), so that no task waits on a clock. Cancellation answers as a
    /// timeout does: an empty batch and the same cursor.
    public func respondLongPollUntilCancelled(to request: PollRequest) async -> PollResponse {
        var response = respond(to: request)
        while let sequence = response.waitAfterSequence,
            await log.waitForEntry(after: sequence, partition: request.recipient)
        {
            response = respond(to: request)
        }
        return response
    }

    /// `503 Service Unavailable` with `Retry-After: <seconds>`.
    public static func serviceUnavailable(retryAfterSeconds: Int) -> PollResponse {
        var response = plain(.serviceUnavailable, "the server cannot answer polls now; retry later")
        response.headers.append(HTTPField(name: .retryAfter, value: String(max(0, retryAfterSeconds))))
        return response
    }

    /// `429 Too Many Requests` with `Retry-After: <seconds>`.
    public static func tooManyRequests(retryAfterSeconds: Int) -> PollResponse {
        var response = plain(.tooManyRequests, "this client polls too often; retry later")
        response.headers.append(HTTPField(name: .retryAfter, value: String(max(0, retryAfterSeconds))))
        return response
    }

    /// `410 Gone` telling the client to resync (`reason`: `too-old`, `unknown`, `foreign`): the store no longer
    /// holds what follows `cursor`, or cannot place it.
    public static func gone(cursor: String, reason: String) -> PollResponse {
        let why: String
        switch reason {
        case "too-old": why = "notifications after cursor \(cursor) are no longer retained"
        case "foreign": why = "cursor \(cursor) belongs to another history of this recipient's notifications"
        default: why = "cursor \(cursor) is beyond what this server has sent"
        }
        var response = plain(.gone, "\(why); resync: reload and poll without a cursor")
        response.headers.append(HTTPField(name: resyncReasonHeader, value: reason))
        return response
    }

    // swift-format-ignore: NeverForceUnwrap
    // A valid field name by inspection (RFC 9110 section 5.1).
    /// The header of a 410 that names why the client must resync (`too-old`, `unknown`, `foreign`).
    public static let resyncReasonHeader = HTTPField.Name("X-Resync-Reason")!

    /// A page of `entries`; with `scanned`, a page that `limit` did not cut ends at `emptyCursor` (the last
    /// sequence looked at) when that is later than its last entry.
    private func page(
        entries: [ReplayLogEntry<NotificationMessage>], limit: Int, emptyCursor: UInt64, scanned: Bool,
        codec: any NotificationCodec, request: PollRequest
    ) -> PollResponse {
        let returned = entries.prefix(limit)
        let hasMore = entries.count > limit
        var last = returned.last?.sequence ?? emptyCursor
        if scanned && !hasMore { last = max(last, emptyCursor) }
        var response = page(
            returned.map(\.payload), firstID: returned.first.map { String($0.sequence) }, lastID: String(last),
            hasMore: hasMore, codec: codec, request: request)
        if returned.isEmpty, response.status == .ok || response.status == .notModified {
            response.waitAfterSequence = last
        }
        return response
    }

    /// The response with a page of `notifications` the caller read from its store: `lastID` is the cursor
    /// after the page (the request's when the page is empty), `firstID` the first notification's position. The
    /// `ETag` is `"<codec>.<firstID>-<lastID>[+]"` (`"<codec>.<lastID>"` for an empty page), and a matching
    /// `If-None-Match` gets 304.
    public func page(
        _ notifications: [NotificationMessage], firstID: String?, lastID: String, hasMore: Bool,
        codec: any NotificationCodec, request: PollRequest
    ) -> PollResponse {
        let last = lastID
        let batch = NotificationBatch(notifications: notifications, cursor: last, hasMore: hasMore)
        let tag: String
        if let first = firstID {
            tag = "\"\(codec.format.name).\(first)-\(last)\(hasMore ? "+" : "")\""
        } else {
            tag = "\"\(codec.format.name).\(last)\""
        }
        var common: HTTPFields = [
            .cacheControl: "no-store", .vary: "Accept", .eTag: tag,
            Self.pollIntervalHeader: String(options.pollIntervalSeconds),
        ]
        if let ifNoneMatch = request.ifNoneMatch, EntityTagList.header(ifNoneMatch, matches: tag) {
            return PollResponse(status: .notModified, headers: common, codec: codec)
        }
        var body = ByteBuffer()
        do {
            try codec.encode(batch, into: &body)
        } catch {
            return Self.plain(.internalServerError, "the notifications could not be encoded: \(error.message)")
        }
        common.insert(
            contentsOf: [
                HTTPField(name: .contentType, value: codec.mediaType),
                HTTPField(name: .contentLength, value: String(body.readableBytes)),
            ], at: 0)
        return PollResponse(status: .ok, headers: common, body: body, batch: batch, codec: codec)
    }

    private static func plain(_ status: HTTPResponse.Status, _ sentence: String) -> PollResponse {
        let body = ByteBuffer(string: sentence + "\n")
        return PollResponse(
            status: status,
            headers: [
                .contentType: "text/plain; charset=utf-8", .contentLength: String(body.readableBytes),
                .cacheControl: "no-store", .vary: "Accept",
            ],
            body: body)
    }
}

/// A poll refused before its store is read: the response to send (400 or 406).
public struct PollFailure: Error, Sendable {
    /// The response.
    public var response: PollResponse

    /// Wraps `response`.
    public init(_ response: PollResponse) { self.response = response }
}
