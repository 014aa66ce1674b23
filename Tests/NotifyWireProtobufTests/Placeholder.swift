import Testing

@Suite struct NotifyWireProtobufTestsPlaceholder {
    @Test func builds() { #expect(Bool(true)) }
}
