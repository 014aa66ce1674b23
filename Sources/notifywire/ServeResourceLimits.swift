#if Hummingbird
    import Logging

    /// The open-file limit of `notifywire serve`: one descriptor per connection.
    enum ServeResourceLimits {
        /// Raises the soft `RLIMIT_NOFILE` to the hard limit (``OpenFileLimit/raise()``) and logs the result.
        static func raiseOpenFileLimit(logger: Logger) {
            guard let limit = OpenFileLimit.raise() else {
                logger.warning("could not read the open-file limit")
                return
            }
            if limit.current < limit.hard {
                logger.warning("could not raise the open-file limit", metadata: ["soft": "\(limit.current)"])
                return
            }
            logger.info("open-file limit", metadata: ["soft": "\(limit.current)", "was": "\(limit.before)"])
        }
    }
#endif
