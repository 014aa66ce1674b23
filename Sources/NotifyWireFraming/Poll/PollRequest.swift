/// What a `GET /notifications?cursor=…&limit=…` request says, as raw strings straight from the request:
/// ``PollResponder`` validates them (anything wrong is a 400 response, never a crash).
public struct PollRequest: Hashable, Sendable {
    /// The `Accept` header, or `nil` when absent (anything is acceptable).
    public var accept: String?
    /// The `cursor` query parameter: the decimal sequence of the last notification the client has (the
    /// `cursor` of the batch it last received). `nil` or empty starts from the oldest retained notification.
    public var cursor: String?
    /// The `limit` query parameter: the most notifications in the response, 1 through
    /// ``PollOptions/maxLimit``; `nil` or empty means ``PollOptions/defaultLimit``.
    public var limit: String?
    /// The `If-None-Match` header, or `nil`.
    public var ifNoneMatch: String?
    /// The recipient whose notifications are returned (`recipientID`), or `nil` for every notification.
    ///
    /// With a recipient, the page holds only that recipient's notifications, and the batch's `cursor` is the
    /// last sequence the response looked at (not only the last one returned), so that the next poll does not
    /// scan other recipients' notifications again.
    public var recipient: String?

    /// Creates a request.
    public init(
        accept: String? = nil, cursor: String? = nil, limit: String? = nil, ifNoneMatch: String? = nil,
        recipient: String? = nil
    ) {
        self.accept = accept
        self.cursor = cursor
        self.limit = limit
        self.ifNoneMatch = ifNoneMatch
        self.recipient = recipient
    }
}
