import Testing

@Suite struct NotifyWireJSONTestsPlaceholder {
    @Test func builds() { #expect(Bool(true)) }
}
