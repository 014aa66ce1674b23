/// Where ``SSEEventWriter`` takes the `id:` of a notification's event from. The client sends the last one
/// back in `Last-Event-ID` when it reconnects, so that the server can replay what it missed
/// (see ``ReplayLog``).
public enum SSEIDSource: Hashable, Sendable {
    /// The notification's `sequence` in decimal when it is set (not 0), otherwise its `id`; no `id:` line
    /// when both are unset. The default, since a sequence is what a replay log is keyed by.
    case sequenceElseID
    /// The notification's `id`; no `id:` line when it is empty.
    case id
    /// No `id:` lines.
    case none
}
