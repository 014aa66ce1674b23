/// What a parser or decoder delivered from one stream: the events or messages and their payload bytes.
/// Each benchmark iteration checks it against what the stream holds, so both sides provably do the work.
struct StreamTally: Hashable {
    var messages = 0
    var payloadBytes = 0

    mutating func add(_ bytes: Int) {
        messages += 1
        payloadBytes += bytes
    }
}

/// A stream whose parse or decode delivered something else than it holds.
struct StreamMismatch: Error, CustomStringConvertible {
    let contestant: String
    let expected: StreamTally
    let got: StreamTally

    var description: String { "\(contestant): expected \(expected), got \(got)" }
}
