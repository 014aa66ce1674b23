/// One element of an `Accept` header (RFC 9110 section 12.5.1): a media range such as `application/json`,
/// `application/*` or `*/*`, its parameters and its weight.
///
/// Type, subtype and parameter names are lower-cased (they are case-insensitive); parameter values keep
/// their case, unquoted.
public struct MediaRange: Hashable, Sendable, CustomStringConvertible {
    /// The type, lower-cased; `*` in `*/*`.
    public var type: String
    /// The subtype, lower-cased; `*` in `type/*` and `*/*`.
    public var subtype: String
    /// The parameters other than the weight, in order, names lower-cased.
    public var parameters: [MediaRangeParameter]
    /// The weight in thousandths: `q=0.8` is 800, no `q` is 1000, and 0 means "not acceptable".
    public var qualityThousandths: Int

    /// Creates a media range.
    public init(type: String, subtype: String, parameters: [MediaRangeParameter] = [], qualityThousandths: Int = 1000) {
        self.type = type.lowercased()
        self.subtype = subtype.lowercased()
        self.parameters = parameters
        self.qualityThousandths = qualityThousandths
    }

    /// How specific the range is: 0 for `*/*`, 1 for `type/*`, 2 for `type/subtype`, 3 with parameters.
    public var specificity: Int {
        if type == "*" { return 0 }
        if subtype == "*" { return 1 }
        return parameters.isEmpty ? 2 : 3
    }

    /// Whether the range covers `mediaType` (a `type/subtype` without parameters, any case).
    ///
    /// Parameters restrict the match only where NotifyWire gives them a meaning: `charset` must be UTF-8;
    /// other parameters (none is defined for the NotifyWire media types) are ignored, but still make the
    /// range more specific.
    public func matches(_ mediaType: String) -> Bool {
        let lowered = mediaType.lowercased()
        guard let slash = lowered.firstIndex(of: "/") else { return false }
        let offeredType = lowered[..<slash]
        let offeredSubtype = lowered[lowered.index(after: slash)...]
        for parameter in parameters where parameter.name == "charset" {
            let value = parameter.value.lowercased()
            if value != "utf-8" && value != "utf8" { return false }
        }
        if type == "*" { return true }
        guard type == offeredType else { return false }
        return subtype == "*" || subtype == offeredSubtype
    }

    /// `application/json;q=0.8`, in the syntax ``AcceptHeader/init(parsing:)`` reads back to the same range: a
    /// parameter value that is not a token (empty, or holding a space, `"`, `]`, a non-ASCII character…) is
    /// written as a quoted string, with `"` and `\` escaped.
    public var description: String {
        var text = type + "/" + subtype
        for parameter in parameters { text += ";" + parameter.name + "=" + Self.quotedIfNeeded(parameter.value) }
        if qualityThousandths != 1000 {
            let fraction = String(qualityThousandths % 1000)
            text += ";q=\(qualityThousandths / 1000)." + String(repeating: "0", count: 3 - fraction.count) + fraction
        }
        return text
    }

    /// `value` as a token when it is one, otherwise as a quoted string (RFC 9110 section 5.6.4).
    private static func quotedIfNeeded(_ value: String) -> String {
        if !value.isEmpty && value.utf8.allSatisfy(HeaderTokenScanner.isTokenByte) { return value }
        var quoted = "\""
        for character in value.unicodeScalars {
            if character == "\"" || character == "\\" { quoted.unicodeScalars.append("\\") }
            quoted.unicodeScalars.append(character)
        }
        return quoted + "\""
    }
}
