#if Hummingbird
    import Glibc

    /// The process's open-file limit (`RLIMIT_NOFILE`), which `notifywire serve` and `notifywire load` raise to
    /// the hard limit: one descriptor per connection.
    struct OpenFileLimit {
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
        static func raise() -> OpenFileLimit? {
            var limits = rlimit()
            let resource = __rlimit_resource_t(RLIMIT_NOFILE.rawValue)
            guard getrlimit(resource, &limits) == 0 else { return nil }
            let before = UInt64(limits.rlim_cur)
            if limits.rlim_cur < limits.rlim_max {
                var raised = limits
                raised.rlim_cur = limits.rlim_max
                if setrlimit(resource, &raised) == 0 { limits = raised }
            }
            return OpenFileLimit(current: UInt64(limits.rlim_cur), before: before, hard: UInt64(limits.rlim_max))
        }

        /// `open-file limit: N (was M)`.
        var summary: String { "open-file limit: \(current) (was \(before))" }

        /// The descriptors this process needs for `subscribers` connections, plus ``margin``. The limit is per
        /// process: a local server's ends of the connections count against its own limit (which it raises to
        /// the same hard limit), not against this one.
        static func needed(subscribers: Int) -> UInt64 {
            UInt64(max(0, subscribers) + margin)
        }
    }
#endif
