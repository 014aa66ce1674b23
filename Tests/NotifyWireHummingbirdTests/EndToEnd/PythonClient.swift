#if Hummingbird
    import Foundation
    import NotifyWireTestSupport

    /// Runs one of the `Tests/Python/serve_*.py` clients against a server and returns its JSON report.
    enum PythonClient {
        /// A client failed or printed no JSON report.
        struct Failure: Error, CustomStringConvertible {
            let description: String
        }

        /// Runs `script` with `arguments`, feeding `input` on standard input; a run past `timeout` seconds is
        /// killed (the scripts also stop themselves earlier, with `--timeout`); `environment` is added to the
        /// test's own (`SSL_CERT_FILE` for a client of ``ReverseProxy``).
        static func run(
            _ script: String, _ arguments: [String], input: [UInt8] = [], environment: [String: String]? = nil,
            timeout: Double = 60
        ) async throws -> [String: Any] {
            let path = RepositoryPaths.root.appendingPathComponent("Tests/Python").appendingPathComponent(script).path
            let result = try await ChildProcess.run(
                PythonPeer.interpreter, arguments: [path] + arguments, input: input, environment: environment,
                timeout: timeout)
            guard result.status == 0 else {
                throw Failure(
                    description:
                        "\(script) \(arguments.joined(separator: " ")) exited \(result.status): \(result.error)")
            }
            guard let report = try JSONSerialization.jsonObject(with: Data(result.output)) as? [String: Any] else {
                throw Failure(
                    description: "\(script) printed no JSON object: \(String(decoding: result.output, as: UTF8.self))")
            }
            return report
        }
    }
#endif
