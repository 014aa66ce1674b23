#if Hummingbird
    import Foundation
    import NotifyWireLoad
    import NotifyWireTestSupport
    import Testing

    extension EndToEndTests {
        /// `notifywire load --scenario ramp` up to 200 subscribers against `notifywire serve`, each transport, JSON
        /// codec, while `Tests/Python/load_sample.py` watches a sample of the same recipients with its own client
        /// code: every step delivers what it expected, and the tool's count of each sampled recipient is the
        /// Python client's.
        @Suite struct LoadCrossCheckTests {
            /// The recipient indexes the Python client watches: the first step's, later steps', and the last.
            static let sampledIndexes = [0, 1, 7, 42, 199]

            @Test(arguments: ["sse", "ws", "longpoll"])
            func loadCountsAgreeWithAnIndependentClient(transport: String) async throws {
                try await ServeProcess.with(["--replay-count", "200000", "--queue-capacity", "4096"]) { server in
                    let recipients = Self.sampledIndexes.map { "load-ramp-\(transport)-json-\($0)" }
                    let sampler = try await LoadSampler.start(
                        url: server.url, transport: transport, recipients: recipients)
                    let countsFile = FileManager.default.temporaryDirectory
                        .appendingPathComponent("notifywire-load-counts-\(UUID().uuidString).json")
                    defer { try? FileManager.default.removeItem(at: countsFile) }
                    let output = try await ChildProcess.output(
                        of: try BuiltProducts.notifywire(),
                        arguments: [
                            "load", "--url", server.url, "--scenario", "ramp", "--max-subscribers", "200",
                            "--transport", transport, "--codec", "json", "--duration", "2", "--json",
                            "--recipient-counts", countsFile.path,
                        ], timeout: 240)
                    let pythonCounts = try await sampler.finish()
                    let rows = try JSONDecoder().decode([LoadRow].self, from: Data(output))
                    #expect(rows.map(\.subscribers) == [10, 50, 100, 200])
                    for row in rows {
                        #expect(row.scenario == "ramp" && row.transport == transport && row.codec == "json")
                        #expect(row.expected > 0, "step \(row.subscribers) expected nothing")
                        #expect(row.delivered == row.expected, "step \(row.subscribers)")
                    }
                    let toolCounts = try JSONDecoder().decode(
                        [String: Int].self, from: try Data(contentsOf: countsFile))
                    for recipient in recipients {
                        let counted = toolCounts[recipient] ?? 0
                        #expect(counted > 0, "the tool counted nothing for \(recipient)")
                        #expect(
                            counted == pythonCounts[recipient],
                            "\(recipient): tool \(counted), Python \(pythonCounts[recipient] ?? -1)")
                    }
                }
            }
        }
    }
#endif
