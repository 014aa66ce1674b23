#if Hummingbird
    /// Why a subscriber connection could not be established.
    struct SubscriberFailure: Error, CustomStringConvertible {
        /// What went wrong, one lower-case sentence.
        var description: String
        init(_ description: String) { self.description = description }
    }
#endif
