#if Hummingbird
    import NotifyWire

    /// A PostgreSQL location parsed strictly from a URL:
    /// `postgres://user[:password]@host[:port]/database[?sslmode=disable|prefer|require|verify-full]`.
    ///
    /// The scheme is `postgres` or `postgresql`; the user name and the database are required; the port defaults
    /// to 5432; an IPv6 host is written in brackets (`[::1]`). User, password, host and database may hold percent
    /// escapes (`%40` for `@`); a host that decodes to an absolute path (`%2Ftmp%2Fpg`) is the folder of a Unix
    /// socket (`<folder>/.s.PGSQL.<port>`, as libpq). `sslmode` (libpq's names) defaults to `prefer`. Anything
    /// else is an ``HubEngineError/Code/invalidURL`` error naming what is wrong, never echoing the password.
    public struct PostgresURL: Hashable, Sendable {
        /// How to use TLS.
        public enum TLSMode: String, Hashable, Sendable {
            /// Plain TCP.
            case disable
            /// TLS when the server offers it, certificate not verified (the default, as libpq's).
            case prefer
            /// TLS or fail (the certificate is not verified, as libpq's `require`).
            case require
            /// TLS with the certificate verified against the system's roots and the host name.
            case verifyFull = "verify-full"
        }

        /// The user name.
        public var user: String
        /// The password, `nil` when the URL has none.
        public var password: String?
        /// The host name or address, or a Unix socket folder (an absolute path).
        public var host: String
        /// The port (5432 when the URL has none).
        public var port: Int
        /// The database name.
        public var database: String
        /// The TLS mode (`sslmode`).
        public var tls: TLSMode

        /// The Unix socket path when ``host`` is a folder, else `nil`.
        public var unixSocketPath: String? { host.hasPrefix("/") ? "\(host)/.s.PGSQL.\(port)" : nil }

        /// Parses `text`.
        /// - Throws: ``HubEngineError`` with code ``HubEngineError/Code/invalidURL``.
        public init(_ text: String) throws(HubEngineError) {
            var rest = Substring(text)
            guard let scheme = ["postgresql://", "postgres://"].first(where: { rest.hasPrefix($0) }) else {
                throw Self.invalid("the URL must start with postgres:// or postgresql://")
            }
            rest = rest.dropFirst(scheme.count)
            var query: Substring = ""
            if let mark = rest.firstIndex(of: "?") {
                query = rest[rest.index(after: mark)...]
                rest = rest[..<mark]
            }
            guard let slash = rest.firstIndex(of: "/") else { throw Self.invalid("the URL has no /database") }
            let authority = rest[..<slash]
            database = try Self.decode(rest[rest.index(after: slash)...], "database name")
            guard !database.isEmpty else { throw Self.invalid("the URL has no database name") }
            guard let at = authority.lastIndex(of: "@") else {
                throw Self.invalid("the URL has no user name (user@host)")
            }
            let userInfo = authority[..<at]
            if let colon = userInfo.firstIndex(of: ":") {
                user = try Self.decode(userInfo[..<colon], "user name")
                password = try Self.decode(userInfo[userInfo.index(after: colon)...], "password")
            } else {
                user = try Self.decode(userInfo, "user name")
                password = nil
            }
            guard !user.isEmpty else { throw Self.invalid("the URL has an empty user name") }
            (host, port) = try Self.hostAndPort(authority[authority.index(after: at)...])
            tls = try Self.tlsMode(query)
        }

        private static func hostAndPort(_ text: Substring) throws(HubEngineError) -> (String, Int) {
            var hostText = text
            var portText: Substring?
            if text.hasPrefix("[") {
                guard let close = text.firstIndex(of: "]") else {
                    throw invalid("the IPv6 host has no closing ]")
                }
                hostText = text[text.index(after: text.startIndex)..<close]
                let after = text[text.index(after: close)...]
                if !after.isEmpty {
                    guard after.hasPrefix(":") else { throw invalid("unexpected characters after the IPv6 host") }
                    portText = after.dropFirst()
                }
            } else if let colon = text.lastIndex(of: ":") {
                hostText = text[..<colon]
                portText = text[text.index(after: colon)...]
                guard !hostText.contains(":") else { throw invalid("an IPv6 host must be written in brackets") }
            }
            let host = try decode(hostText, "host")
            guard !host.isEmpty else { throw invalid("the URL has no host") }
            guard let portText else { return (host, 5432) }
            guard let port = UInt64(decimalDigits: String(portText)), (1...65535).contains(port) else {
                throw invalid("the port is not a number from 1 to 65535")
            }
            return (host, Int(port))
        }

        private static func tlsMode(_ query: Substring) throws(HubEngineError) -> TLSMode {
            var mode = TLSMode.prefer
            for pair in query.split(separator: "&", omittingEmptySubsequences: false) where !query.isEmpty {
                let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
                guard parts.count == 2, parts[0] == "sslmode" else {
                    throw invalid("the only URL parameter supported is sslmode")
                }
                guard let parsed = TLSMode(rawValue: String(parts[1])) else {
                    throw invalid("sslmode must be disable, prefer, require or verify-full")
                }
                mode = parsed
            }
            return mode
        }

        /// Decodes percent escapes; `/`, `@`, `?`, `#` and spaces must be escaped, and the result must be UTF-8.
        private static func decode(_ text: Substring, _ what: String) throws(HubEngineError) -> String {
            var bytes: [UInt8] = []
            var iterator = text.utf8.makeIterator()
            while let byte = iterator.next() {
                switch byte {
                case UInt8(ascii: "%"):
                    guard let high = iterator.next().flatMap(hexValue), let low = iterator.next().flatMap(hexValue)
                    else { throw invalid("the \(what) has a malformed percent escape") }
                    bytes.append(high << 4 | low)
                case UInt8(ascii: "/"), UInt8(ascii: "@"), UInt8(ascii: "?"), UInt8(ascii: "#"), 0...0x20, 0x7F:
                    throw invalid("the \(what) has a character that must be percent-escaped")
                default:
                    bytes.append(byte)
                }
            }
            guard !bytes.contains(0), let decoded = String(validating: bytes, as: UTF8.self) else {
                throw invalid("the \(what) is not valid UTF-8 without NUL")
            }
            return decoded
        }

        private static func hexValue(_ byte: UInt8) -> UInt8? {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
            default: nil
            }
        }

        private static func invalid(_ message: String) -> HubEngineError { HubEngineError(.invalidURL, message) }
    }
#endif
