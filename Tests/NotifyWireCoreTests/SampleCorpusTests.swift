import NotifyWireCore
import Testing

@Suite struct SampleCorpusTests {
    @Test func largeEntryIsWhatTheVectorsPromise() {
        let large = SampleCorpus.large
        #expect(large.body.utf8.count >= 2048)
        #expect(large.body.utf8.count > large.body.unicodeScalars.count, "the body must hold multi-byte UTF-8")
        #expect(large.body.contains("\"") && large.body.contains("\\") && large.body.contains("\n"))
        #expect(large.data.count == 20)
    }

    @Test func typicalEntrySetsEveryField() {
        let typical = SampleCorpus.typical
        #expect(!typical.id.isEmpty && typical.kind != .unspecified && typical.createdAt != nil)
        #expect(!typical.recipientID.isEmpty && typical.actor != nil && !typical.title.isEmpty && !typical.body.isEmpty)
        #expect(typical.subject != nil && typical.priority != .unspecified && !typical.data.isEmpty)
        #expect(typical.sequence != 0 && !typical.url.isEmpty && !typical.tags.isEmpty)
    }

    @Test func entriesAreNamedAfterTheVectorFiles() {
        #expect(SampleCorpus.entries.map(\.name) == ["minimal", "typical", "large", "batch"])
        #expect(SampleCorpus.batch.notifications.count == 3)
        let hundred = SampleCorpus.typicalBatch(count: 100)
        #expect(Set(hundred.notifications.map(\.id)).count == 100)
    }
}
