#if Hummingbird
    import NIOCore
    import NotifyWireCore
    import NotifyWireHummingbird

    /// Everything one subscriber connection needs: where the server is, whom it subscribes for, where it
    /// resumes, and where it records what it receives.
    struct SubscriberEndpoint: Sendable {
        /// The server's host.
        var host: String
        /// The server's port.
        var port: Int
        /// The recipient id.
        var recipient: String
        /// The recipient's index in ``tally``.
        var index: Int
        /// Where deliveries, errors and resyncs are recorded.
        var tally: LoadTally
        /// The codec the subscriber asks for and decodes with.
        var codec: any NotificationCodec
        /// The position of the last notification received before (SSE `Last-Event-ID`, WebSocket `after=`, poll
        /// cursor, in the text form of ``NotifyWireHummingbird/HubCursor``); `nil`: a fresh subscription.
        var resumeAfter: HubCursor?
        /// Fulfilled once the subscription is established (SSE: first body bytes; WebSocket: 101 verified;
        /// long-poll: the first request written), failed when the connection could not get there.
        var established: EventLoopPromise<Void>
        /// The subscription the connection belongs to.
        var subscription: LoadSubscription
        /// Opens a new connection for ``subscription`` (long-poll, after the server closed the last one): at
        /// once when the argument is `true` (the last response was fine), else after a short pause.
        var reconnect: @Sendable (_ promptly: Bool) -> Void

        /// `Host` header value.
        var hostHeader: String { "\(host):\(port)" }

        /// The recipient id escaped for a query string (ids from ``LoadNaming`` need no escaping; anything
        /// outside unreserved characters is percent-encoded).
        var escapedRecipient: String {
            var text = ""
            for byte in recipient.utf8 {
                switch byte {
                case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                    UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"),
                    UInt8(ascii: "~"):
                    text.unicodeScalars.append(Unicode.Scalar(byte))
                default:
                    let hex = Array("0123456789ABCDEF".unicodeScalars)
                    text.unicodeScalars.append("%")
                    text.unicodeScalars.append(hex[Int(byte >> 4)])
                    text.unicodeScalars.append(hex[Int(byte & 0x0F)])
                }
            }
            return text
        }
    }
#endif
