/// The status code of a WebSocket close frame (RFC 6455 section 7.4 and the IANA registry).
///
/// Any 16-bit value can be represented; ``isValidOnTheWire`` says whether a peer may send it.
public struct WebSocketCloseCode: Hashable, Sendable, CustomStringConvertible {
    /// The 16-bit code.
    public let rawValue: UInt16

    /// The code `rawValue`.
    public init(rawValue: UInt16) { self.rawValue = rawValue }

    /// 1000: the purpose of the connection is fulfilled.
    public static let normalClosure = WebSocketCloseCode(rawValue: 1000)
    /// 1001: the endpoint is going away (server shutdown, page navigation).
    public static let goingAway = WebSocketCloseCode(rawValue: 1001)
    /// 1002: the peer broke the protocol.
    public static let protocolError = WebSocketCloseCode(rawValue: 1002)
    /// 1003: the endpoint cannot accept this type of data.
    public static let unsupportedData = WebSocketCloseCode(rawValue: 1003)
    /// 1007: a message's data does not match its type (text that is not UTF-8).
    public static let invalidPayloadData = WebSocketCloseCode(rawValue: 1007)
    /// 1008: a message violates the endpoint's policy.
    public static let policyViolation = WebSocketCloseCode(rawValue: 1008)
    /// 1009: a message is too big to process.
    public static let messageTooBig = WebSocketCloseCode(rawValue: 1009)
    /// 1010: the client expected the server to negotiate an extension.
    public static let mandatoryExtension = WebSocketCloseCode(rawValue: 1010)
    /// 1011: the server met an unexpected condition.
    public static let internalError = WebSocketCloseCode(rawValue: 1011)
    /// 1012: the service is restarting (IANA registry).
    public static let serviceRestart = WebSocketCloseCode(rawValue: 1012)
    /// 1013: try again later (IANA registry).
    public static let tryAgainLater = WebSocketCloseCode(rawValue: 1013)
    /// 1014: bad gateway (IANA registry).
    public static let badGateway = WebSocketCloseCode(rawValue: 1014)
    /// 4001, NotifyWire's own (the 4000-4999 private range): the credential that authorized the subscription
    /// expired. Reconnect with a fresh token and `after`, and nothing is lost.
    public static let credentialExpired = WebSocketCloseCode(rawValue: 4001)
    /// 4002, NotifyWire's own: the server cannot continue from the client's `after` (the resync answer SSE
    /// gives as `event: resync`). The close reason is `{"reason":"too-old"|"unknown"|"foreign","oldest":N}`;
    /// reload the recipient's state and reconnect without `after`.
    public static let resync = WebSocketCloseCode(rawValue: 4002)

    /// Whether the code may appear in a close frame: 1000-1003, 1007-1014 and 3000-4999.
    ///
    /// 1004 is reserved, 1005, 1006 and 1015 are for local use only and must never be sent, 1016-2999 are
    /// reserved for future protocol use, and codes below 1000 or from 5000 up are not defined.
    public var isValidOnTheWire: Bool {
        switch rawValue {
        case 1000...1003, 1007...1014, 3000...4999: true
        default: false
        }
    }

    /// The code in decimal.
    public var description: String { String(rawValue) }
}
