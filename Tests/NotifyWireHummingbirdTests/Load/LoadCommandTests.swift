#if Hummingbird
    import Foundation
    import NotifyWireLoad
    import NotifyWireTestSupport
    import Testing

    extension EndToEndTests {
        /// `notifywire load` as a user runs it (the built binary): usage errors, errors of the run, and the
        /// rendering of saved rows.
        @Suite struct LoadCommandTests {
            @Test(arguments: [
                ["--transport", "carrier-pigeon"], ["--codec", "xml"], ["--scenario", "storm"], ["--duration", "0"],
                ["--max-subscribers", "0"], ["--server-pid", "1"], ["--url", "ftp://127.0.0.1:1"],
                ["--url", "http://127.0.0.1:1", "--restart"], ["--nodes", "0"], ["--nodes", "17"],
                ["--url", "http://127.0.0.1:1", "--nodes", "2"], ["--postgres", "mysql://x@127.0.0.1/db"],
                ["--fault", "meteor"], ["--fault", "kill-node"],
                [
                    "--nodes", "2", "--fault", "listener-kill",
                    "--postgres", "postgres://x@127.0.0.1:1/db",
                ], ["--fault", "db-restart"],
                ["--fault", "kill-node", "--restart", "--nodes", "2"],
            ])
            func aBadOptionIsAUsageError(arguments: [String]) async throws {
                let result = try await ChildProcess.run(
                    try BuiltProducts.notifywire(), arguments: ["load"] + arguments, timeout: 60)
                #expect(result.status == 64, "\(arguments): \(result.error)")
                #expect(result.output.isEmpty)
            }

            @Test func aServerThatIsNotThereIsAnErrorWithExitStatus1() async throws {
                // Port 1 on loopback: nothing listens there (it is privileged and unassigned here).
                let result = try await ChildProcess.run(
                    try BuiltProducts.notifywire(),
                    arguments: ["load", "--url", "http://127.0.0.1:1", "--max-subscribers", "10", "--duration", "1"],
                    timeout: 120)
                #expect(result.status == 1)
                #expect(result.output.isEmpty, "nothing on standard output on failure")
                #expect(result.error.contains("error: "), "\(result.error)")
                #expect(result.error.contains("open-file limit: "), "the limit is reported on standard error")
            }

            @Test func savedRowsAreRenderedAsTableJSONAndSVG() async throws {
                let rows = [
                    LoadRow(
                        scenario: "ramp", transport: "ws", codec: "json", subscribers: 10, delivered: 10,
                        expected: 10, p50Ms: 1.5, p99Ms: 2.5, maxMs: 3, serverRssPerConnectionBytes: 4096,
                        serverCpuSeconds: 0.25, wireBytesPerNotification: 190)
                ]
                let folder = FileManager.default.temporaryDirectory
                    .appendingPathComponent("notifywire-load-\(UUID().uuidString)")
                try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
                defer { try? FileManager.default.removeItem(at: folder) }
                let saved = folder.appendingPathComponent("rows.json")
                try Data(LoadReport.json(rows).utf8).write(to: saved)
                let svg = folder.appendingPathComponent("rows.svg").path
                let binary = try BuiltProducts.notifywire()
                let json = try await ChildProcess.output(
                    of: binary, arguments: ["load", "--from-json", saved.path, "--json", "--svg", svg])
                #expect(try JSONDecoder().decode([LoadRow].self, from: Data(json)) == rows)
                #expect(try SVGElements(String(contentsOfFile: svg, encoding: .utf8)).named("polyline").count == 2)
                let table = String(
                    decoding: try await ChildProcess.output(
                        of: binary, arguments: ["load", "--from-json", saved.path]),
                    as: UTF8.self)
                #expect(table.hasPrefix("scenario"))
                #expect(table.contains("ramp      ws         json"))
            }
        }
    }
#endif
