#if Hummingbird

    /// An HTTP response read by `curl -s -i`: status, headers and body.
    struct CurlResponse: Sendable {
        struct Unparsable: Error, CustomStringConvertible {
            let output: String
            var description: String { "curl output without a status line: \(output.prefix(200))" }
        }

        let status: Int
        let headers: [(name: String, value: String)]
        let body: [UInt8]

        var text: String { String(decoding: body, as: UTF8.self) }

        func header(_ name: String) -> String? {
            headers.first { $0.name.lowercased() == name.lowercased() }?.value
        }

        /// Runs `curl -s -i ARGUMENTS` (off the cooperative threads) and parses its output.
        static func run(_ arguments: [String]) async throws -> CurlResponse {
            try parse(
                try await ChildProcess.output(of: "curl", arguments: ["-s", "-i", "--max-time", "60"] + arguments))
        }

        static func parse(_ output: [UInt8]) throws -> CurlResponse {
            let separator: [UInt8] = Array("\r\n\r\n".utf8)
            var split = output.count
            if output.count >= 4 {
                for index in 0...(output.count - 4) where Array(output[index..<index + 4]) == separator {
                    split = index
                    break
                }
            }
            let head = String(decoding: output[..<split], as: UTF8.self)
            let lines = head.split(separator: "\r\n").map(String.init)
            guard let statusLine = lines.first, statusLine.hasPrefix("HTTP/"),
                let status = Int(statusLine.split(separator: " ").dropFirst().first ?? "")
            else { throw Unparsable(output: head) }
            let headers = lines.dropFirst().compactMap { line -> (name: String, value: String)? in
                guard let colon = line.firstIndex(of: ":") else { return nil }
                return (String(line[..<colon]), String(line[line.index(after: colon)...].drop { $0 == " " }))
            }
            let body = split + 4 <= output.count ? Array(output[(split + 4)...]) : []
            return CurlResponse(status: status, headers: headers, body: body)
        }
    }
#endif
