import Foundation
import NotifyWireCore
import NotifyWireJSON
import NotifyWireTestSupport
import Testing

/// JSONTestSuite (`Tests/Fixtures/conformance/json/test_parsing/`): each file's bytes are placed as the
/// value of an unknown field, `{"id":"x","zzz": <file>}`, which the decoder must validate in full.
@Suite struct JSONTestSuiteTests {
    static var folder: URL {
        RepositoryPaths.conformance.appendingPathComponent("json/test_parsing")
    }

    /// Every file name of the suite; a missing or empty folder gives a failing `missing-folder` case.
    static let fileNames: [String] = {
        guard let files = try? RepositoryPaths.files(in: folder) else { return ["missing-folder"] }
        return files.map(\.lastPathComponent)
    }()

    /// The length of `{"id":"x","zzz": `, where the file's bytes start.
    static let prefixLength = 17

    static func embedded(_ name: String) throws -> [UInt8] {
        let bytes = try RepositoryPaths.bytes(of: folder.appendingPathComponent(name))
        return Array(#"{"id":"x","zzz": "#.utf8) + bytes + Array("}".utf8)
    }

    @Test func theSuiteIsComplete() throws {
        let names = try RepositoryPaths.files(in: Self.folder).map(\.lastPathComponent)
        #expect(names.count == 318)
        #expect(names.filter { $0.hasPrefix("y_") }.count == 95)
        #expect(names.filter { $0.hasPrefix("n_") }.count == 188)
        #expect(names.filter { $0.hasPrefix("i_") }.count == 35)
    }

    @Test(arguments: fileNames)
    func embeddedFile(name: String) throws {
        let input = try Self.embedded(name)
        let codec = JSONCodec()
        if name.hasPrefix("y_") {
            let notification = try codec.decodeNotification(from: input)
            #expect(notification.id == "x")
        } else if name.hasPrefix("n_") {
            // Checked by hand: no `n_` file becomes valid JSON once embedded, so every one must be rejected.
            // Three are rejected through the embedding's own braces rather than inside the value:
            // `n_structure_open_object.json` (`{`) and `n_structure_unclosed_object.json` (`{"asd":"asd"`)
            // borrow our closing `}` and leave the outer object open (`.truncated`), and
            // `n_structure_object_followed_by_closing_object.json` (`{}}`) closes the outer object early,
            // so our `}` is left over (`.trailingBytes`). Each is still invalid, so each still throws.
            let error = try #require(throws: CodecError.self) { try codec.decodeNotification(from: input) }
            #expect(error.format == .json)
            #expect((error.offset ?? 0) >= Self.prefixLength, "the error must lie in the embedded bytes")
        } else {
            #expect(name.hasPrefix("i_"))
            // Either outcome is allowed; it must return or throw a CodecError, and an accepted value has id "x".
            do {
                let notification = try codec.decodeNotification(from: input)
                #expect(notification.id == "x")
            } catch {
                #expect(error.format == .json)
            }
        }
    }
}
