#if Hummingbird
    import NIOCore
    import NotifyWire
    import Prometheus
    import Synchronization

    extension NotificationHub {
        /// The most notifications one read of the engine asks for.
        static var readPageSize: Int { 1000 }

        /// Fans out this node's own publication where it follows what was delivered; reads the engine for the
        /// recipients where it does not (another publication came first, here or on another node).
        func deliver(_ publication: HubPublication) async {
            let now = ContinuousClock.now
            var byRecipient: [String: [NotificationMessage]] = [:]
            var order: [String] = []
            for notification in publication.notifications {
                if byRecipient[notification.recipientID] == nil { order.append(notification.recipientID) }
                byRecipient[notification.recipientID, default: []].append(notification)
            }
            var reads: [String] = []
            let dropped: [HubSubscription] = state.withLock { state in
                var dropped: [HubSubscription] = []
                for recipient in order {
                    guard var recipientState = state.recipients[recipient], let stored = byRecipient[recipient],
                        let first = stored.first, let last = stored.last
                    else { continue }
                    let epoch = publication.epochs[recipient]
                    let delivered = recipientState.delivered
                    if recipientState.reading {
                        recipientState.rereads = true
                    } else if epoch == delivered.epoch && first.sequence == delivered.sequence + 1 {
                        for notification in stored {
                            fanOut(
                                notification, epoch: delivered.epoch, to: recipientState, publishedAt: now,
                                state: &state, dropped: &dropped)
                        }
                        recipientState.delivered.sequence = last.sequence
                    } else if !(epoch == delivered.epoch && last.sequence <= delivered.sequence) {
                        reads.append(recipient)
                    }
                    if state.recipients[recipient] != nil {
                        recipientState.subscribers = state.recipients[recipient]?.subscribers ?? [:]
                        state.recipients[recipient] = recipientState
                    }
                }
                return dropped
            }
            finishSlowConsumers(dropped)
            if !reads.isEmpty { await catchUp(reads) }
        }

        /// Reads the engine after `recipient`'s delivered position and fans out what it finds: ``catchUp(_:)-([String])``
        /// of one.
        func catchUp(_ recipient: String) async { await catchUp([recipient]) }

        /// Reads the engine after each recipient's delivered position and fans out what it finds, until each has
        /// reached its head and nothing more was signalled meanwhile: one engine read for up to
        /// ``catchUpBatchSize`` recipients at a time (``HubEngine/read(after:limit:)``, at most
        /// ``catchUpPageSize`` notifications each), so that a node woken for many recipients reads them together.
        /// One reader per recipient at a time: a call while another reads one only asks that one to read again.
        ///
        /// When the engine no longer continues the delivered position (purged and restarted, trimmed past it, or
        /// behind it), the recipient's subscriptions end with ``HubSubscriptionEnd/resync(_:)``: their clients
        /// reconnect with their cursors and get the resync answer.
        func catchUp(_ recipients: [String]) async {
            var start = 0
            while start < recipients.count {
                let chunk = recipients[start..<min(recipients.count, start + Self.catchUpBatchSize)]
                start += chunk.count
                var cursors: [String: HubCursor] = state.withLock { state in
                    var claimed: [String: HubCursor] = [:]
                    for recipient in chunk {
                        guard var recipientState = state.recipients[recipient] else { continue }
                        if recipientState.reading {
                            recipientState.rereads = true
                        } else {
                            recipientState.reading = true
                            recipientState.rereads = false
                            claimed[recipient] = recipientState.delivered
                        }
                        state.recipients[recipient] = recipientState
                    }
                    return claimed
                }
                while !cursors.isEmpty {
                    metrics.catchUpReads.increment(by: Int64(cursors.count))
                    let reads: [String: HubEngineRead]
                    do {
                        reads = try await engine.read(after: cursors, limit: Self.catchUpPageSize)
                    } catch {
                        // The periodic head poll tries again.
                        state.withLock { state in
                            for recipient in cursors.keys { state.recipients[recipient]?.reading = false }
                        }
                        break
                    }
                    var next: [String: HubCursor] = [:]
                    for recipient in cursors.keys {
                        guard let read = reads[recipient] else {
                            state.withLock { $0.recipients[recipient]?.reading = false }
                            continue
                        }
                        if let more = apply(read, to: recipient) { next[recipient] = more }
                    }
                    cursors = next
                }
            }
        }

        /// The most recipients one catch-up read asks for.
        static var catchUpBatchSize: Int { 100 }

        /// The most notifications a catch-up read asks for per recipient (more: the recipient is read again).
        static var catchUpPageSize: Int { 100 }

        /// Fans out what `read` gave for `recipient` (being read by the caller), or ends its subscriptions with
        /// the resync answer; returns where to read next when the recipient is not done (the page was full, or
        /// more was signalled meanwhile), `nil` when it is (its reading flag cleared).
        private func apply(_ read: HubEngineRead, to recipient: String) -> HubCursor? {
            let now = ContinuousClock.now
            let (next, dropped, resync): (HubCursor?, [HubSubscription], (HubResync, [HubSubscription])?) =
                state.withLock { state in
                    guard var recipientState = state.recipients[recipient] else { return (nil, [], nil) }
                    var dropped: [HubSubscription] = []
                    let resync: HubResync
                    switch read {
                    case .notifications(let notifications, let head):
                        for notification in notifications {
                            let delivered = recipientState.delivered
                            if head.epoch == delivered.epoch && notification.sequence <= delivered.sequence {
                                continue
                            }
                            fanOut(
                                notification, epoch: head.epoch, to: recipientState, publishedAt: now,
                                state: &state, dropped: &dropped)
                            recipientState.delivered = HubCursor(epoch: head.epoch, sequence: notification.sequence)
                        }
                        if recipientState.delivered.sequence == 0 { recipientState.delivered.epoch = head.epoch }
                        recipientState.subscribers = state.recipients[recipient]?.subscribers ?? [:]
                        let more =
                            (!notifications.isEmpty && recipientState.delivered.sequence < head.sequence)
                            || recipientState.rereads
                        recipientState.rereads = false
                        recipientState.reading = more
                        state.recipients[recipient] = recipientState
                        return (more ? recipientState.delivered : nil, dropped, nil)
                    case .tooOld(let oldest): resync = HubResync(reason: .tooOld, oldest: oldest)
                    case .unknown(_, let oldest): resync = HubResync(reason: .unknown, oldest: oldest)
                    case .foreign: resync = HubResync(reason: .foreign, oldest: 0)
                    }
                    let ended = Array(recipientState.subscribers.values)
                    state.recipients[recipient] = nil
                    state.subscriberCount -= ended.count
                    return (nil, [], (resync, ended))
                }
            finishSlowConsumers(dropped)
            if let (answer, ended) = resync {
                for subscription in ended { subscription.finish(.resync(answer)) }
            }
            return next
        }

        /// Encodes `notification` once per codec its recipient's subscribers use and queues it to each;
        /// subscribers whose queue is full are removed and added to `dropped`.
        private func fanOut(
            _ notification: NotificationMessage, epoch: UInt64, to recipientState: RecipientDelivery,
            publishedAt now: ContinuousClock.Instant, state: inout NotificationHubState,
            dropped: inout [HubSubscription]
        ) {
            var encoded: [String: ByteBuffer] = [:]
            for subscription in recipientState.subscribers.values {
                let name = subscription.codec.format.name
                var payload: ByteBuffer
                if let done = encoded[name] {
                    payload = done
                } else {
                    payload = ByteBuffer()
                    do {
                        try subscription.codec.encode(notification, into: &payload)
                    } catch {
                        continue
                    }
                    state.fanOutEncodeCount += 1
                    encoded[name] = payload
                }
                let delivery = HubDelivery(
                    sequence: notification.sequence, epoch: epoch, payload: payload, publishedAt: now)
                if !subscription.enqueue(delivery) {
                    dropped.append(subscription)
                    let recipient = notification.recipientID
                    if state.recipients[recipient]?.subscribers.removeValue(forKey: subscription.id) != nil {
                        state.subscriberCount -= 1
                    }
                }
            }
        }

        private func finishSlowConsumers(_ dropped: [HubSubscription]) {
            for subscription in dropped where subscription.finish(.slowConsumer) {
                metrics.droppedSlowConsumer(subscription.transport)
            }
        }

        /// Whether a client at `cursor` has everything this node delivered through `delivered` and nothing more:
        /// the same position, not the start (whose epoch is not known yet).
        static func isCaughtUp(_ cursor: HubCursor, delivered: HubCursor) -> Bool {
            cursor != .start && cursor == delivered
        }

        /// The replay of a subscriber resuming after `after` whose live deliveries start after `delivered`: the
        /// engine's notifications in between, read in pages, or the resync answer.
        func replay(_ recipient: String, after: HubCursor, through delivered: HubCursor) async throws -> HubReplay {
            // Resuming exactly where this node's deliveries stand (a long-poll coming back): nothing lies between.
            if Self.isCaughtUp(after, delivered: delivered) { return .notifications([], epoch: delivered.epoch) }
            var cursor = after
            var replayed: [NotificationMessage] = []
            while true {
                switch try await engine.read(recipient: recipient, after: cursor, limit: Self.readPageSize) {
                case .notifications(let notifications, let head):
                    // Live deliveries cover what follows `delivered` (all of it when nothing was delivered yet in
                    // this epoch).
                    guard head.epoch == delivered.epoch else { return .notifications(replayed, epoch: head.epoch) }
                    let wanted = notifications.prefix { $0.sequence <= delivered.sequence }
                    replayed.append(contentsOf: wanted)
                    guard wanted.count == Self.readPageSize, let last = wanted.last else {
                        return .notifications(replayed, epoch: head.epoch)
                    }
                    cursor = HubCursor(epoch: head.epoch, sequence: last.sequence)
                case .tooOld(let oldest): return .resync(HubResync(reason: .tooOld, oldest: oldest))
                case .unknown(_, let oldest): return .resync(HubResync(reason: .unknown, oldest: oldest))
                case .foreign: return .resync(HubResync(reason: .foreign, oldest: 0))
                }
            }
        }

        /// Reads the recipients the engine's wake-ups name (every subscribed one after a listener reconnect),
        /// until the engine finishes them or the task is cancelled.
        func followWakeUps() async {
            for await wakeUp in engine.wakeUps {
                let recipients: [String]
                switch wakeUp {
                case .recipients(let names):
                    recipients = state.withLock { state in names.filter { state.recipients[$0] != nil } }
                case .heads(let heads):
                    // Only those behind the hinted head (the node that published is not). A recipient kept without
                    // subscribers (``NotifyWireServerConfiguration/recipientLinger``) has nobody to deliver to:
                    // within its epoch its position moves to the head unread (a subscriber coming back replays
                    // from the engine up to it).
                    recipients = state.withLock { state in
                        heads.compactMap { recipient, head in
                            guard var recipientState = state.recipients[recipient] else { return nil }
                            let delivered = recipientState.delivered
                            if delivered.epoch == head.epoch && delivered.sequence >= head.sequence { return nil }
                            if recipientState.subscribers.isEmpty && !recipientState.reading
                                && delivered.epoch == head.epoch && delivered.epoch != 0
                            {
                                recipientState.delivered.sequence = head.sequence
                                state.recipients[recipient] = recipientState
                                return nil
                            }
                            return recipient
                        }
                    }
                case .everything:
                    recipients = state.withLock { Array($0.recipients.keys) }
                }
                await catchUp(recipients)
            }
        }

        /// Every ``NotifyWireServerConfiguration/headPollInterval``, reads the heads of the subscribed recipients
        /// and catches up those ahead of what was delivered: a wake-up that never came only delays delivery. Also
        /// refreshes the engine's gauges (``HubEngine/statistics()``). Until cancelled.
        func pollHeads() async {
            while !Task.isCancelled {
                do {
                    try await Task.sleep(for: configuration.headPollInterval)
                } catch {
                    return
                }
                let subscribed = state.withLock { state in
                    forgetIdle(before: ContinuousClock.now - configuration.recipientLinger, state: &state)
                    return Array(state.recipients.keys)
                }
                var start = 0
                while start < subscribed.count {
                    let chunk = Array(subscribed[start..<min(subscribed.count, start + Self.readPageSize)])
                    start += chunk.count
                    guard let heads = try? await engine.heads(of: chunk) else { break }
                    let behind = state.withLock { state in
                        chunk.filter { recipient in
                            guard let delivered = state.recipients[recipient]?.delivered,
                                let head = heads[recipient]
                            else { return false }
                            return head.epoch != delivered.epoch || head.sequence != delivered.sequence
                        }
                    }
                    await catchUp(behind)
                }
                if let statistics = await engine.statistics() {
                    metrics.listenerReconnects.set(to: Double(statistics.listenerReconnects))
                    if let usage = statistics.notifyQueueUsage { metrics.notifyQueueUsage.set(to: usage) }
                }
            }
        }
    }
#endif
