/// Whether ``SSEEventWriter`` names the events it writes for notifications.
public enum SSEEventNaming: Hashable, Sendable {
    /// No `event:` line, so the event's type is `message` and a browser's `EventSource.onmessage` fires.
    /// The default.
    case off
    /// `event:` is the notification's kind: its `.proto` name lower-cased (`comment`, `status_change`,
    /// `kind_unspecified`), or its number in decimal (`7`) for a kind this version does not know. A browser
    /// then listens with `addEventListener("status_change", …)`; `onmessage` does not fire.
    case byKind
}
