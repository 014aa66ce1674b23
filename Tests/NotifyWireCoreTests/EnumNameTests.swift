import NotifyWireCore
import Testing

@Suite struct EnumNameTests {
    @Test(
        arguments: zip(
            NotificationKind.knownValues,
            ["KIND_UNSPECIFIED", "COMMENT", "MENTION", "STATUS_CHANGE", "ORDER_UPDATE", "MESSAGE", "SYSTEM_ALERT"]
        ))
    func kindNamesMatchTheProto(kind: NotificationKind, name: String) {
        #expect(kind.protoName == name)
        #expect(NotificationKind(protoName: name) == kind)
    }

    @Test(
        arguments: zip(
            NotificationPriority.knownValues,
            ["PRIORITY_UNSPECIFIED", "LOW", "NORMAL", "HIGH", "URGENT"]
        ))
    func priorityNamesMatchTheProto(priority: NotificationPriority, name: String) {
        #expect(priority.protoName == name)
        #expect(NotificationPriority(protoName: name) == priority)
    }

    @Test func unknownNumbersAreKeptAndHaveNoName() {
        let kind = NotificationKind(rawValue: 42)
        #expect(kind.rawValue == 42)
        #expect(kind.protoName == nil)
        #expect(NotificationKind(rawValue: -1).protoName == nil)
        #expect(NotificationPriority(rawValue: 5).protoName == nil)
    }

    @Test func namesAreCaseSensitiveAndExact() {
        #expect(NotificationKind(protoName: "comment") == nil)
        #expect(NotificationKind(protoName: "COMMENT ") == nil)
        #expect(NotificationPriority(protoName: "") == nil)
    }
}
