#if Hummingbird
    import HTTPTypes
    import NIOCore

    /// The head of an HTTP/1.1 response read off a raw connection (the WebSocket client reads its 101 itself):
    /// the status code and the header fields, once `\r\n\r\n` has arrived.
    struct HandshakeResponseHead: Sendable {
        /// The largest head accepted, in bytes.
        static let maxBytes = 16 * 1024

        /// The status, with the reason phrase the server sent.
        var status: HTTPResponse.Status
        /// The header fields, in order.
        var headers: HTTPFields

        /// What reading `buffer` gave.
        enum Outcome {
            /// The head is not complete yet; nothing was consumed.
            case needMoreBytes
            /// The head, consumed from the buffer (the bytes after it stay readable).
            case head(HandshakeResponseHead)
            /// Not an HTTP/1.1 head, or one over ``maxBytes``.
            case malformed(String)
        }

        /// Reads a complete head from the start of `buffer`.
        static func read(from buffer: inout ByteBuffer) -> Outcome {
            let view = buffer.readableBytesView
            let terminator: [UInt8] = [13, 10, 13, 10]
            guard let end = view.firstRange(of: terminator) else {
                return view.count > maxBytes
                    ? .malformed("the response's head is over \(maxBytes) bytes") : .needMoreBytes
            }
            let headLength = end.upperBound - view.startIndex
            guard headLength <= maxBytes else { return .malformed("the response's head is over \(maxBytes) bytes") }
            let text = String(decoding: view[view.startIndex..<end.lowerBound], as: UTF8.self)
            buffer.moveReaderIndex(forwardBy: headLength)
            return parse(text)
        }

        private static func parse(_ text: String) -> Outcome {
            var lines = text.split(separator: "\r\n", omittingEmptySubsequences: false)[...]
            guard let statusLine = lines.popFirst() else { return .malformed("the response has no status line") }
            let parts = statusLine.split(separator: " ", maxSplits: 2, omittingEmptySubsequences: true)
            guard parts.count >= 2, parts[0].hasPrefix("HTTP/1."), parts[1].count == 3,
                parts[1].allSatisfy(\.isASCIIDigit), let code = Int(parts[1])
            else {
                return .malformed("the response's status line is not HTTP/1.x")
            }
            let status = HTTPResponse.Status(code: code, reasonPhrase: parts.count > 2 ? String(parts[2]) : "")
            var headers = HTTPFields()
            for line in lines {
                guard let colon = line.firstIndex(of: ":"), let name = HTTPField.Name(String(line[..<colon])) else {
                    return .malformed("a header line of the response has no valid name")
                }
                let value = line[line.index(after: colon)...].trimmingSpaces
                headers.append(HTTPField(name: name, value: value))
            }
            return .head(HandshakeResponseHead(status: status, headers: headers))
        }
    }

    extension Character {
        /// Whether the character is one of the ASCII digits 0 to 9.
        fileprivate var isASCIIDigit: Bool { isASCII && isWholeNumber }
    }

    extension Substring {
        /// The text without leading and trailing spaces and tabs.
        fileprivate var trimmingSpaces: String {
            var text = self
            while let first = text.first, first == " " || first == "\t" { text.removeFirst() }
            while let last = text.last, last == " " || last == "\t" { text.removeLast() }
            return String(text)
        }
    }
#endif
