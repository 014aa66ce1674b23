#if Hummingbird
    import Foundation
    import Synchronization

    /// Reads a child process's standard output or error to its end on a thread of its own, so that the pipe never
    /// fills and blocks the child: keeps the first line and the last few KiB, drops the rest.
    final class ServerOutputDrain: Sendable {
        private struct State {
            var firstLine: String?
            var pending: [UInt8] = []
            var tail: [UInt8] = []
            var ended = false
        }

        private static let tailLimit = 4096
        private let state = Mutex(State())

        /// Starts draining `handle` (the read end of a pipe) until it ends.
        init(_ handle: FileHandle) {
            Thread.detachNewThread { [self] in
                while true {
                    let data = handle.availableData
                    record([UInt8](data))
                    if data.isEmpty { return }
                }
            }
        }

        /// The first complete line (without its line feed), once it arrived.
        var firstLine: String? { state.withLock { $0.firstLine } }

        /// Whether the output ended (the child closed it, usually by exiting).
        var ended: Bool { state.withLock { $0.ended } }

        /// The last few KiB read, as text.
        var tail: String { state.withLock { String(decoding: $0.tail, as: UTF8.self) } }

        private func record(_ bytes: [UInt8]) {
            state.withLock { state in
                guard !bytes.isEmpty else {
                    state.ended = true
                    return
                }
                if state.firstLine == nil {
                    state.pending += bytes
                    if let newline = state.pending.firstIndex(of: UInt8(ascii: "\n")) {
                        state.firstLine = String(decoding: state.pending[..<newline], as: UTF8.self)
                        state.pending = []
                    }
                }
                state.tail += bytes
                if state.tail.count > Self.tailLimit { state.tail.removeFirst(state.tail.count - Self.tailLimit) }
            }
        }
    }
#endif
