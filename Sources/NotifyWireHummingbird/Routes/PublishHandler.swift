#if Hummingbird
    import Hummingbird
    import HTTPTypes
    import NIOCore
    import NotifyWire

    extension NotifyWireRouteHandlers {
        /// `POST /notifications`: decode the body in the codec of its `Content-Type` (JSON when absent), publish
        /// it, answer 201 with the stored notification as canonical JSON.
        func publish(_ request: Request) async -> Response {
            let codec: any NotificationCodec
            let body: ByteBuffer
            switch await publishBody(of: request) {
            case .success(let read): (codec, body) = read
            case .failure(let refusal): return refusal.response
            }
            let notification: NotificationMessage
            do {
                notification = try codec.decodeNotification(from: body)
            } catch {
                return PlainResponse.text(.badRequest, error.description)
            }
            if let refusal = refusal(of: notification, at: nil) { return refusal }
            let stored = hub.publish(notification)
            var answer = ByteBuffer()
            do {
                try jsonCodec.encode(stored, into: &answer)
            } catch {
                return PlainResponse.text(.internalServerError, error.description)
            }
            return PlainResponse.bytes(.created, contentType: jsonCodec.mediaType, answer)
        }

        /// `POST /notifications/batch`: decode the body as a batch in the codec of its `Content-Type` (JSON when
        /// absent) and publish its notifications in order under consecutive sequences, all or none; answer 201
        /// with `{"published":N,"firstSequence":A,"lastSequence":B}`.
        func publishBatch(_ request: Request) async -> Response {
            let codec: any NotificationCodec
            let body: ByteBuffer
            switch await publishBody(of: request) {
            case .success(let read): (codec, body) = read
            case .failure(let refusal): return refusal.response
            }
            let batch: NotificationBatch
            do {
                batch = try codec.decodeBatch(from: body)
            } catch {
                return PlainResponse.text(.badRequest, error.description)
            }
            guard !batch.notifications.isEmpty else {
                return PlainResponse.text(.badRequest, "the batch holds no notification")
            }
            for (index, notification) in batch.notifications.enumerated() {
                if let refusal = refusal(of: notification, at: index) { return refusal }
            }
            let stored = hub.publish(contentsOf: batch.notifications)
            let first = stored.first?.sequence ?? 0
            let last = stored.last?.sequence ?? 0
            return PlainResponse.bytes(
                .created, contentType: "application/json",
                ByteBuffer(string: #"{"published":\#(stored.count),"firstSequence":\#(first),"lastSequence":\#(last)}"#)
            )
        }

        /// The codec named by the request's `Content-Type` (JSON when absent) and its body, read up to
        /// ``NotifyWireServerConfiguration/maxRequestBodyBytes``; or the answer refusing it (401, 413, 415, 400).
        private func publishBody(
            of request: Request
        ) async -> Result<(codec: any NotificationCodec, body: ByteBuffer), RouteRefusal> {
            if let authenticator, !authenticator.allowsPublish(request) {
                return .failure(RouteRefusal(response: PlainResponse.unauthorized()))
            }
            let codec: any NotificationCodec
            if let contentType = request.headers[.contentType] {
                guard let found = codecs.codec(forContentType: contentType) else {
                    let offered = codecs.codecs.map(\.mediaType).joined(separator: ", ")
                    return .failure(
                        RouteRefusal(
                            response: PlainResponse.text(
                                .unsupportedMediaType,
                                "the content type \(contentType) is not supported; supported: \(offered)")))
                }
                codec = found
            } else {
                codec = jsonCodec
            }
            let limit = hub.configuration.maxRequestBodyBytes
            let tooLarge = RouteRefusal(
                response: PlainResponse.text(.contentTooLarge, "the body is larger than \(limit) bytes"))
            if let length = request.headers[.contentLength].flatMap({ Int($0) }), length > limit {
                return .failure(tooLarge)
            }
            var request = request
            do {
                return .success((codec, try await request.collectBody(upTo: limit)))
            } catch let error as any HTTPResponseError where error.status == .contentTooLarge {
                return .failure(tooLarge)
            } catch {
                return .failure(
                    RouteRefusal(response: PlainResponse.text(.badRequest, "the body could not be read")))
            }
        }

        /// The 400 answer refusing `notification` (the `index`th of a batch, when given), or `nil` when it can be
        /// published: its recipient must not be empty, and every registered codec must be able to carry it (a
        /// notification that one cannot, such as U+0000 in a string for protobuf-c, would reach that codec's
        /// subscribers as an error on every replay).
        private func refusal(of notification: NotificationMessage, at index: Int?) -> Response? {
            let which = index.map { "notifications[\($0)]" } ?? "the notification"
            guard !notification.recipientID.isEmpty else {
                return PlainResponse.text(.badRequest, "the recipientId of \(which) must not be empty")
            }
            var scratch = ByteBuffer()
            for candidate in codecs.codecs {
                scratch.clear()
                do {
                    try candidate.encode(notification, into: &scratch)
                } catch {
                    return PlainResponse.text(
                        .badRequest, "\(which) cannot be sent as \(candidate.format.name): \(error.description)")
                }
            }
            return nil
        }
    }
#endif
