#if Hummingbird
    public import NIOCore

    /// One notification handed to a subscriber: encoded once per codec by the hub and shared by every
    /// subscriber using that codec (the `ByteBuffer` storage is shared, never copied or re-encoded).
    public struct HubDelivery: Sendable {
        /// The notification's sequence (the SSE `id:`).
        public var sequence: UInt64
        /// The notification encoded with the subscriber's codec.
        public var payload: ByteBuffer
        /// When the hub published it (for the publish-to-write histogram).
        public var publishedAt: ContinuousClock.Instant

        /// Creates a delivery.
        public init(sequence: UInt64, payload: ByteBuffer, publishedAt: ContinuousClock.Instant) {
            self.sequence = sequence
            self.payload = payload
            self.publishedAt = publishedAt
        }
    }
#endif
