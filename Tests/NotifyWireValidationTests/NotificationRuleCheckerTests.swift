import NotifyWireCore
import NotifyWireValidation
import Testing

/// Each rule of the table fails on its own broken notification and holds on a valid one.
@Suite struct NotificationRuleCheckerTests {
    private static let valid = NotificationMessage(
        id: "n-1", kind: .comment, createdAt: Timestamp(seconds: 1_772_366_400), recipientID: "user-7",
        actor: NotificationActor(id: "u", displayName: "Ada", avatarURL: "https://cdn.example.com/a.png"),
        url: "https://example.com/x")

    @Test func validNotificationHasNoIssues() {
        #expect(NotificationRuleChecker().issues(in: Self.valid).isEmpty)
    }

    static let broken: [(String, @Sendable (inout NotificationMessage) -> Void, String)] = [
        ("notification.id.nonEmpty", { $0.id = "" }, "id"),
        ("notification.kind.specified", { $0.kind = .unspecified }, "kind"),
        ("notification.createdAt.present", { $0.createdAt = nil }, "createdAt"),
        ("notification.createdAt.present", { $0.createdAt = Timestamp(seconds: Int64.max) }, "createdAt"),
        ("notification.recipientId.nonEmpty", { $0.recipientID = "" }, "recipientId"),
        ("notification.url.absoluteHTTP", { $0.url = "mailto:a@b.c" }, "url"),
        ("notification.url.noWhitespace", { $0.url = "https://example.com/\n" }, "url"),
        ("notification.data.nonEmptyKeys", { $0.data = ["": "x"] }, "data"),
        (
            "notification.data.maxEntries",
            { $0.data = Dictionary(uniqueKeysWithValues: (0...10_000).map { ("k\($0)", "") }) }, "data"
        ),
        ("notification.tags.maxEntries", { $0.tags = Array(repeating: "t", count: 10_001) }, "tags"),
        ("actor.avatarUrl.absoluteHTTP", { $0.actor?.avatarURL = "//cdn.example.com/a.png" }, "actor.avatarUrl"),
        (
            "actor.avatarUrl.noWhitespace", { $0.actor?.avatarURL = "https://cdn.example.com/a b.png" },
            "actor.avatarUrl"
        ),
    ]

    @Test(arguments: 0..<broken.count)
    func brokenRuleIsReportedWithItsPath(index: Int) {
        let (rule, breakIt, path) = Self.broken[index]
        var notification = Self.valid
        breakIt(&notification)
        let issues = NotificationRuleChecker().issues(in: notification)
        #expect(issues.map(\.rule).contains(rule), "\(issues)")
        #expect(issues.first { $0.rule == rule }?.path == path)
    }

    @Test func everyRuleOfTheTableIsExercised() {
        #expect(Set(Self.broken.map(\.0)) == Set(ValidationRules.all.map(\.name).filter { !$0.hasPrefix("batch.") }))
    }

    @Test func batchReportsEveryNotificationWithItsIndex() {
        var second = Self.valid
        second.id = ""
        second.url = "relative"
        let batch = NotificationBatch(notifications: [Self.valid, second])
        let issues = NotificationRuleChecker().issues(in: batch)
        #expect(issues.map(\.path) == ["notifications[1].id", "notifications[1].url"])
    }
}
