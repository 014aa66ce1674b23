import NotifyWireCore
import NotifyWireTestSupport
import Testing

@testable import NotifyWireMessagePack

@Suite struct MessagePackSizeBoundTests {
    @Test(arguments: [MessagePackKeyStyle.names, .fieldNumbers])
    func theBoundCoversEveryEncoding(style: MessagePackKeyStyle) throws {
        let codec = MessagePackCodec(keyStyle: style)
        var generator = SeededGenerator(seed: 0x5349_5A45)
        for _ in 0..<300 {
            let notification = RandomNotifications.notification(using: &generator)
            #expect(try codec.encodedBytes(notification).count <= MessagePackSizeBound.of(notification))
            let batch = RandomNotifications.batch(using: &generator)
            #expect(try codec.encodedBytes(batch).count <= MessagePackSizeBound.of(batch))
        }
        for entry in SampleCorpus.entries {
            if let notification = entry.notification {
                #expect(try codec.encodedBytes(notification).count <= MessagePackSizeBound.of(notification))
            }
            if let batch = entry.batch {
                #expect(try codec.encodedBytes(batch).count <= MessagePackSizeBound.of(batch))
            }
        }
    }
}
