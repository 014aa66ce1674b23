#if Hummingbird
    import Foundation
    import NotifyWireCore
    import Testing

    extension EndToEndTests {
        /// Headless Chromium (Debian's `chromium`, installed by `make setup`) opens the demo page at `/`; its
        /// EventSource, then its WebSocket, receive what the test publishes, and the page reports each
        /// notification back by publishing an echo to another recipient (`&echo=`), which the test long-polls.
        /// The page subscribes with `&after=0` (replay from the start of the log, then live): a WebSocket session
        /// subscribes only after its 101, so without a replay point a notification published at once could be
        /// missed, and the test would depend on timing.
        @Suite struct BrowserTests {
            /// Removes chromium's profile folder, retrying for up to 5 s: its helper processes can still be writing
            /// there just after the browser exits, and a single attempt sometimes left the folder in /tmp.
            static func remove(_ profile: URL) async {
                for _ in 0..<50 {
                    try? FileManager.default.removeItem(at: profile)
                    if !FileManager.default.fileExists(atPath: profile.path) { return }
                    try? await Task.sleep(for: .milliseconds(100))
                }
            }

            @Test(arguments: ["sse", "ws"]) func theDemoPageReceivesAndEchoes(transport: String) async throws {
                try await ServeProcess.with { server in
                    let recipient = "browser-\(transport)"
                    let echo = "echo-\(transport)"
                    let profile = FileManager.default.temporaryDirectory
                        .appendingPathComponent("notifywire-chromium-\(UUID().uuidString)")
                    let browser = try ChildProcess(
                        "chromium",
                        arguments: [
                            "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                            "--no-first-run", "--disable-crash-reporter", "--disable-breakpad",
                            "--no-default-browser-check", "--disable-extensions", "--user-data-dir=\(profile.path)",
                            "\(server.url)/?recipient=\(recipient)&transport=\(transport)&echo=\(echo)&after=0",
                        ])
                    var failure: (any Error)?
                    do {
                        var echoes = EchoReader(server: server, recipient: echo)
                        let ready = try await echoes.waitFor(timeout: 90) {
                            $0.contains { $0.title == "ready \(transport)" }
                        }
                        #expect(
                            !ready.isEmpty,
                            "the page said it is subscribed; chromium's log:\n\(browser.errorText.suffix(2000))"
                        )
                        let stored = try await server.publish(
                            (1...3).map { TestNotifications.simple("to-browser-\($0)", recipient: recipient) })
                        let expectedTitles = Set(stored.map { "\(transport) received \($0.id) #\($0.sequence)" })
                        let seen = try await echoes.waitFor(timeout: 30) { all in
                            expectedTitles.isSubset(of: Set(all.map(\.title)))
                        }
                        let echoed = seen.filter { $0.title.hasPrefix("\(transport) received ") }
                        #expect(Set(echoed.map(\.title)) == expectedTitles)
                        #expect(echoed.allSatisfy { $0.data["transport"] == transport && $0.recipientID == echo })
                    } catch {
                        failure = error
                    }
                    // SIGTERM lets chromium take its helpers (crash handler included) down with it; the group kill
                    // is the fallback.
                    browser.send(SIGTERM)
                    if (try? await browser.exit(timeout: 10, outputToEnd: false)) == nil { browser.killGroup() }
                    await Self.remove(profile)
                    if let failure { throw failure }
                }
            }
        }
    }
#endif
