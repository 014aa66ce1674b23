#if Hummingbird
    import Synchronization

    /// Group commit: publications that arrive while ``maxInFlight`` commits are already under way wait, and the
    /// next commit takes all of them (up to ``maxWeight`` notifications) in one statement and one COMMIT, so a
    /// busy node pays PostgreSQL's per-transaction cost (a round trip, a WAL flush, the hints) once per group
    /// instead of once per request. An idle node commits each publication at once, as before.
    ///
    /// Each group is committed by one of its own members' tasks: when a commit ends, the oldest waiting
    /// publication commits next, with every one waiting behind it that fits; no task of its own runs. A group commits or fails as a whole: every member gets
    /// its own part of the result, or the group's error (a failed group stored nothing, since the statement is
    /// atomic). A member is never split across two groups, and members keep their arrival order inside a group,
    /// so notifications one request publishes to one recipient stay contiguous and in order.
    final class PostgresCommitGroup<Item: Sendable, Output: Sendable>: Sendable {
        /// The most commits under way at once.
        let maxInFlight: Int
        /// The most notifications (``submit(_:weight:)``'s weights) a group gathers; a member heavier than
        /// this commits alone.
        let maxWeight: Int
        private let state = Mutex(State())

        private enum Turn {
            case committed(Output)
            case failed(any Error)
            /// Commit, with these members beside the own item.
            case commit([Waiter])
        }

        private struct Waiter {
            var item: Item
            var weight: Int
            var continuation: CheckedContinuation<Turn, Never>
        }

        private struct State: ~Copyable {
            var inFlight = 0
            var waiting: [Waiter] = []
            var waitingHead = 0
        }

        /// A group of at most `maxInFlight` commits under way, each of at most `maxWeight` notifications.
        init(maxInFlight: Int, maxWeight: Int) {
            self.maxInFlight = max(1, maxInFlight)
            self.maxWeight = max(1, maxWeight)
        }

        /// How many publications wait for a commit now.
        var waitingCount: Int { state.withLock { $0.waiting.count - $0.waitingHead } }

        /// Commits `item` (worth `weight` notifications) alone or with the others waiting beside it.
        /// - Parameter commit: stores items in one transaction and returns one output per item, in order (every
        ///   caller of one group passes the same function: whichever member commits a group runs its own).
        /// - Returns: its output of the commit that took it.
        /// - Throws: the error of that commit.
        func submit(
            _ item: Item, weight: Int, commit: @Sendable ([Item]) async throws -> [Output]
        ) async throws -> Output {
            // The check and the queueing under one lock: a commit that ends in between hands its slot on.
            let turn = await withCheckedContinuation { (continuation: CheckedContinuation<Turn, Never>) in
                let commitsNow = state.withLock { state in
                    guard state.inFlight < maxInFlight else {
                        state.waiting.append(Waiter(item: item, weight: weight, continuation: continuation))
                        return false
                    }
                    state.inFlight += 1
                    return true
                }
                if commitsNow { continuation.resume(returning: .commit([])) }
            }
            let members: [Waiter]
            switch turn {
            case .committed(let output): return output
            case .failed(let error): throw error
            case .commit(let taken): members = taken
            }
            let outcome: Result<Output, any Error>
            do {
                let outputs = try await commit([item] + members.map(\.item))
                guard outputs.count == members.count + 1 else {
                    throw HubEngineError(
                        .unavailable, "a group commit answered \(outputs.count) of \(members.count + 1) publications")
                }
                for (member, output) in zip(members, outputs.dropFirst()) {
                    member.continuation.resume(returning: .committed(output))
                }
                outcome = .success(outputs[0])
            } catch {
                for member in members { member.continuation.resume(returning: .failed(error)) }
                outcome = .failure(error)
            }
            handOn()
            return try outcome.get()
        }

        /// Gives the commit slot that just ended to the oldest waiting publication, with the ones that fit
        /// beside it (taken now, so a group is every publication that waited for it), or frees the slot.
        private func handOn() {
            let next: (Waiter, [Waiter])? = state.withLock { state in
                guard state.waitingHead < state.waiting.count else {
                    state.inFlight -= 1
                    return nil
                }
                let committer = state.waiting[state.waitingHead]
                state.waitingHead += 1
                var members: [Waiter] = []
                var total = committer.weight
                while state.waitingHead < state.waiting.count,
                    total + state.waiting[state.waitingHead].weight <= maxWeight
                {
                    total += state.waiting[state.waitingHead].weight
                    members.append(state.waiting[state.waitingHead])
                    state.waitingHead += 1
                }
                Self.compact(&state)
                return (committer, members)
            }
            if let (committer, members) = next { committer.continuation.resume(returning: .commit(members)) }
        }

        /// Drops the taken members from the front of the queue once they are half of it.
        private static func compact(_ state: inout State) {
            if state.waitingHead == state.waiting.count {
                state.waiting.removeAll(keepingCapacity: true)
                state.waitingHead = 0
            } else if state.waitingHead > 64, state.waitingHead * 2 > state.waiting.count {
                state.waiting.removeFirst(state.waitingHead)
                state.waitingHead = 0
            }
        }
    }
#endif
