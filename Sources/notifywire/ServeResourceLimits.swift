#if Hummingbird
    import Glibc
    import Logging

    /// The open-file limit of `notifywire serve`: one descriptor per connection.
    enum ServeResourceLimits {
        /// Raises the soft `RLIMIT_NOFILE` to the hard limit and logs the result.
        static func raiseOpenFileLimit(logger: Logger) {
            var limits = rlimit()
            let resource = __rlimit_resource_t(RLIMIT_NOFILE.rawValue)
            guard getrlimit(resource, &limits) == 0 else {
                logger.warning("could not read the open-file limit")
                return
            }
            let before = limits.rlim_cur
            if limits.rlim_cur < limits.rlim_max {
                limits.rlim_cur = limits.rlim_max
                if setrlimit(resource, &limits) != 0 {
                    logger.warning("could not raise the open-file limit", metadata: ["soft": "\(before)"])
                    return
                }
            }
            logger.info("open-file limit", metadata: ["soft": "\(limits.rlim_cur)", "was": "\(before)"])
        }
    }
#endif
