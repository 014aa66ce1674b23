import NotifyWireCore
import Testing

@Suite struct SortedDataTests {
    @Test func sortsKeysByTheirUTF8Bytes() {
        // By UTF-8 bytes: "B" (42) < "a" (61) < "z" (7A) < "é" (C3 A9) < "日" (E6 97 A5) < "🚀" (F0 9F 9A 80).
        let notification = NotificationMessage(data: ["🚀": "6", "é": "4", "a": "2", "日": "5", "z": "3", "B": "1"])
        #expect(notification.sortedData.map(\.key) == ["B", "a", "z", "é", "日", "🚀"])
        #expect(notification.sortedData.map(\.value) == ["1", "2", "3", "4", "5", "6"])
    }

    @Test func orderDiffersFromUTF16Order() {
        // U+FF5E (EF BD 9E) sorts before U+1F600 (F0 9F 98 80) in UTF-8, but after it in UTF-16
        // (FF5E > D83D): proto maps are ordered by UTF-8 bytes, so this pins the rule.
        let notification = NotificationMessage(data: ["😀": "b", "～": "a"])
        #expect(notification.sortedData.map(\.key) == ["～", "😀"])
    }

    @Test func defaultsAreProto3Defaults() {
        let notification = NotificationMessage()
        #expect(notification.id.isEmpty && notification.kind == .unspecified && notification.createdAt == nil)
        #expect(notification.actor == nil && notification.subject == nil && notification.priority == .unspecified)
        #expect(
            !notification.read && notification.data.isEmpty && notification.sequence == 0 && notification.tags.isEmpty)
    }
}
