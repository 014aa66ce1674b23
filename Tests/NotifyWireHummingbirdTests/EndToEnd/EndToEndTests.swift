#if Hummingbird
    import Testing

    /// Real clients against a spawned `notifywire serve`: every suite of this folder is nested here and runs
    /// one test at a time. Each test starts its own server on a free port (so they could run side by side),
    /// but the machine has two cores: a held long-poll's one-second bound and the RSS measurements must not
    /// compete with other servers, browsers and Python clients started by the same test run.
    @Suite(.serialized) struct EndToEndTests {}
#endif
