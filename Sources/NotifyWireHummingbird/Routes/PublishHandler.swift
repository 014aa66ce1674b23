#if Hummingbird
    import Hummingbird
    import HTTPTypes
    import NIOCore
    import NotifyWire

    extension NotifyWireRoutes {
        /// `POST /notifications`: decode the body in the codec of its `Content-Type` (JSON when absent), publish
        /// it, answer 201 with the stored notification as canonical JSON once the engine has stored it (503 with
        /// `Retry-After` when it could not). An `Idempotency-Key` header makes a retry answer the first result.
        func publish(_ request: Request, context: Context) async throws -> Response {
            let (codec, body) = try await publishBody(of: request, context: context)
            let notification: NotificationMessage
            do {
                notification = try codec.decodeNotification(from: body)
            } catch {
                throw NotifyWireHTTPError(.badRequest, error.description)
            }
            try checkPublishable(notification, at: nil)
            let stored: NotificationMessage
            do {
                stored = try await hub.publish(notification, idempotencyKey: request.headers[.idempotencyKey])
            } catch {
                throw unavailable(error)
            }
            var json = ByteBuffer()
            try jsonCodec.encode(stored, into: &json)
            return Response(
                status: .created, headers: [.contentType: jsonCodec.mediaType], body: ResponseBody(byteBuffer: json))
        }

        /// `POST /notifications/batch`: decode the body as a batch in the codec of its `Content-Type` (JSON when
        /// absent) and publish its notifications in order, all or none (a recipient's get consecutive sequences);
        /// answer 201 with `{"published":N,"firstSequence":A,"lastSequence":B}` (the first and the last
        /// notification's sequences in their recipients' logs) once stored, 503 with `Retry-After` otherwise.
        func publishBatch(_ request: Request, context: Context) async throws -> Response {
            let (codec, body) = try await publishBody(of: request, context: context)
            let batch: NotificationBatch
            do {
                batch = try codec.decodeBatch(from: body)
            } catch {
                throw NotifyWireHTTPError(.badRequest, error.description)
            }
            guard !batch.notifications.isEmpty else {
                throw NotifyWireHTTPError(.badRequest, "the batch holds no notification")
            }
            for (index, notification) in batch.notifications.enumerated() {
                try checkPublishable(notification, at: index)
            }
            let stored: [NotificationMessage]
            do {
                stored = try await hub.publish(
                    contentsOf: batch.notifications, idempotencyKey: request.headers[.idempotencyKey])
            } catch {
                throw unavailable(error)
            }
            let first = stored.first?.sequence ?? 0
            let last = stored.last?.sequence ?? 0
            let json = #"{"published":\#(stored.count),"firstSequence":\#(first),"lastSequence":\#(last)}"#
            return Response(
                status: .created, headers: [.contentType: "application/json"],
                body: ResponseBody(byteBuffer: ByteBuffer(string: json)))
        }

        /// The codec named by the request's `Content-Type` (JSON when absent) and its body, read up to
        /// ``NotifyWireServerConfiguration/maxRequestBodyBytes``; throws 401, 415, 413 or 400 otherwise.
        private func publishBody(
            of request: Request, context: Context
        ) async throws -> (codec: any NotificationCodec, body: ByteBuffer) {
            try authorizePublish(request, context: context)
            let codec: any NotificationCodec
            if let contentType = request.headers[.contentType] {
                guard let found = codecs.codec(forContentType: contentType) else {
                    let offered = codecs.codecs.map(\.mediaType).joined(separator: ", ")
                    throw NotifyWireHTTPError(
                        .unsupportedMediaType, "the content type \(contentType) is not supported; supported: \(offered)"
                    )
                }
                codec = found
            } else {
                codec = jsonCodec
            }
            let limit = hub.configuration.maxRequestBodyBytes
            let tooLarge = NotifyWireHTTPError(.contentTooLarge, "the body is larger than \(limit) bytes")
            if let length = request.headers[.contentLength].flatMap({ Int($0) }), length > limit {
                throw tooLarge
            }
            var request = request
            do {
                return (codec, try await request.collectBody(upTo: limit))
            } catch let error as any HTTPResponseError where error.status == .contentTooLarge {
                throw tooLarge
            } catch {
                throw NotifyWireHTTPError(.badRequest, "the body could not be read")
            }
        }

        /// Throws 400 refusing `notification` (the `index`th of a batch, when given) unless it can be published:
        /// its recipient must not be empty, and every registered codec must be able to carry it (a notification
        /// that one cannot would reach that codec's subscribers as an error on every replay).
        private func checkPublishable(_ notification: NotificationMessage, at index: Int?) throws {
            let which = index.map { "notifications[\($0)]" } ?? "the notification"
            guard !notification.recipientID.isEmpty else {
                throw NotifyWireHTTPError(.badRequest, "the recipientId of \(which) must not be empty")
            }
            var scratch = ByteBuffer()
            for candidate in codecs.codecs {
                scratch.clear()
                do {
                    try candidate.encode(notification, into: &scratch)
                } catch {
                    throw NotifyWireHTTPError(
                        .badRequest, "\(which) cannot be sent as \(candidate.format.name): \(error.description)")
                }
            }
        }
    }
#endif
