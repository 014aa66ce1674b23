/// A parsed `Accept` header (RFC 9110 section 12.5.1).
///
/// Parsing never fails: an element that does not parse (a missing `/`, `*/json`, a weight outside 0...1
/// or with more than three decimals, a stray quote) is skipped and the others are kept, as the RFC's
/// robustness advice asks. Two common deviations are read leniently, as servers usually do: a bare `*`
/// stands for `*/*`, and a weight without its leading zero (`q=.2`, which Java's `HttpURLConnection` sends)
/// is read as `0.2`.
public struct AcceptHeader: Hashable, Sendable {
    /// The well-formed media ranges, in the order written.
    public var ranges: [MediaRange]

    /// Whether the header said nothing usable (absent, empty, or only malformed elements), in which case
    /// every media type is acceptable.
    public var acceptsAnything: Bool { ranges.isEmpty }

    /// The ranges given.
    public init(ranges: [MediaRange]) { self.ranges = ranges }

    /// Parses a header's value; `nil` (no header) accepts anything. Several `Accept` lines of one request
    /// are joined with commas before parsing.
    public init(parsing value: String?) {
        guard let value else {
            self.ranges = []
            return
        }
        var ranges: [MediaRange] = []
        for element in Self.splitElements(Array(value.utf8)) {
            if let range = Self.parseRange(element) { ranges.append(range) }
        }
        self.ranges = ranges
    }

    /// The weight, in thousandths, that the header gives `mediaType` (`type/subtype`): that of the most
    /// specific range that matches it (the first one on a tie), 0 when none does, 1000 when the header
    /// accepts anything.
    public func qualityThousandths(for mediaType: String) -> Int {
        if acceptsAnything { return 1000 }
        var best: MediaRange?
        for range in ranges where range.matches(mediaType) {
            if let current = best, current.specificity >= range.specificity { continue }
            best = range
        }
        return best?.qualityThousandths ?? 0
    }

    /// Splits at commas outside quoted strings.
    private static func splitElements(_ bytes: [UInt8]) -> [ArraySlice<UInt8>] {
        var elements: [ArraySlice<UInt8>] = []
        var start = 0
        var quoted = false
        var escaped = false
        for (index, byte) in bytes.enumerated() {
            if quoted {
                if escaped {
                    escaped = false
                } else if byte == UInt8(ascii: "\\") {
                    escaped = true
                } else if byte == UInt8(ascii: "\"") {
                    quoted = false
                }
            } else if byte == UInt8(ascii: "\"") {
                quoted = true
            } else if byte == UInt8(ascii: ",") {
                elements.append(bytes[start..<index])
                start = index + 1
            }
        }
        elements.append(bytes[start..<bytes.count])
        return elements
    }

    private static func parseRange(_ element: ArraySlice<UInt8>) -> MediaRange? {
        var scanner = HeaderTokenScanner(element)
        scanner.skipWhitespace()
        if scanner.isAtEnd { return nil }
        guard let type = scanner.readToken() else { return nil }
        let subtype: String
        if scanner.consume(UInt8(ascii: "/")) {
            guard let token = scanner.readToken() else { return nil }
            subtype = token
        } else if type == "*" {
            subtype = "*"
        } else {
            return nil
        }
        if type == "*" && subtype != "*" { return nil }
        var parameters: [MediaRangeParameter] = []
        var quality = 1000
        scanner.skipWhitespace()
        while scanner.consume(UInt8(ascii: ";")) {
            scanner.skipWhitespace()
            guard let name = scanner.readToken()?.lowercased(), scanner.consume(UInt8(ascii: "=")) else { return nil }
            let value: String
            if let quotedValue = scanner.readQuotedString() {
                guard name != "q" else { return nil }
                value = quotedValue
            } else if let token = scanner.readToken() {
                value = token
            } else {
                return nil
            }
            if name == "q" {
                guard let parsed = parseQuality(value) else { return nil }
                quality = parsed
            } else {
                parameters.append(MediaRangeParameter(name: name, value: value))
            }
            scanner.skipWhitespace()
        }
        guard scanner.isAtEnd else { return nil }
        return MediaRange(type: type, subtype: subtype, parameters: parameters, qualityThousandths: quality)
    }

    /// `qvalue = ( "0" [ "." 0*3DIGIT ] ) / ( "1" [ "." 0*3("0") ] )`, plus a leading `.` for `0.`.
    static func parseQuality(_ text: String) -> Int? {
        var bytes = Array(text.utf8)
        if bytes.first == UInt8(ascii: ".") { bytes.insert(UInt8(ascii: "0"), at: 0) }
        guard let first = bytes.first, first == UInt8(ascii: "0") || first == UInt8(ascii: "1") else { return nil }
        var value = first == UInt8(ascii: "1") ? 1000 : 0
        guard bytes.count > 1 else { return value }
        guard bytes[1] == UInt8(ascii: "."), bytes.count <= 5 else { return nil }
        var scale = 100
        for byte in bytes.dropFirst(2) {
            guard byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") else { return nil }
            value += Int(byte - UInt8(ascii: "0")) * scale
            scale /= 10
        }
        return value <= 1000 ? value : nil
    }
}
