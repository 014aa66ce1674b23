#if Hummingbird
    import JWTKit

    /// The claims a subscriber's JWT must carry: `sub` (the recipient) and `exp` (not passed).
    struct SubscriberClaims: JWTPayload {
        var sub: SubjectClaim
        var exp: ExpirationClaim

        func verify(using algorithm: some JWTAlgorithm) async throws {
            try exp.verifyNotExpired()
        }
    }
#endif
