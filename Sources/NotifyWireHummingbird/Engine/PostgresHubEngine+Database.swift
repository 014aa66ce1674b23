#if Hummingbird
    import PostgresNIO
    import Synchronization

    extension PostgresHubEngine {
        /// Runs `operation` against the database within ``PostgresHubConfiguration/operationTimeout``, turning
        /// every failure into a ``HubEngineError`` and remembering it for ``lastFailure``.
        ///
        /// The operation runs in its own task so that the deadline holds even while postgres-nio waits on a
        /// connection that will never answer; past the deadline it is cancelled and left to finish on its own
        /// (a publication may still commit: hence the advice to retry with an idempotency key).
        func database<Value: Sendable>(
            _ what: String, _ operation: @escaping @Sendable (PostgresHubEngine) async throws -> Value
        ) async throws(HubEngineError) -> Value {
            let timeout = configuration.operationTimeout
            let result: Result<Value, HubEngineError> = await withCheckedContinuation { continuation in
                let race = DeadlineRace(continuation)
                let timer = Task {
                    try? await Task.sleep(for: timeout)
                    guard !Task.isCancelled else { return }
                    let seconds = Double(timeout.components.seconds) + Double(timeout.components.attoseconds) * 1e-18
                    let message = "PostgreSQL did not \(what) within \(seconds) s"
                    race.finish(.failure(HubEngineError(.unavailable, message)), cancellingWork: true)
                }
                race.work = Task {
                    do {
                        race.finish(.success(try await operation(self)))
                    } catch {
                        race.finish(.failure(Self.engineError(error, doing: what)))
                    }
                    timer.cancel()
                }
            }
            state.withLock { state in
                switch result {
                case .success: state.lastFailure = nil
                case .failure(let error): if error.code == .unavailable { state.lastFailure = error.message }
                }
            }
            return try result.get()
        }

        /// `error` as the engine's error: its own errors pass through (also from inside a transaction), every
        /// database failure is ``HubEngineError/Code/unavailable`` with PostgreSQL's message and SQLSTATE.
        static func engineError(_ error: any Error, doing what: String) -> HubEngineError {
            switch error {
            case let error as HubEngineError:
                return error
            case let error as PostgresTransactionError:
                let inner = error.closureError ?? error.commitError ?? error.beginError ?? error.rollbackError
                return inner.map { engineError($0, doing: what) }
                    ?? HubEngineError(.unavailable, "PostgreSQL could not \(what): the transaction failed")
            case let error as PSQLError:
                if let info = error.serverInfo {
                    let message = info[.message] ?? "no message"
                    let state = info[.sqlState] ?? "?"
                    return HubEngineError(.unavailable, "PostgreSQL could not \(what): \(message) (SQLSTATE \(state))")
                }
                return HubEngineError(.unavailable, "PostgreSQL could not \(what): \(error.code)")
            case is CancellationError:
                return HubEngineError(.unavailable, "PostgreSQL could not \(what): the call was cancelled")
            default:
                return HubEngineError(.unavailable, "PostgreSQL could not \(what): \(String(describing: error))")
            }
        }

        /// Refuses a recipient or key that PostgreSQL cannot store or index.
        static func check(_ value: String, _ what: String) throws(HubEngineError) {
            guard !value.isEmpty, value.utf8.count <= maxKeyBytes, !value.utf8.contains(0) else {
                throw HubEngineError(
                    .invalidInput, "the \(what) must be 1 to \(maxKeyBytes) bytes of UTF-8 without NUL")
            }
        }
    }

    /// The first of an operation and its deadline to finish resumes the caller; the deadline cancels the work.
    private final class DeadlineRace<Value: Sendable>: Sendable {
        private let state: Mutex<(CheckedContinuation<Result<Value, HubEngineError>, Never>?, Task<Void, Never>?)>

        init(_ continuation: CheckedContinuation<Result<Value, HubEngineError>, Never>) {
            state = Mutex((continuation, nil))
        }

        /// The operation's task, cancelled when the deadline wins.
        var work: Task<Void, Never>? {
            get { state.withLock { $0.1 } }
            set { state.withLock { $0.1 = newValue } }
        }

        func finish(_ result: Result<Value, HubEngineError>, cancellingWork: Bool = false) {
            let (continuation, work): (CheckedContinuation<Result<Value, HubEngineError>, Never>?, Task<Void, Never>?) =
                state.withLock { state in
                    defer { state.0 = nil }
                    return (state.0, state.0 == nil ? nil : state.1)
                }
            guard let continuation else { return }
            continuation.resume(returning: result)
            if cancellingWork { work?.cancel() }
        }
    }
#endif
