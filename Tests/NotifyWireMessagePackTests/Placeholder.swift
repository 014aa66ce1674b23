import Testing

@Suite struct NotifyWireMessagePackTestsPlaceholder {
    @Test func builds() { #expect(Bool(true)) }
}
