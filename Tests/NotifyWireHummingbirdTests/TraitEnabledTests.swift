import Testing

/// `make test` builds with the `Hummingbird` trait; a build without it would silently drop the server tests.
@Suite struct TraitEnabledTests {
    @Test func hummingbirdTraitIsEnabled() {
        #if Hummingbird
            let enabled = true
        #else
            let enabled = false
        #endif
        #expect(enabled, "build with `--traits Hummingbird` (make test does) so that the server tests run")
    }
}
