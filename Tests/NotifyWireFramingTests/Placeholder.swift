import Testing

@Suite struct NotifyWireFramingTestsPlaceholder {
    @Test func builds() { #expect(Bool(true)) }
}
