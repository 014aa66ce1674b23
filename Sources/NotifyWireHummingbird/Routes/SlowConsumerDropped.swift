#if Hummingbird
    /// The subscriber's queue overflowed: its connection is closed.
    struct SlowConsumerDropped: Error {}
#endif
