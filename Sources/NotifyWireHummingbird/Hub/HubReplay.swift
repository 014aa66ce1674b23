#if Hummingbird
    public import NotifyWireCore

    /// What a new subscriber gets from the replay log before live traffic, decided atomically with its
    /// registration (so nothing is missed or delivered twice between the two).
    public enum HubReplay: Sendable, Equatable {
        /// No resume point was given: live traffic only.
        case none
        /// The recipient's notifications after the resume point, oldest first (possibly none).
        case notifications([NotificationMessage])
        /// The log no longer holds everything after the resume point: the client must resync. `oldest` is the
        /// oldest sequence still retained (0 when the log is empty).
        case tooOld(oldest: UInt64)
        /// The resume point is newer than anything this hub has published: it came from another server, or from
        /// before a restart (the log is in memory). Whatever was published in between is not known here, so the
        /// client must resync. `oldest` is the oldest sequence retained (0 when the log is empty).
        case resumePointUnknown(oldest: UInt64)
    }
#endif
