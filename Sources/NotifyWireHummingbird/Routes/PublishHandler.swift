#if Hummingbird
    import Hummingbird
    import HTTPTypes
    import NIOCore
    import NotifyWire

    extension NotifyWireRouteHandlers {
        /// `POST /notifications`: decode the body in the codec of its `Content-Type` (JSON when absent), publish
        /// it, answer 201 with the stored notification as canonical JSON.
        func publish(_ request: Request) async -> Response {
            if let authenticator, !authenticator.allowsPublish(request) { return PlainResponse.unauthorized() }
            let codec: any NotificationCodec
            if let contentType = request.headers[.contentType] {
                guard let found = codecs.codec(forContentType: contentType) else {
                    let offered = codecs.codecs.map(\.mediaType).joined(separator: ", ")
                    return PlainResponse.text(
                        .unsupportedMediaType, "the content type \(contentType) is not supported; supported: \(offered)"
                    )
                }
                codec = found
            } else {
                codec = jsonCodec
            }
            let limit = hub.configuration.maxRequestBodyBytes
            if let length = request.headers[.contentLength].flatMap({ Int($0) }), length > limit {
                return PlainResponse.text(.contentTooLarge, "the body is larger than \(limit) bytes")
            }
            var request = request
            let body: ByteBuffer
            do {
                body = try await request.collectBody(upTo: limit)
            } catch let error as any HTTPResponseError where error.status == .contentTooLarge {
                return PlainResponse.text(.contentTooLarge, "the body is larger than \(limit) bytes")
            } catch {
                return PlainResponse.text(.badRequest, "the body could not be read")
            }
            let notification: NotificationMessage
            do {
                notification = try codec.decodeNotification(from: body)
            } catch {
                return PlainResponse.text(.badRequest, error.description)
            }
            guard !notification.recipientID.isEmpty else {
                return PlainResponse.text(.badRequest, "the notification's recipientId must not be empty")
            }
            // A notification that one of the codecs cannot carry (protobuf-c has no U+0000 in strings) would
            // reach that codec's subscribers as an error, on every replay: refuse it before it is stored.
            var scratch = ByteBuffer()
            for candidate in codecs.codecs {
                scratch.clear()
                do {
                    try candidate.encode(notification, into: &scratch)
                } catch {
                    return PlainResponse.text(
                        .badRequest, "the notification cannot be sent as \(candidate.format.name): \(error.description)"
                    )
                }
            }
            let stored = hub.publish(notification)
            var answer = ByteBuffer()
            do {
                try jsonCodec.encode(stored, into: &answer)
            } catch {
                return PlainResponse.text(.internalServerError, error.description)
            }
            return PlainResponse.bytes(.created, contentType: jsonCodec.mediaType, answer)
        }
    }
#endif
