#if Hummingbird
    import Glibc

    /// The open-file limit of `notifywire load`: one descriptor per subscriber connection (two per subscriber
    /// when the server runs on the same machine, since it inherits nothing but needs its own).
    struct LoadOpenFileLimit {
        /// The soft limit now.
        var current: UInt64
        /// The soft limit before ``raise()``.
        var before: UInt64
        /// The hard limit (the most the soft limit can be raised to without privileges).
        var hard: UInt64

        /// Descriptors kept aside for everything that is not a subscriber (standard streams, pipes, the
        /// publisher's connections, the event loops).
        static let margin = 64

        /// Raises the soft `RLIMIT_NOFILE` to the hard limit; `nil` when the limit cannot be read. When it cannot
        /// be raised, `current` stays `before`.
        static func raise() -> LoadOpenFileLimit? {
            var limits = rlimit()
            let resource = __rlimit_resource_t(RLIMIT_NOFILE.rawValue)
            guard getrlimit(resource, &limits) == 0 else { return nil }
            let before = UInt64(limits.rlim_cur)
            if limits.rlim_cur < limits.rlim_max {
                var raised = limits
                raised.rlim_cur = limits.rlim_max
                if setrlimit(resource, &raised) == 0 { limits = raised }
            }
            return LoadOpenFileLimit(current: UInt64(limits.rlim_cur), before: before, hard: UInt64(limits.rlim_max))
        }

        /// `open-file limit: N (was M)`.
        var summary: String { "open-file limit: \(current) (was \(before))" }

        /// The descriptors `subscribers` connections need: twice as many when the server is local (its end of
        /// every connection counts against the same hard limit, which the server raises to as well), plus
        /// ``margin``.
        static func needed(subscribers: Int, serverIsLocal: Bool) -> UInt64 {
            UInt64(max(0, subscribers) * (serverIsLocal ? 2 : 1) + margin)
        }
    }
#endif
