#if Hummingbird
    import NotifyWire

    /// A position in one recipient's log: the history it belongs to (``epoch``) and the last sequence seen in it.
    ///
    /// Every recipient's log has an epoch, a random 63-bit id (1 … 2⁶³ − 1) chosen when the log is created, and
    /// chosen again when a log that retention emptied completely is published to again (its sequences then start
    /// again at 1). A cursor of another epoch therefore never matches a sequence of this history by accident: the
    /// engine answers ``HubEngineRead/foreign(epoch:)``.
    ///
    /// Text form (an SSE `id`, a poll `cursor`, a WebSocket `after`): `<epoch>-<sequence>` in decimal digits, for
    /// example `4811915212377290121-42`; epoch 0 (the in-memory engine's one history) is written as the sequence
    /// alone, `42`, which is also how a plain decimal cursor is read. ``start`` (`0`, or `0-0`) is "before the
    /// first notification of whatever history the recipient has": the head of a recipient that has no
    /// notifications yet, valid in every epoch.
    public struct HubCursor: Hashable, Sendable, CustomStringConvertible {
        /// The history: a random 63-bit id, or 0 for ``start``.
        public var epoch: UInt64
        /// The last sequence seen in that history (0: none).
        public var sequence: UInt64

        /// Creates a cursor.
        public init(epoch: UInt64, sequence: UInt64) {
            self.epoch = epoch
            self.sequence = sequence
        }

        /// Before the first notification of any history (`0-0`).
        public static let start = HubCursor(epoch: 0, sequence: 0)

        /// Parses the text form `<epoch>-<sequence>` (two runs of ASCII digits separated by one `-`) or
        /// `<sequence>` (epoch 0), each number at most `UInt64.max` (the rule of `UInt64(decimalDigits:)`: no
        /// sign, no space); `nil` for anything else.
        public init?(_ text: String) {
            let parts = text.utf8.split(separator: UInt8(ascii: "-"), omittingEmptySubsequences: false)
            if parts.count == 1, let sequence = UInt64(decimalDigits: text) {
                self.init(epoch: 0, sequence: sequence)
                return
            }
            guard parts.count == 2,
                let epoch = UInt64(decimalDigits: String(Substring(parts[0]))),
                let sequence = UInt64(decimalDigits: String(Substring(parts[1])))
            else { return nil }
            self.init(epoch: epoch, sequence: sequence)
        }

        /// The text form: `<epoch>-<sequence>`, or `<sequence>` in epoch 0.
        public var description: String { epoch == 0 ? String(sequence) : "\(epoch)-\(sequence)" }

        /// Whether a cursor in epoch `epoch` may read this history: the same epoch, or ``start``-like (epoch 0,
        /// which is before the beginning of every history).
        func belongs(toEpoch epoch: UInt64) -> Bool { self.epoch == epoch || (self.epoch == 0 && sequence == 0) }

        /// A new random epoch: 1 … 2⁶³ − 1, so that it fits a PostgreSQL `BIGINT` and is never ``start``'s 0.
        static func randomEpoch() -> UInt64 { UInt64.random(in: 1...UInt64(Int64.max)) }
    }
#endif
