import NotifyWireCore
import Testing

@Suite struct TimestampTests {
    @Test func rangeLimitsAreTheProtobufOnes() {
        // 0001-01-01T00:00:00Z and 9999-12-31T23:59:59Z, as google/protobuf/timestamp.proto documents them.
        #expect(Timestamp.min.seconds == -62_135_596_800)
        #expect(Timestamp.max.seconds == 253_402_300_799)
        #expect(Timestamp.min.isValid)
        #expect(Timestamp.max.isValid)
    }

    @Test(arguments: [
        Timestamp(seconds: -62_135_596_801),
        Timestamp(seconds: 253_402_300_800),
        Timestamp(seconds: 0, nanos: -1),
        Timestamp(seconds: 0, nanos: 1_000_000_000),
    ])
    func outOfRangeValuesAreInvalid(timestamp: Timestamp) {
        #expect(!timestamp.isValid)
    }

    @Test func ordersBySecondsThenNanos() {
        #expect(Timestamp(seconds: 1, nanos: 999) < Timestamp(seconds: 2, nanos: 0))
        #expect(Timestamp(seconds: 2, nanos: 1) > Timestamp(seconds: 2, nanos: 0))
    }
}
