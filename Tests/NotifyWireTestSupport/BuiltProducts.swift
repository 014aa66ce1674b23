public import Foundation

/// Executables built beside the test bundle (`swift build --build-tests` builds them together).
public enum BuiltProducts {
    /// The folder holding the test bundle and the built executables (`.build/debug`).
    public static var folder: URL {
        let executable = Bundle.main.executableURL ?? URL(fileURLWithPath: CommandLine.arguments[0])
        return executable.deletingLastPathComponent()
    }

    /// The `notifywire` executable; a missing one is thrown, so the test fails loudly.
    public static func notifywire() throws -> String {
        let path = folder.appendingPathComponent("notifywire").path
        guard FileManager.default.isExecutableFile(atPath: path) else {
            throw MissingFixture(path: path + " (build it with `swift build --build-tests`)")
        }
        return path
    }
}
