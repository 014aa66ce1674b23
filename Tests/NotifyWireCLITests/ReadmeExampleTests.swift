import Foundation
import NIOCore
import NotifyWire
import NotifyWireTestSupport
import Testing

/// Checks every ```swift block of `README.md`, so that README drift fails a test:
///
/// 1. the usage example runs below, verbatim, between the `README block 1` markers of
///    ``usageExampleWorks()`` (its `import` lines are this file's);
/// 2. the `Package.swift` lines name a package, a product and a trait that `Package.swift` declares;
/// 3. the server examples (blocks 3 to 6, and 8: the PostgreSQL engine) are compiled, verbatim, between the `README block N` markers of
///    `Tests/NotifyWireHummingbirdTests/ReadmeServerExample.swift` (the server binds port 8080 and serves until
///    SIGTERM, so they are compiled with the `Hummingbird` trait, never run), and the app's own context
///    (block 7) is `Tests/NotifyWireHummingbirdTests/Routes/AppRequestContext.swift`, which the route tests use.
///
/// A missing README, a block more or less, or a block that differs from its copy fails.
@Suite struct ReadmeExampleTests {
    static let readme = RepositoryPaths.root.appendingPathComponent("README.md")
    static let thisFile = URL(fileURLWithPath: #filePath)
    static let serverExample = RepositoryPaths.root.appendingPathComponent(
        "Tests/NotifyWireHummingbirdTests/ReadmeServerExample.swift")

    /// The README's ```swift blocks, in order, without their fences.
    static func readmeBlocks() throws -> [String] {
        let text = String(decoding: try RepositoryPaths.bytes(of: readme), as: UTF8.self)
        var blocks: [String] = []
        var current: [Substring]?
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if let lines = current {
                if line == "```" {
                    blocks.append(lines.joined(separator: "\n"))
                    current = nil
                } else {
                    current = lines + [line]
                }
            } else if line == "```swift" {
                current = []
            }
        }
        #expect(current == nil, "README.md ends inside a ```swift block")
        return blocks
    }

    /// The lines between `// README block <number> begins` and `// README block <number> ends` in `url`,
    /// without the begin marker's indentation.
    static func copy(_ number: Int, in url: URL) throws -> String {
        let lines = String(decoding: try RepositoryPaths.bytes(of: url), as: UTF8.self).split(
            separator: "\n", omittingEmptySubsequences: false)
        let begin = try #require(lines.firstIndex { $0.hasSuffix("// README block \(number) begins") })
        let end = try #require(lines.firstIndex { $0.hasSuffix("// README block \(number) ends") })
        let indent = lines[begin].prefix { $0 == " " }.count
        return lines[(begin + 1)..<end].map { $0.count > indent ? String($0.dropFirst(indent)) : "" }.joined(
            separator: "\n")
    }

    static let appContext = RepositoryPaths.root.appendingPathComponent(
        "Tests/NotifyWireHummingbirdTests/Routes/AppRequestContext.swift")

    @Test func theReadmeHasEightSwiftBlocks() throws {
        #expect(try Self.readmeBlocks().count == 8)
    }

    @Test func theUsageExampleIsTheCopyThatRunsHere() throws {
        let block = try #require(try Self.readmeBlocks().first)
        let lines = block.split(separator: "\n", omittingEmptySubsequences: false)
        let imports = lines.prefix { $0.hasPrefix("import ") }
        let body = lines.dropFirst(imports.count).drop { $0.isEmpty }.joined(separator: "\n")
        #expect(body == (try Self.copy(1, in: Self.thisFile)))
        let ownLines = String(decoding: try RepositoryPaths.bytes(of: Self.thisFile), as: UTF8.self).split(
            separator: "\n")
        for line in imports { #expect(ownLines.contains(line), "this file lacks the README's \(line)") }
    }

    // swift-format-ignore
    @Test func usageExampleWorks() throws {
        // README block 1 begins
        let codec: any NotificationCodec = MessagePackCodec(keyStyle: .fieldNumbers)  // or JSONCodec(), ProtobufCodec()
        var notification = NotificationMessage(id: "n-1", kind: .mention, recipientID: "u-42", title: "Bo mentioned you")
        notification.createdAt = Timestamp(seconds: 1_767_268_923)
        var buffer = ByteBufferAllocator().buffer(capacity: 256)
        try codec.encode(notification, into: &buffer)                 // appends at the writer index
        let decoded = try codec.decodeNotification(from: buffer)      // throws CodecError: code, byte offset, path
        assert(decoded == notification)
        // README block 1 ends
        #expect(decoded == notification && buffer.readableBytes > 0)
    }

    @Test func thePackageLinesNameWhatPackageSwiftDeclares() throws {
        let blocks = try Self.readmeBlocks()
        let block = try #require(blocks.count > 1 ? blocks[1] : nil)
        let manifest = String(
            decoding: try RepositoryPaths.bytes(of: RepositoryPaths.root.appendingPathComponent("Package.swift")),
            as: UTF8.self)
        let trait = try #require(try Regex(#"traits: \["([A-Za-z]+)"\]"#).firstMatch(in: block)?.output[1].substring)
        let product = try #require(
            try Regex(#"\.product\(name: "([A-Za-z]+)", package: "([A-Za-z]+)"\)"#).firstMatch(in: block))
        let productName = try #require(product.output[1].substring)
        let packageName = try #require(product.output[2].substring)
        #expect(manifest.contains("name: \"\(packageName)\",\n    products:"), "no package \(packageName)")
        #expect(manifest.contains(".library(name: \"\(productName)\""), "no library product \(productName)")
        #expect(
            try Regex(#"\.trait\(\s*name: "\#(trait)""#).firstMatch(in: manifest) != nil, "no trait \(trait)")
    }

    /// The server examples (blocks 3 to 6 and the PostgreSQL engine, 8) and the app's own context (block 7).
    @Test(arguments: [3, 4, 5, 6, 7, 8])
    func theServerExamplesAreTheCopiesThatCompile(number: Int) throws {
        let copyFile = number == 7 ? Self.appContext : Self.serverExample
        let blocks = try Self.readmeBlocks()
        let block = try #require(blocks.count >= number ? blocks[number - 1] : nil)
        let lines = block.split(separator: "\n", omittingEmptySubsequences: false)
        let imports = lines.prefix { $0.hasPrefix("import ") }
        let body = lines.dropFirst(imports.count).drop { $0.isEmpty }.joined(separator: "\n")
        #expect(body == (try Self.copy(number, in: copyFile)))
        let copyLines = String(decoding: try RepositoryPaths.bytes(of: copyFile), as: UTF8.self).split(
            separator: "\n"
        ).map { $0.trimmingCharacters(in: .whitespaces) }
        for line in imports { #expect(copyLines.contains(String(line)), "the copy lacks the README's \(line)") }
    }
}
