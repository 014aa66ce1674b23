import Testing

@Suite struct NotifyWireCLITestsPlaceholder {
    @Test func builds() { #expect(Bool(true)) }
}
