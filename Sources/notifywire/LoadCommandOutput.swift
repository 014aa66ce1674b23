#if Hummingbird
    import ArgumentParser
    import Foundation
    import NotifyWireLoad

    /// The files and lines `notifywire load` writes besides its standard output.
    enum LoadCommandOutput {
        /// A file could not be written or read.
        struct WriteFailure: Error, CustomStringConvertible {
            let description: String
        }

        /// One progress line on standard error: `notifywire load: LINE`.
        static func progress(_ line: String) {
            FileHandle.standardError.write(Data("notifywire load: \(line)\n".utf8))
        }

        /// Writes `text` to `path` (replacing it).
        static func write(_ text: String, to path: String) throws {
            guard FileManager.default.createFile(atPath: path, contents: Data(text.utf8)) else {
                throw WriteFailure(description: "cannot write \(path)")
            }
        }

        /// The rows of a saved `notifywire load --json` output.
        static func rows(from path: String) throws -> [LoadRow] {
            guard let data = FileManager.default.contents(atPath: path) else {
                StandardStreams.reportError("cannot read \(path): no such readable file")
                throw ExitCode.failure
            }
            do {
                return try JSONDecoder().decode([LoadRow].self, from: data)
            } catch {
                StandardStreams.reportError("\(path) is not a JSON array of load rows: \(error)")
                throw ExitCode.failure
            }
        }

        /// The most subscribers `scenario` opens at once, within `max`: what the open-file limit must allow.
        static func plannedSubscribers(_ scenario: LoadScenario, max: Int?) -> Int {
            let planned =
                switch scenario {
                case .ramp: 10_000
                case .quiet: 1_000
                case .busy: 50
                case .burst: 2_000
                case .outage: 100
                case .throughput: 2_000
                }
            return min(planned, max ?? planned)
        }

        /// `ramp, busy` for the scenarios of `rows`, in order (`no rows` when empty).
        static func scenarioNames(_ rows: [LoadRow]) -> String {
            var names: [String] = []
            for row in rows where !names.contains(row.scenario) { names.append(row.scenario) }
            return names.isEmpty ? "no rows" : names.joined(separator: ", ")
        }

        /// The chart's second line: the date and the header lines (open-file limit, server).
        static func chartSubtitle(_ header: [String]) -> String {
            let date = ISO8601DateFormatter().string(from: Date())
            return ([date] + header).joined(separator: "; ")
        }
    }
#endif
