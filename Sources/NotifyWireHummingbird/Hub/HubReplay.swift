#if Hummingbird
    public import NotifyWireCore

    /// What a new subscriber gets from the replay log before live traffic, decided atomically with its
    /// registration (so nothing is missed or delivered twice between the two).
    public enum HubReplay: Sendable, Equatable {
        /// No resume point was given, or it was unknown to the log (from another server or a restart): live
        /// traffic only.
        case none
        /// The recipient's notifications after the resume point, oldest first (possibly none).
        case notifications([NotificationMessage])
        /// The log no longer holds everything after the resume point: the client must resync. `oldest` is the
        /// oldest sequence still retained (0 when the log is empty).
        case tooOld(oldest: UInt64)
    }
#endif
