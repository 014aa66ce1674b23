import NotifyWireCore

/// The rules of a valid notification, in one place: ``NotificationRuleChecker`` checks them and
/// ``ValidityJSONSchema`` writes them as the JSON Schema's `$defs/ValidNotification`, `ValidActor` and
/// `ValidNotificationBatch`, so that the two cannot drift.
public enum ValidationRules {
    /// An absolute http(s) URL, or the empty string (unset). Searched, as JSON Schema's `pattern` is.
    public static let absoluteHTTPURLPattern = #"^(https?://[^\s/?#]+([/?#]\S*)?)?$"#
    /// Whitespace anywhere. Forbidden in URLs; separate from the pattern above because `$` matches before a
    /// final newline in Python's `re`, which `jsonschema` uses.
    public static let whitespacePattern = #"\s"#

    /// An RFC 3339 timestamp naming a day that does not exist: year 0000, February 30 or 31, the 31st of a
    /// 30-day month, or February 29 outside a leap year. For the JSON Schema only: the JSON codec refuses these
    /// while decoding, the binary forms cannot express them.
    public static let nonexistentDatePattern =
        #"^0000-|-02-3[01]T|-(04|06|09|11)-31T|"#
        + #"^(?!([0-9]{2}(0[48]|[2468][048]|[13579][26])|([02468][048]|[13579][26])00)-)[0-9]{4}-02-29T"#

    /// Every rule.
    public static let all: [ValidationRule] = [
        ValidationRule(
            "notification.id.nonEmpty", scope: .notification, field: "id", constraint: .nonEmptyString,
            failure: "must be set and not empty"),
        ValidationRule(
            "notification.kind.specified", scope: .notification, field: "kind",
            constraint: .specifiedEnum(zeroName: "KIND_UNSPECIFIED"), failure: "must be set and not KIND_UNSPECIFIED"),
        ValidationRule(
            "notification.createdAt.present", scope: .notification, field: "createdAt",
            constraint: .presentTimestamp, failure: "must be set, between 0001-01-01 and 9999-12-31"),
        ValidationRule(
            "notification.recipientId.nonEmpty", scope: .notification, field: "recipientId",
            constraint: .nonEmptyString, failure: "must be set and not empty"),
        ValidationRule(
            "notification.url.absoluteHTTP", scope: .notification, field: "url",
            constraint: .matchesPattern(absoluteHTTPURLPattern), failure: "must be an absolute http(s) URL when set"),
        ValidationRule(
            "notification.url.noWhitespace", scope: .notification, field: "url",
            constraint: .forbidsPattern(whitespacePattern), failure: "must not contain whitespace"),
        ValidationRule(
            "notification.data.nonEmptyKeys", scope: .notification, field: "data", constraint: .nonEmptyKeys,
            failure: "keys must not be empty"),
        ValidationRule(
            "notification.data.maxEntries", scope: .notification, field: "data",
            constraint: .maxProperties(DecodingLimits.default.maxEntries),
            failure: "must have at most \(DecodingLimits.default.maxEntries) entries"),
        ValidationRule(
            "notification.tags.maxEntries", scope: .notification, field: "tags",
            constraint: .maxItems(DecodingLimits.default.maxEntries),
            failure: "must have at most \(DecodingLimits.default.maxEntries) entries"),
        ValidationRule(
            "actor.avatarUrl.absoluteHTTP", scope: .actor, field: "avatarUrl",
            constraint: .matchesPattern(absoluteHTTPURLPattern), failure: "must be an absolute http(s) URL when set"),
        ValidationRule(
            "actor.avatarUrl.noWhitespace", scope: .actor, field: "avatarUrl",
            constraint: .forbidsPattern(whitespacePattern), failure: "must not contain whitespace"),
        ValidationRule(
            "batch.notifications.maxEntries", scope: .batch, field: "notifications",
            constraint: .maxItems(DecodingLimits.default.maxEntries),
            failure: "must have at most \(DecodingLimits.default.maxEntries) entries"),
    ]

    /// The rules of one message, in table order.
    public static func rules(for scope: RuleScope) -> [ValidationRule] {
        all.filter { $0.scope == scope }
    }
}
