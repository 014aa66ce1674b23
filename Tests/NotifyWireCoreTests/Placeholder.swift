import Testing

@Suite struct NotifyWireCoreTestsPlaceholder {
    @Test func builds() { #expect(Bool(true)) }
}
