public import NotifyWireCore

/// Checks decoded notifications against ``ValidationRules``, reporting every broken rule.
public struct NotificationRuleChecker: Sendable {
    /// The rules checked (by default all of them).
    public let rules: [ValidationRule]

    /// Creates a checker of `rules`.
    public init(rules: [ValidationRule] = ValidationRules.all) {
        self.rules = rules
    }

    /// Every broken rule of `notification`; `prefix` is prepended to the paths (`notifications[2].`).
    public func issues(in notification: NotificationMessage, prefix: String = "") -> [ValidationIssue] {
        var found: [ValidationIssue] = []
        for rule in rules where rule.scope == .notification {
            found += check(rule, value: Self.value(of: rule.field, in: notification), path: prefix + rule.field)
        }
        if let actor = notification.actor {
            for rule in rules where rule.scope == .actor {
                found += check(rule, value: Self.value(of: rule.field, in: actor), path: prefix + "actor." + rule.field)
            }
        }
        return found
    }

    /// Every broken rule of `batch` and of each of its notifications.
    public func issues(in batch: NotificationBatch) -> [ValidationIssue] {
        var found: [ValidationIssue] = []
        for rule in rules where rule.scope == .batch {
            let value: RuleFieldValue? =
                rule.field == "notifications" ? .list(count: batch.notifications.count) : nil
            found += check(rule, value: value, path: rule.field)
        }
        for (index, notification) in batch.notifications.enumerated() {
            found += issues(in: notification, prefix: "notifications[\(index)].")
        }
        return found
    }

    /// The value of a notification field that rules can name; `nil` for a name without rule support.
    static func value(of field: String, in notification: NotificationMessage) -> RuleFieldValue? {
        switch field {
        case "id": .string(notification.id)
        case "kind": .enumNumber(notification.kind.rawValue)
        case "createdAt": .timestamp(notification.createdAt)
        case "recipientId": .string(notification.recipientID)
        case "title": .string(notification.title)
        case "body": .string(notification.body)
        case "priority": .enumNumber(notification.priority.rawValue)
        case "data": .mapKeys(Array(notification.data.keys))
        case "url": .string(notification.url)
        case "tags": .list(count: notification.tags.count)
        default: nil
        }
    }

    /// The value of an actor field that rules can name.
    static func value(of field: String, in actor: NotificationActor) -> RuleFieldValue? {
        switch field {
        case "id": .string(actor.id)
        case "displayName": .string(actor.displayName)
        case "avatarUrl": .string(actor.avatarURL)
        default: nil
        }
    }

    private func check(_ rule: ValidationRule, value: RuleFieldValue?, path: String) -> [ValidationIssue] {
        guard let value else {
            return [
                ValidationIssue(rule: rule.name, path: path, message: "the rule names a field the checker cannot read")
            ]
        }
        return holds(rule.constraint, for: value)
            ? [] : [ValidationIssue(rule: rule.name, path: path, message: rule.failure)]
    }

    private func holds(_ constraint: RuleConstraint, for value: RuleFieldValue) -> Bool {
        switch (constraint, value) {
        case (.nonEmptyString, .string(let text)): !text.isEmpty
        case (.specifiedEnum, .enumNumber(let number)): number != 0
        case (.presentTimestamp, .timestamp(let timestamp)): timestamp?.isValid ?? false
        case (.matchesPattern(let pattern), .string(let text)): Self.search(pattern, in: text) ?? false
        case (.forbidsPattern(let pattern), .string(let text)): !(Self.search(pattern, in: text) ?? true)
        case (.nonEmptyKeys, .mapKeys(let keys)): !keys.contains("")
        case (.maxItems(let limit), .list(let count)): count <= limit
        case (.maxProperties(let limit), .mapKeys(let keys)): keys.count <= limit
        default: false
        }
    }

    /// Whether `pattern` matches somewhere in `text`; `nil` when the pattern does not compile.
    static func search(_ pattern: String, in text: String) -> Bool? {
        guard let regex = try? Regex(pattern) else { return nil }
        do {
            return try regex.firstMatch(in: text) != nil
        } catch {
            return nil
        }
    }
}
