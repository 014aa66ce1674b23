#if Hummingbird
    import Foundation

    /// One HTTP exchange made with `curl` (every request has `--max-time`, so none can hang a test).
    struct ServeResponse: Sendable {
        /// The status code.
        let status: Int
        /// The header fields, names lower-cased (the last one wins).
        let headers: [String: String]
        /// The body.
        let body: [UInt8]

        /// The body as UTF-8 text.
        var text: String { String(decoding: body, as: UTF8.self) }

        /// `curl` could not make the exchange.
        struct Failure: Error, CustomStringConvertible {
            let description: String
        }

        /// Makes one request with `curl -i`; `body` goes as `--data-binary`, `options` before the URL (such as
        /// ``ReverseProxy/curlOptions``).
        static func request(
            _ method: String, _ url: String, headers: [String: String] = [:], body: [UInt8]? = nil,
            options: [String] = [], timeout: Double = 10
        ) async throws -> ServeResponse {
            var arguments = ["-s", "-S", "-i", "--max-time", String(timeout), "-X", method, "-H", "Expect:"] + options
            for (name, value) in headers.sorted(by: { $0.key < $1.key }) { arguments += ["-H", "\(name): \(value)"] }
            if body != nil { arguments += ["--data-binary", "@-"] }
            arguments.append(url)
            let result = try await ChildProcess.run(
                "curl", arguments: arguments, input: body ?? [], timeout: timeout + 5)
            guard result.status == 0 else {
                throw Failure(description: "curl \(method) \(url) exited with \(result.status): \(result.error)")
            }
            return try parse(result.output)
        }

        /// `GET url`.
        static func get(
            _ url: String, headers: [String: String] = [:], options: [String] = [], timeout: Double = 10
        ) async throws -> ServeResponse {
            try await request("GET", url, headers: headers, options: options, timeout: timeout)
        }

        /// Splits `curl -i` output into status, headers and body.
        static func parse(_ output: [UInt8]) throws -> ServeResponse {
            let separator: [UInt8] = Array("\r\n\r\n".utf8)
            guard let range = output.firstRange(of: separator) else {
                throw Failure(description: "no response head in \(String(decoding: output, as: UTF8.self))")
            }
            let head = String(decoding: output[..<range.lowerBound], as: UTF8.self)
            let lines = head.components(separatedBy: "\r\n")
            let statusFields = lines.first?.split(separator: " ") ?? []
            guard statusFields.count >= 2, let status = Int(statusFields[1]) else {
                throw Failure(description: "bad status line in \(head)")
            }
            var headers: [String: String] = [:]
            for line in lines.dropFirst() {
                guard let colon = line.firstIndex(of: ":") else { continue }
                headers[line[..<colon].lowercased()] = line[line.index(after: colon)...]
                    .trimmingCharacters(in: .whitespaces)
            }
            return ServeResponse(status: status, headers: headers, body: Array(output[range.upperBound...]))
        }
    }
#endif
