#if Hummingbird
    import Glibc
    import Synchronization

    /// SIGINT, SIGTERM and SIGHUP during `notifywire load`: the server the tool started is killed before the
    /// tool exits (Foundation starts children in a process group of their own, so a terminal's Ctrl-C never
    /// reaches it).
    ///
    /// The handler is a plain signal handler that only reads an atomic and calls `kill` and `_exit` (all
    /// async-signal-safe): a dispatch signal source would miss signals taken by the threads that do not block
    /// them.
    enum LoadInterruption {
        /// The server process to kill on a signal; 0 when none runs.
        static let serverProcess = Atomic<Int32>(0)

        /// Installs the handlers: on a signal, the server process is killed (SIGKILL), a line goes to standard
        /// error, and the tool exits with 128 + the signal's number.
        static func install() {
            serverProcess.store(0, ordering: .sequentiallyConsistent)  // initialised before any handler runs
            for signalNumber in [SIGINT, SIGTERM, SIGHUP] {
                _ = signal(signalNumber) { received in
                    let process = LoadInterruption.serverProcess.load(ordering: .sequentiallyConsistent)
                    if process > 0 { kill(process, SIGKILL) }
                    let message: StaticString = "notifywire load: interrupted; the server it started is killed\n"
                    _ = write(2, message.utf8Start, message.utf8CodeUnitCount)
                    _exit(128 + received)
                }
            }
        }

        /// Records the server process that a signal must kill (`nil`: none runs).
        static func watch(_ process: Int32?) {
            serverProcess.store(process ?? 0, ordering: .sequentiallyConsistent)
        }
    }
#endif
