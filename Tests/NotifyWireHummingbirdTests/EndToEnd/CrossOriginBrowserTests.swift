#if Hummingbird
    import Foundation
    import NotifyWire
    import NotifyWireTestSupport
    import Testing

    extension EndToEndTests {
        /// Headless Chromium on a page of one loopback origin (a Python `http.server` on its own port) using
        /// `notifywire serve` on another, with the JWT in a cookie: the allowed origin's `EventSource` (with
        /// credentials) receives, and its credentialed cross-origin `POST` (preflighted: it sends `Authorization`)
        /// publishes; a page of a foreign origin gets neither. Each page reports what it saw to its own origin
        /// (`GET /report?…`), whose request log the test reads.
        @Suite struct CrossOriginBrowserTests {
            static let page = """
                <!doctype html><meta charset="utf-8"><title>cross-origin</title><script>
                const p = new URLSearchParams(location.search), server = p.get("server");
                const report = (what) => fetch("/report?" + new URLSearchParams({ what }));
                // Cookies ignore ports: set here, it travels with every request to the server's port too.
                document.cookie = "nw_token=" + p.get("token") + "; path=/; SameSite=Lax";
                const source = new EventSource(server + "/events?recipient=" + p.get("recipient"), { withCredentials: true });
                source.onopen = () => report("open");
                source.onerror = () => report("error");
                source.onmessage = (event) => report("received " + JSON.parse(event.data).id);
                fetch(server + "/notifications", {
                  method: "POST", credentials: "include",
                  headers: { "Content-Type": "application/json", "Authorization": "Bearer " + p.get("publish") },
                  body: JSON.stringify({ id: "from-" + location.port, kind: "COMMENT", recipientId: "elsewhere" }),
                }).then((response) => report("published " + response.status), () => report("publish-failed"));
                </script>
                """

            /// Serves the folder `argv[1]` on a free loopback port; prints the port, logs requests to stderr.
            static let originServer = """
                import http.server, os, sys
                os.chdir(sys.argv[1])
                server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), http.server.SimpleHTTPRequestHandler)
                print(server.server_address[1], flush=True)
                server.serve_forever()
                """

            /// An origin server for the page; returns it and its port.
            static func origin(serving folder: URL) throws -> (process: ChildProcess, port: Int) {
                let process = try ChildProcess(PythonPeer.interpreter, arguments: ["-c", originServer, folder.path])
                let output = try process.waitForOutput("the port", timeout: 30) { $0.contains(UInt8(ascii: "\n")) }
                guard let port = Int(String(decoding: output.prefix { $0 != UInt8(ascii: "\n") }, as: UTF8.self)) else {
                    process.send(SIGKILL)
                    throw ChildProcess.TimedOut(what: "a port", output: String(decoding: output, as: UTF8.self))
                }
                return (process, port)
            }

            /// The `what`s reported to `origin` so far, in order.
            static func reports(_ origin: ChildProcess) -> [String] {
                origin.errorText.split(separator: "\n").compactMap { line in
                    guard let start = line.range(of: "GET /report?what=")?.upperBound,
                        let end = line[start...].firstIndex(of: " ")
                    else { return nil }
                    return String(line[start..<end]).replacingOccurrences(of: "+", with: " ").removingPercentEncoding
                }
            }

            static func chromium(_ url: String, profile: URL) throws -> ChildProcess {
                try ChildProcess(
                    "chromium",
                    arguments: [
                        "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                        "--disable-crash-reporter", "--disable-breakpad", "--no-default-browser-check",
                        "--disable-extensions", "--user-data-dir=\(profile.path)", url,
                    ])
            }

            static func waitFor(
                _ what: String, in origin: ChildProcess, seconds: Int, _ done: ([String]) -> Bool
            ) async throws {
                for _ in 0..<(seconds * 10) {
                    if done(reports(origin)) { return }
                    try await Task.sleep(for: .milliseconds(100))
                }
                throw ChildProcess.TimedOut(what: what, output: "\(reports(origin))")
            }

            @Test func theAllowedOriginReceivesAndPublishesWithItsCookieAndAForeignOneGetsNothing() async throws {
                let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
                    "notifywire-origin-\(UUID())")
                try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
                defer { try? FileManager.default.removeItem(at: folder) }
                try Data(Self.page.utf8).write(to: folder.appendingPathComponent("page.html"))
                let (allowed, allowedPort) = try Self.origin(serving: folder)
                let (foreign, foreignPort) = try Self.origin(serving: folder)
                defer {
                    allowed.send(SIGKILL)
                    foreign.send(SIGKILL)
                }
                let token = try await CredentialExpiryRouteTests.token(expiresIn: "300")
                let elsewhere = try await CredentialExpiryRouteTests.token(sub: "elsewhere", expiresIn: "300")
                try await ServeProcess.with([
                    "--jwt-secret", CredentialExpiryRouteTests.secret, "--publish-token", "publish-me",
                    "--jwt-cookie", "nw_token", "--allowed-origin", "http://127.0.0.1:\(allowedPort)",
                ]) { server in
                    let query = "server=\(server.url)&recipient=alice&token=\(token)&publish=publish-me"
                    for (origin, port) in [(allowed, allowedPort), (foreign, foreignPort)] {
                        let profile = FileManager.default.temporaryDirectory
                            .appendingPathComponent("notifywire-chromium-\(UUID().uuidString)")
                        let browser = try Self.chromium("http://127.0.0.1:\(port)/page.html?\(query)", profile: profile)
                        var failure: (any Error)?
                        do {
                            if origin === allowed {
                                try await Self.waitFor("open and published", in: origin, seconds: 60) {
                                    $0.contains("open") && $0.contains("published 201")
                                }
                                _ = try await server.publish(
                                    TestNotifications.simple("to-alice", recipient: "alice"), token: "publish-me")
                                try await Self.waitFor("received", in: origin, seconds: 30) {
                                    $0.contains("received to-alice")
                                }
                            } else {
                                try await Self.waitFor("refused", in: origin, seconds: 60) {
                                    $0.contains("error") && $0.contains("publish-failed")
                                }
                                #expect(!Self.reports(origin).contains { $0 == "open" || $0.hasPrefix("received") })
                            }
                        } catch {
                            failure = error
                        }
                        browser.send(SIGTERM)
                        if (try? await browser.exit(timeout: 10, outputToEnd: false)) == nil { browser.killGroup() }
                        await BrowserTests.remove(profile)
                        if let failure { throw failure }
                    }
                    let published = try await CurlResponse.run([
                        "-H", "Authorization: Bearer \(elsewhere)", "\(server.url)/notifications?recipient=elsewhere",
                    ])
                    let ids = try JSONCodec().decodeBatch(from: published.body).notifications.map(\.id)
                    #expect(ids == ["from-\(allowedPort)"], "only the allowed page published")
                }
            }
        }
    }
#endif
