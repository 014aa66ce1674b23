#if Hummingbird
    import Glibc
    import Synchronization

    /// SIGINT, SIGTERM and SIGHUP during `notifywire load`: the servers the tool started are killed before the
    /// tool exits (Foundation starts children in a process group of their own, so a terminal's Ctrl-C never
    /// reaches them).
    ///
    /// The handler is a plain signal handler that only reads atomics and calls `kill` and `_exit` (all
    /// async-signal-safe): a dispatch signal source would miss signals taken by the threads that do not block
    /// them. A throwaway PostgreSQL the tool started is left to the next run, which removes the folders of
    /// processes that no longer run (``NotifyWireLoad/ThrowawayPostgres``).
    enum LoadInterruption {
        /// The most nodes whose processes are watched (`--nodes` is at most this).
        static let maxNodes = 16

        /// The server process of each node to kill on a signal; 0 where none runs. Allocated once, never freed.
        nonisolated(unsafe) private static let serverProcesses: UnsafeMutablePointer<Atomic<Int32>> = {
            let slots = UnsafeMutablePointer<Atomic<Int32>>.allocate(capacity: maxNodes)
            for slot in 0..<maxNodes { (slots + slot).initialize(to: Atomic(0)) }
            return slots
        }()

        /// Installs the handlers: on a signal, the server processes are killed (SIGKILL), a line goes to
        /// standard error, and the tool exits with 128 + the signal's number.
        static func install() {
            for node in 0..<maxNodes { serverProcesses[node].store(0, ordering: .sequentiallyConsistent) }
            for signalNumber in [SIGINT, SIGTERM, SIGHUP] {
                _ = signal(signalNumber) { received in
                    for node in 0..<LoadInterruption.maxNodes {
                        let process = LoadInterruption.serverProcesses[node].load(ordering: .sequentiallyConsistent)
                        if process > 0 { kill(process, SIGKILL) }
                    }
                    let message: StaticString = "notifywire load: interrupted; the servers it started are killed\n"
                    _ = write(2, message.utf8Start, message.utf8CodeUnitCount)
                    _exit(128 + received)
                }
            }
        }

        /// Records the server process of `node` that a signal must kill (`nil`: none runs).
        static func watch(_ process: Int32?, node: Int) {
            guard (0..<maxNodes).contains(node) else { return }
            serverProcesses[node].store(process ?? 0, ordering: .sequentiallyConsistent)
        }
    }
#endif
