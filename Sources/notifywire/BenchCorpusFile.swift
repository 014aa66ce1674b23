import Foundation
import NotifyWire

/// Reads `notifywire bench --corpus FILE`: a JSON object mapping names to notifications in the JSON form.
///
/// The top-level object is split by a small scanner that finds each member's name and the exact bytes of
/// its value; each value is then decoded by our `JSONCodec` from those bytes, so the corpus goes through
/// the same strict decoder as any other input, and the entries keep the file's order.
enum BenchCorpusFile {
    /// The entries of the file at `path`, in file order.
    static func load(_ path: String) throws -> [SampleCorpus.Entry] {
        let bytes = try StandardStreams.readInput(path)
        var entries: [SampleCorpus.Entry] = []
        for member in try members(of: bytes) {
            let notification: NotificationMessage
            do {
                notification = try JSONCodec().decodeNotification(from: Array(bytes[member.value]))
            } catch {
                throw InputFailure(message: "\(path): entry '\(member.name)': \(error.description)")
            }
            entries.append(SampleCorpus.Entry(name: member.name, notification: notification))
        }
        guard !entries.isEmpty else { throw InputFailure(message: "\(path): the corpus object has no entries") }
        return entries
    }

    /// The members of the top-level object: each name, and the byte range of its value.
    static func members(of bytes: [UInt8]) throws -> [(name: String, value: Range<Int>)] {
        var scanner = TopLevelScanner(bytes: bytes)
        try scanner.expect(UInt8(ascii: "{"))
        var members: [(name: String, value: Range<Int>)] = []
        if scanner.peek() == UInt8(ascii: "}") {
            scanner.index += 1
        } else {
            while true {
                let nameRange = try scanner.skipString()
                let name = try JSONDecoder().decode(String.self, from: Data(bytes[nameRange]))
                guard !members.contains(where: { $0.name == name }) else {
                    throw InputFailure(message: "corpus: duplicate entry '\(name)'")
                }
                try scanner.expect(UInt8(ascii: ":"))
                members.append((name, try scanner.skipValue()))
                if scanner.peek() == UInt8(ascii: ",") {
                    scanner.index += 1
                    continue
                }
                try scanner.expect(UInt8(ascii: "}"))
                break
            }
        }
        guard scanner.peek() == nil else { throw scanner.failure("unexpected bytes after the corpus object") }
        return members
    }
}

/// Finds the extent of JSON values without interpreting them (the codec checks them afterwards).
private struct TopLevelScanner {
    let bytes: [UInt8]
    var index = 0

    /// The next byte that is not whitespace, without consuming it.
    mutating func peek() -> UInt8? {
        while index < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[index]) { index += 1 }
        return index < bytes.count ? bytes[index] : nil
    }

    mutating func expect(_ byte: UInt8) throws {
        guard peek() == byte else { throw failure("expected '\(Character(Unicode.Scalar(byte)))'") }
        index += 1
    }

    /// Skips one string (with its quotes) and returns its range.
    mutating func skipString() throws -> Range<Int> {
        guard peek() == UInt8(ascii: "\"") else { throw failure("expected a string") }
        let start = index
        index += 1
        while index < bytes.count {
            switch bytes[index] {
            case UInt8(ascii: "\\"): index += 2
            case UInt8(ascii: "\""):
                index += 1
                return start..<index
            default: index += 1
            }
        }
        throw failure("unterminated string")
    }

    /// Skips one value (an object, array, string or scalar) and returns its range.
    mutating func skipValue() throws -> Range<Int> {
        guard let first = peek() else { throw failure("expected a value") }
        let start = index
        if first == UInt8(ascii: "\"") { return try skipString() }
        var depth = 0
        while index < bytes.count {
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "\""):
                _ = try skipString()
                continue
            case UInt8(ascii: "{"), UInt8(ascii: "["): depth += 1
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                if depth == 0 { return start..<index }
                depth -= 1
            case UInt8(ascii: ","):
                if depth == 0 { return start..<index }
            default: break
            }
            index += 1
            if depth == 0, byte == UInt8(ascii: "}") || byte == UInt8(ascii: "]") { return start..<index }
        }
        guard depth == 0 else { throw failure("unterminated value") }
        return start..<index
    }

    func failure(_ message: String) -> InputFailure {
        InputFailure(message: "corpus: \(message) at byte \(index)")
    }
}
