#if Hummingbird
    import HTTPTypes
    import HummingbirdTesting
    import NotifyWire
    @testable import NotifyWireHummingbird
    import Testing

    /// The optional publish rate per publisher credential.
    @Suite struct PublishRateLimitTests {
        @Test func eachCredentialHasItsOwnBucketThatRefills() {
            let limiter = PublishRateLimiter(rate: 2)
            let start = ContinuousClock.now
            #expect(limiter.take(for: "a", now: start) == nil)
            #expect(limiter.take(for: "a", now: start) == nil)
            #expect(limiter.take(for: "a", now: start) == .milliseconds(500), "the next in half a second")
            #expect(limiter.take(for: "b", now: start) == nil, "another credential is not held back")
            #expect(limiter.take(for: "a", now: start + .milliseconds(500)) == nil)
            #expect(limiter.take(for: "a", now: start + .milliseconds(500)) != nil)
            #expect(limiter.take(for: "a", now: start + .seconds(10)) == nil, "a full bucket after a pause")
            #expect(limiter.take(for: "a", now: start + .seconds(10)) == nil)
            #expect(limiter.take(for: "a", now: start + .seconds(10)) != nil, "never more than the burst")
            let slow = PublishRateLimiter(rate: 0.5)
            #expect(slow.take(for: "a", now: start) == nil, "a rate under one still allows one")
            #expect(slow.take(for: "a", now: start) == .seconds(2))
        }

        @Test func beyondTheRateAPublishIs429WithRetryAfter() async throws {
            // One publish per 100 s: the bucket cannot refill while the test runs, however slow the machine.
            try await RoutedServer.with(NotifyWireServerConfiguration(maxPublishesPerSecond: 0.01)) { server in
                let body = #"{"id":"p","kind":"COMMENT","recipientId":"alice"}"#
                var statuses: [HTTPResponse.Status] = []
                var retryAfter: String?
                for _ in 0..<2 {
                    let response = try await server.post("/notifications", text: body)
                    statuses.append(response.status)
                    retryAfter = response.headers[.retryAfter]
                }
                #expect(statuses == [.created, .tooManyRequests])
                #expect(Int(retryAfter ?? "") ?? 0 > 90, "about 100 s: \(retryAfter ?? "none")")
                #expect(server.hub.storedCount == 1)
            }
        }
    }
#endif
