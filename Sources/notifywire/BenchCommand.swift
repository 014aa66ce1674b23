import ArgumentParser
import Foundation
import NotifyWire

/// `notifywire bench`: times encode and decode of every codec on the built-in corpus, with Foundation's
/// `JSONEncoder`/`JSONDecoder` measured in the same run as the baseline of every ratio.
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Time every codec on the built-in corpus against Foundation's JSON coders, in one run.",
        discussion: """
            Each measurement runs in rounds; contestants are interleaved round by round so that the noise of \
            a shared machine falls on all of them alike, and the median round is reported. Ratios (×Fdn) are \
            Foundation's time divided by the codec's: above 1 means faster than Foundation. Build with \
            `-c release`: debug numbers mean nothing.
            """
    )

    @Option(help: "Rounds per measurement; the median is reported.")
    var rounds = 7

    @Option(help: "The shortest duration of one round, in milliseconds.")
    var milliseconds = 25

    @Option(help: "Corpus entries to run (minimal, typical, large, batch, batch100); all when omitted.")
    var entry: [String] = []

    @Flag(
        help: """
            Print the results as JSON instead of a table: an array of rows \
            {"codec", "message", "bytes", "encodeNs", "decodeNs"}.
            """
    )
    var json = false

    @Flag(help: "Print only the bytes on the wire per notification for every codec and transport (not timed).")
    var wire = false

    @Option(help: "Also write a bar chart (bytes, encode ns, decode ns per codec) to this SVG file.")
    var svg: String?

    @Option(
        help: """
            Benchmark your own notifications instead of the built-in corpus: a JSON object mapping names to \
            notifications in the JSON form.
            """
    )
    var corpus: String?

    func validate() throws {
        guard rounds >= 1, rounds <= 101 else { throw ValidationError("--rounds must be between 1 and 101") }
        guard milliseconds >= 1, milliseconds <= 10_000 else {
            throw ValidationError("--milliseconds must be between 1 and 10000")
        }
        let known = Set(Self.builtInCorpus.map(\.name))
        for name in entry where corpus == nil && !known.contains(name) {
            throw ValidationError(
                "unknown entry '\(name)'; known: \(Self.builtInCorpus.map(\.name).joined(separator: ", "))")
        }
    }

    /// The built-in corpus plus a batch of 100 typical notifications.
    static let builtInCorpus: [SampleCorpus.Entry] =
        SampleCorpus.entries + [
            SampleCorpus.Entry(name: "batch100", batch: SampleCorpus.typicalBatch(count: 100))
        ]

    /// Our codecs, in the order the table shows them.
    static let codecs: [(id: String, name: String, codec: any NotificationCodec)] = [
        ("json", "JSON", JSONCodec()),
        ("msgpack-names", "MessagePack (names)", MessagePackCodec(keyStyle: .names)),
        ("msgpack-numbers", "MessagePack (numbers)", MessagePackCodec(keyStyle: .fieldNumbers)),
        ("protobuf", "Protocol Buffers", ProtobufCodec()),
    ]

    /// The corpus notifications the wire table covers.
    static let wireEntries: [(name: String, notification: NotificationMessage)] = [
        ("minimal", SampleCorpus.minimal), ("typical", SampleCorpus.typical), ("large", SampleCorpus.large),
    ]

    func run() throws {
        if wire {
            try runWire()
            return
        }
        let stopwatch = Stopwatch(targetNanoseconds: UInt64(milliseconds) * 1_000_000)
        let available: [SampleCorpus.Entry]
        if let corpus {
            do {
                available = try BenchCorpusFile.load(corpus)
            } catch {
                StandardStreams.reportError("\(error)")
                throw ExitCode.failure
            }
            for name in entry where !available.contains(where: { $0.name == name }) {
                throw ValidationError("unknown entry '\(name)' in \(corpus)")
            }
        } else {
            available = Self.builtInCorpus
        }
        let entries = entry.isEmpty ? available : available.filter { entry.contains($0.name) }
        var results: [BenchResult] = []
        for corpusEntry in entries {
            let baseline = try BenchContestant.foundation(entry: corpusEntry)
            let contestants =
                try [baseline]
                + Self.codecs.map { try BenchContestant.codec(id: $0.id, name: $0.name, $0.codec, entry: corpusEntry) }
            var encodeSamples = Array(repeating: [Double](), count: contestants.count)
            var decodeSamples = Array(repeating: [Double](), count: contestants.count)
            let encodeIterations = try contestants.map { try stopwatch.calibrate($0.encode) }
            let decodeIterations = try contestants.map { try stopwatch.calibrate($0.decode) }
            for _ in 0..<rounds {
                for (index, contestant) in contestants.enumerated() {
                    encodeSamples[index].append(
                        try stopwatch.nanosecondsPerCall(iterations: encodeIterations[index], contestant.encode)
                    )
                    decodeSamples[index].append(
                        try stopwatch.nanosecondsPerCall(iterations: decodeIterations[index], contestant.decode)
                    )
                }
            }
            let encodeMedians = encodeSamples.map(Stopwatch.median)
            let decodeMedians = decodeSamples.map(Stopwatch.median)
            for (index, contestant) in contestants.enumerated() {
                results.append(
                    BenchResult(
                        entry: corpusEntry.name,
                        codecID: contestant.id,
                        codec: contestant.name,
                        bytes: contestant.encodedSize,
                        encodeNanoseconds: encodeMedians[index],
                        decodeNanoseconds: decodeMedians[index],
                        encodeSpeedupOverFoundation: encodeMedians[0] / encodeMedians[index],
                        decodeSpeedupOverFoundation: decodeMedians[0] / decodeMedians[index]
                    )
                )
            }
        }
        if let svg {
            let title = "notifywire bench: \(corpus.map { "corpus \($0)" } ?? "built-in corpus")"
            do {
                try Data(BenchChart.render(results, title: title).utf8).write(to: URL(fileURLWithPath: svg))
            } catch {
                StandardStreams.reportError("cannot write \(svg): \(error.localizedDescription)")
                throw ExitCode.failure
            }
        }
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
            print(String(decoding: try encoder.encode(results), as: UTF8.self))
        } else {
            print("notifywire bench: median of \(rounds) rounds of at least \(milliseconds) ms per measurement")
            print("×Fdn = Foundation JSONEncoder/JSONDecoder time ÷ this codec's time, measured in the same run\n")
            print(BenchTable.render(results), terminator: "")
        }
    }

    /// Prints the wire-cost table (or its rows as JSON).
    private func runWire() throws {
        var costs: [WireCost] = []
        for wireEntry in Self.wireEntries where entry.isEmpty || entry.contains(wireEntry.name) {
            for codec in Self.codecs {
                costs.append(
                    try WireCost.measure(
                        entry: wireEntry.name, codecID: codec.id, codecName: codec.name, codec: codec.codec,
                        notification: wireEntry.notification))
            }
        }
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
            print(String(decoding: try encoder.encode(costs), as: UTF8.self))
        } else {
            print("notifywire bench --wire: bytes on the wire per notification\n")
            print(WireCostTable.render(costs))
            print(WireCostTable.explanation)
        }
    }
}
