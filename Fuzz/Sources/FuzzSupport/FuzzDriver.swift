internal import CFuzzDriver

#if canImport(Glibc)
    import Glibc
#endif

/// Runs libFuzzer over a target's entry point with the process's arguments, and exits with its status.
///
/// Each target's top-level code calls it: SwiftPM links a `main` of its own into every executable, so
/// libFuzzer's `main` is not the one that runs.
public enum FuzzDriver {
    /// Hands `entryPoint` (the target's `LLVMFuzzerTestOneInput`) to libFuzzer; never returns.
    public static func run(_ entryPoint: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt) -> Never {
        var argc = CommandLine.argc
        var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
        exit(LLVMFuzzerRunDriver(&argc, &argv, entryPoint))
    }
}
