#if Hummingbird
    import NIOCore
    import NIOHTTP1
    import NotifyWire
    import Synchronization

    /// Publishes the load's notifications: JSON batches posted to `POST /notifications/batch` (or one
    /// notification per `POST /notifications`, ``Route/single``) over a few keep-alive HTTP/1.1 connections. Each is the built-in typical notification (``SampleCorpus/typical``)
    /// with an id numbered uniquely within the run, its target's recipient, and `createdAt` stamped with the
    /// wall clock when its batch is built.
    ///
    /// A batch is published whole or not at all: one that fails (refused, no response, server down) counts as
    /// not published, never as expected.
    final class LoadPublisher: Sendable {
        /// The most notifications posted in one request (the server takes bodies up to 1 MiB).
        static let maxBatchCount = 250

        private let clients: [LoadHTTPClient]
        /// The numbers of the notifications (their ids), shared by the publishers of one run.
        let numbering: Numbering
        private let codec = JSONCodec()

        /// Numbers unique within a run: every publisher of the run takes its ids from one of these.
        final class Numbering: Sendable {
            /// The next number.
            let next = Atomic<Int>(0)
        }

        /// A publisher with `connections` connections to `host:port`, numbering from `numbering` (a new one by
        /// default; pass another publisher's so that the two never give the same id).
        init(
            group: any EventLoopGroup, host: String, port: Int, connections: Int = 4, numbering: Numbering = Numbering()
        ) {
            self.numbering = numbering
            clients = (0..<max(1, connections)).map { _ in LoadHTTPClient(group: group, host: host, port: port) }
        }

        /// How notifications are posted.
        enum Route: String, Sendable {
            /// `POST /notifications/batch`, up to ``LoadPublisher/maxBatchCount`` per request.
            case batch
            /// `POST /notifications`, one per request.
            case single
        }

        /// The number the next notification will get: every notification built before this call has a lower one.
        var nextNumber: Int { numbering.next.load(ordering: .relaxed) }

        /// One notification to publish: to whom, and under which stem its id is written.
        struct Target: Sendable {
            /// The recipient id.
            var recipient: String
            /// The names of the case.
            var naming: LoadNaming
        }

        /// Publishes one notification to each of `targets` (by `route`, over the connections concurrently);
        /// returns the numbers of the notifications that were published.
        func publish(_ targets: [Target], route: Route = .batch) async -> [Int] {
            guard !targets.isEmpty else { return [] }
            let first = numbering.next.wrappingAdd(targets.count, ordering: .relaxed).oldValue
            var notifications: [(number: Int, message: NotificationMessage)] = []
            notifications.reserveCapacity(targets.count)
            for (offset, target) in targets.enumerated() {
                let number = first + offset
                // The built-in typical notification (every field set, 712 bytes as JSON) with its own id and
                // recipient, so that sizes and codec costs are those of a realistic notification.
                var message = SampleCorpus.typical
                message.id = target.naming.notificationID(number)
                message.recipientID = target.recipient
                notifications.append((number, message))
            }
            let chunkSize =
                route == .single
                ? 1 : min(Self.maxBatchCount, (notifications.count + clients.count - 1) / clients.count)
            let chunks = stride(from: 0, to: notifications.count, by: max(1, chunkSize)).map {
                Array(notifications[$0..<min($0 + max(1, chunkSize), notifications.count)])
            }
            // One task per connection, posting its share of the chunks one after the other (a connection
            // carries one request at a time).
            return await withTaskGroup(of: [Int].self) { group in
                for (slot, client) in clients.enumerated() {
                    let share = stride(from: slot, to: chunks.count, by: clients.count).map { chunks[$0] }
                    guard !share.isEmpty else { continue }
                    group.addTask {
                        var published: [Int] = []
                        for chunk in share { published += await self.post(chunk, route: route, on: client) }
                        return published
                    }
                }
                var published: [Int] = []
                for await numbers in group { published += numbers }
                return published
            }
        }

        /// Posts `chunk` as one batch on `client` (``Route/single``: its one notification); returns its numbers
        /// when it was published.
        private func post(
            _ chunk: [(number: Int, message: NotificationMessage)], route: Route, on client: LoadHTTPClient
        ) async -> [Int] {
            // Stamped as the batch is built, so that the latency includes nothing of the publisher's queue.
            let created = ProcessUsage.wallClockNanoseconds()
            let createdAt = Timestamp(
                seconds: created / 1_000_000_000, nanos: Int32(truncatingIfNeeded: created % 1_000_000_000))
            var batch = NotificationBatch(notifications: chunk.map(\.message))
            for index in batch.notifications.indices { batch.notifications[index].createdAt = createdAt }
            var body = ByteBuffer()
            let single = route == .single && chunk.count == 1
            do {
                if single, let notification = batch.notifications.first {
                    try codec.encode(notification, into: &body)
                } else {
                    try codec.encode(batch, into: &body)
                }
            } catch {
                return []
            }
            let path = single ? "/notifications" : "/notifications/batch"
            let response = await client.send(.POST, path, contentType: codec.mediaType, body: body)
            guard let response, response.status == 201 else { return [] }
            return chunk.map(\.number)
        }

        /// `GET /metrics`: the sum of the `notifywire_connections` gauges, `nil` when it could not be read.
        func openConnections() async -> Int? {
            guard let client = clients.first,
                let response = await client.send(.GET, "/metrics", timeout: .seconds(5)), response.status == 200
            else { return nil }
            return MetricsText.sum(of: "notifywire_connections", in: String(buffer: response.body))
        }

        /// Closes every connection.
        func close() async {
            for client in clients { await client.close() }
        }
    }
#endif
