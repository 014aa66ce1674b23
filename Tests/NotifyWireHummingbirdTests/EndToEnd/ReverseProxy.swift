#if Hummingbird
    import Foundation
    import NotifyWireCore
    import NotifyWireJSON
    import NotifyWireTestSupport
    import Testing

    /// Debian's nginx running README's "Behind a proxy" configuration (its ```nginx block, read from `README.md`)
    /// in front of a ``ServeProcess``: its own process, folder, loopback ports and a certificate for `127.0.0.1`
    /// that openssl makes for the test. Only what a deployment names differently is rewritten: the two `listen`
    /// ports, the node's address, and the certificate's paths.
    final class ReverseProxy: Sendable {
        /// Something about the configuration or the proxy's start went wrong.
        struct Failure: Error, CustomStringConvertible {
            let description: String
        }

        /// The README block's lines that a test rewrites, each of which must be there exactly once.
        static let listenPlain = "listen 80;"
        static let listenTLS = "listen 443 ssl http2;"
        static let node = "server 127.0.0.1:8080;"
        static let certificate = "/etc/ssl/notifywire/fullchain.pem"
        static let key = "/etc/ssl/notifywire/privkey.pem"

        let child: ChildProcess
        let folder: URL
        /// `https://127.0.0.1:PORT`: the TLS server (HTTP/1.1 and HTTP/2).
        let url: String
        /// `http://127.0.0.1:PORT`: the plain server, which only redirects.
        let plainURL: String
        /// The certificate the proxy presents, which its clients trust.
        let certificateFile: URL

        /// curl options that trust the proxy's certificate.
        var curlOptions: [String] { ["--cacert", certificateFile.path] }

        /// README's ```nginx block, without its fences; fails unless there is exactly one.
        static func readmeConfiguration() throws -> String {
            let text = String(
                decoding: try RepositoryPaths.bytes(of: RepositoryPaths.root.appendingPathComponent("README.md")),
                as: UTF8.self)
            let blocks = text.components(separatedBy: "\n```nginx\n").dropFirst()
            guard blocks.count == 1, let block = blocks.first, let end = block.range(of: "\n```\n") else {
                throw Failure(description: "README.md has \(blocks.count) ```nginx blocks, not one (or it is unclosed)")
            }
            return String(block[..<end.lowerBound]) + "\n"
        }

        /// A free loopback port (bound, read back, released: nginx binds it next).
        static func freePort() throws -> Int {
            let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
            guard descriptor >= 0 else { throw Failure(description: "socket() failed: errno \(errno)") }
            defer { close(descriptor) }
            var address = sockaddr_in()
            address.sin_family = sa_family_t(AF_INET)
            address.sin_addr.s_addr = inet_addr("127.0.0.1")
            address.sin_port = 0
            var length = socklen_t(MemoryLayout<sockaddr_in>.size)
            let bound = withUnsafeMutablePointer(to: &address) { pointer in
                pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { socketAddress in
                    bind(descriptor, socketAddress, length) == 0 && getsockname(descriptor, socketAddress, &length) == 0
                }
            }
            guard bound else { throw Failure(description: "bind() to 127.0.0.1:0 failed: errno \(errno)") }
            return Int(UInt16(bigEndian: address.sin_port))
        }

        /// Starts nginx in front of `server` and waits (at most 20 s) until `GET /health` answers through it.
        static func start(in front: ServeProcess) async throws -> ReverseProxy {
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("notifywire-nginx-\(UUID())")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            let certificate = folder.appendingPathComponent("certificate.pem")
            let key = folder.appendingPathComponent("key.pem")
            _ = try await ChildProcess.output(
                of: "openssl",
                arguments: [
                    "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes", "-days", "1",
                    "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1", "-keyout", key.path, "-out",
                    certificate.path,
                ], timeout: 30)
            let plainPort = try freePort()
            let tlsPort = try freePort()
            var site = try readmeConfiguration()
            for (line, replacement) in [
                (listenPlain, "listen 127.0.0.1:\(plainPort);"),
                (listenTLS, "listen 127.0.0.1:\(tlsPort) ssl http2;"),
                (node, "server 127.0.0.1:\(front.port);"),
                (Self.certificate, certificate.path),
                (Self.key, key.path),
            ] {
                let count = site.components(separatedBy: line).count - 1
                guard count == 1 else {
                    throw Failure(description: "README's nginx block has `\(line)` \(count) times, not once")
                }
                site = site.replacingOccurrences(of: line, with: replacement)
            }
            try Data(site.utf8).write(to: folder.appendingPathComponent("notifywire.conf"))
            // What Debian's /etc/nginx/nginx.conf gives the site, with every path in the test's folder.
            let main = """
                worker_processes 1;
                error_log \(folder.path)/error.log info;
                pid \(folder.path)/nginx.pid;
                events { worker_connections 512; }
                http {
                    access_log \(folder.path)/access.log;
                    client_body_temp_path \(folder.path)/body;
                    proxy_temp_path \(folder.path)/proxy;
                    fastcgi_temp_path \(folder.path)/fastcgi;
                    uwsgi_temp_path \(folder.path)/uwsgi;
                    scgi_temp_path \(folder.path)/scgi;
                    include \(folder.path)/notifywire.conf;
                }

                """
            try Data(main.utf8).write(to: folder.appendingPathComponent("nginx.conf"))
            let child = try ChildProcess(
                "/usr/sbin/nginx",
                arguments: [
                    "-e", folder.appendingPathComponent("error.log").path, "-p", folder.path + "/", "-c",
                    folder.appendingPathComponent("nginx.conf").path, "-g", "daemon off;",
                ])
            let proxy = ReverseProxy(
                child: child, folder: folder, url: "https://127.0.0.1:\(tlsPort)",
                plainURL: "http://127.0.0.1:\(plainPort)",
                certificateFile: certificate)
            for _ in 0..<100 {
                if let health = try? await ServeResponse.get(
                    proxy.url + "/health", options: proxy.curlOptions, timeout: 2),
                    health.status == 200
                {
                    return proxy
                }
                if child.exitedNormally { break }
                try await Task.sleep(for: .milliseconds(200))
            }
            let log = proxy.log
            await proxy.stop()
            throw Failure(description: "nginx did not answer GET /health; its error log:\n\(log.suffix(3000))")
        }

        private init(child: ChildProcess, folder: URL, url: String, plainURL: String, certificateFile: URL) {
            self.child = child
            self.folder = folder
            self.url = url
            self.plainURL = plainURL
            self.certificateFile = certificateFile
        }

        /// nginx's error log so far (`info` level).
        var log: String {
            ((try? String(contentsOf: folder.appendingPathComponent("error.log"), encoding: .utf8)) ?? "")
                + child.errorText
        }

        /// Stops nginx (SIGTERM: a fast stop, which closes open streams instead of waiting for them as SIGQUIT
        /// does; SIGKILL to its group after 10 s) and removes its folder.
        func stop() async {
            child.send(SIGTERM)
            if (try? await child.exit(timeout: 10, outputToEnd: false)) == nil { child.killGroup() }
            try? FileManager.default.removeItem(at: folder)
        }

        /// Starts `notifywire serve` with `arguments` and nginx in front of it, runs `body`, then stops both
        /// (the server must exit 0, also when `body` failed).
        static func with(
            _ arguments: [String] = [], _ body: (ServeProcess, ReverseProxy) async throws -> Void
        ) async throws {
            try await ServeProcess.with(arguments) { server in
                let proxy = try await start(in: server)
                var failure: (any Error)?
                do { try await body(server, proxy) } catch { failure = error }
                if failure != nil { print("nginx's log:\n\(proxy.log.suffix(3000))") }
                await proxy.stop()
                if let failure { throw failure }
            }
        }

        /// Publishes `notification` as JSON through the proxy, expects 201 and returns the stored one.
        @discardableResult
        func publish(_ notification: NotificationMessage) async throws -> NotificationMessage {
            let response = try await ServeResponse.request(
                "POST", url + "/notifications", headers: ["Content-Type": "application/json"],
                body: try JSONCodec().encodedBytes(notification), options: curlOptions)
            try #require(response.status == 201, "POST /notifications answered \(response.status): \(response.text)")
            return try JSONCodec().decodeNotification(from: response.body)
        }
    }
#endif
