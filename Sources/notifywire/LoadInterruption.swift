#if Hummingbird
    import Dispatch
    import Foundation

    /// SIGINT, SIGTERM and SIGHUP during `notifywire load`: the server the tool started is killed before the
    /// tool exits (Foundation starts children in a process group of their own, so a terminal's Ctrl-C never
    /// reaches it).
    final class LoadInterruption {
        private let sources: [any DispatchSourceSignal]

        /// Installs the handlers: on a signal, `cleanup` runs, a line goes to standard error, and the tool exits
        /// with 128 + the signal's number.
        init(cleanup: @escaping @Sendable () -> Void) {
            sources = [SIGINT, SIGTERM, SIGHUP].map { signalNumber in
                signal(signalNumber, SIG_IGN)
                let source = DispatchSource.makeSignalSource(signal: signalNumber, queue: .global())
                source.setEventHandler {
                    cleanup()
                    FileHandle.standardError.write(Data("notifywire load: interrupted (signal \(signalNumber))\n".utf8))
                    exit(128 + signalNumber)
                }
                source.resume()
                return source
            }
        }

        /// Removes the handlers (the default actions apply again).
        func cancel() {
            for source in sources { source.cancel() }
        }
    }
#endif
