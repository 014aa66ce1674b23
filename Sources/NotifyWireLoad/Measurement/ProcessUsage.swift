#if Hummingbird
    #if canImport(Glibc)
        import Glibc
        /// The C library's `timespec` (named by its module: NIO's C shims declare one too).
        private typealias SystemTimeSpec = Glibc.timespec
    #elseif canImport(Musl)
        import Musl
        private typealias SystemTimeSpec = Musl.timespec
    #elseif canImport(Darwin)
        import Darwin
        private typealias SystemTimeSpec = Darwin.timespec
    #endif

    /// What a process costs, read from `/proc` (Linux) and `getrusage`: resident memory and CPU time.
    ///
    /// Every reader returns `nil` instead of failing when the process is gone or the file has an unexpected
    /// shape, so a measurement is missing rather than wrong.
    package enum ProcessUsage {
        /// The resident set size of process `pid` (`VmRSS` of `/proc/PID/status`), in bytes; `nil` when unknown.
        package static func residentBytes(pid: Int32) -> Int? {
            guard let text = readSmallFile("/proc/\(pid)/status") else { return nil }
            for line in text.split(separator: "\n") where line.hasPrefix("VmRSS:") {
                let fields = line.split(separator: " ", omittingEmptySubsequences: true)
                guard fields.count >= 2, let kibibytes = Int(fields[1]) else { return nil }
                return kibibytes.multipliedReportingOverflow(by: 1024).overflow ? nil : kibibytes * 1024
            }
            return nil
        }

        /// The CPU time of process `pid` so far (user + system, fields 14 and 15 of `/proc/PID/stat`), in
        /// seconds; `nil` when unknown.
        package static func cpuSeconds(pid: Int32) -> Double? {
            guard let text = readSmallFile("/proc/\(pid)/stat") else { return nil }
            return cpuSeconds(statLine: text, ticksPerSecond: clockTicksPerSecond)
        }

        /// The CPU time (user + system) of a `/proc/PID/stat` line, in seconds, with that of the children the
        /// process waited for when `includingChildren` (`cutime`, `cstime`); `nil` when the line is malformed.
        ///
        /// The command name (field 2) is in parentheses and may hold spaces and parentheses itself, so the
        /// fields are counted from the last `)`: the state is field 3, `utime` field 14, `stime` field 15,
        /// `cutime` 16, `cstime` 17.
        package static func cpuSeconds(statLine: String, ticksPerSecond: Int, includingChildren: Bool = false)
            -> Double?
        {
            guard ticksPerSecond > 0, let close = statLine.lastIndex(of: ")") else { return nil }
            let rest = statLine[statLine.index(after: close)...]
            let fields = rest.split(separator: " ", omittingEmptySubsequences: true)
            // fields[0] is field 3 (state), so field N is fields[N - 3].
            guard fields.count > 14, let user = UInt64(fields[11]), let system = UInt64(fields[12]),
                let childrenUser = UInt64(fields[13]), let childrenSystem = UInt64(fields[14])
            else { return nil }
            let ticks =
                Double(user) + Double(system) + (includingChildren ? Double(childrenUser) + Double(childrenSystem) : 0)
            return ticks / Double(ticksPerSecond)
        }

        /// The CPU time of process `pid` and its children so far, in seconds: its own and that of the children it
        /// waited for (fields 14 to 17 of `/proc/PID/stat`), plus that of its children still running (each with
        /// the children they waited for). For a server that forks a process per connection, such as PostgreSQL's
        /// postmaster. `nil` when `pid` is unknown.
        package static func treeCPUSeconds(pid: Int32) -> Double? {
            guard let text = readSmallFile("/proc/\(pid)/stat"),
                var total = cpuSeconds(statLine: text, ticksPerSecond: clockTicksPerSecond, includingChildren: true)
            else { return nil }
            guard let directory = opendir("/proc") else { return total }
            defer { closedir(directory) }
            while let entry = readdir(directory) {
                let name = withUnsafeBytes(of: entry.pointee.d_name) {
                    String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self)
                }
                guard let child = Int32(name), child != pid, let line = readSmallFile("/proc/\(child)/stat"),
                    parent(statLine: line) == pid,
                    let seconds = cpuSeconds(
                        statLine: line, ticksPerSecond: clockTicksPerSecond, includingChildren: true)
                else { continue }
                total += seconds
            }
            return total
        }

        /// The parent process id of a `/proc/PID/stat` line (field 4); `nil` when the line is malformed.
        package static func parent(statLine: String) -> Int32? {
            guard let close = statLine.lastIndex(of: ")") else { return nil }
            let fields = statLine[statLine.index(after: close)...].split(
                separator: " ", omittingEmptySubsequences: true)
            return fields.count > 1 ? Int32(fields[1]) : nil
        }

        /// This process's own CPU time so far (user + system, `getrusage(RUSAGE_SELF)`), in seconds.
        package static func selfCPUSeconds() -> Double {
            var usage = rusage()
            guard getrusage(RUSAGE_SELF.rawValue, &usage) == 0 else { return 0 }
            return seconds(usage.ru_utime) + seconds(usage.ru_stime)
        }

        /// The current wall clock (`CLOCK_REALTIME`) in nanoseconds since 1970: what the publisher writes in
        /// `createdAt` and the subscribers compare with.
        package static func wallClockNanoseconds() -> Int64 {
            var now = SystemTimeSpec()
            clock_gettime(CLOCK_REALTIME, &now)
            return Int64(now.tv_sec) &* 1_000_000_000 &+ Int64(now.tv_nsec)
        }

        private static func seconds(_ value: timeval) -> Double {
            Double(value.tv_sec) + Double(value.tv_usec) / 1_000_000
        }

        private static let clockTicksPerSecond: Int = {
            let ticks = sysconf(Int32(_SC_CLK_TCK))
            return ticks > 0 ? ticks : 100
        }()

        /// The whole of a small file (at most 64 KiB), as UTF-8; `nil` when it cannot be read.
        private static func readSmallFile(_ path: String) -> String? {
            let descriptor = open(path, O_RDONLY | O_CLOEXEC)
            guard descriptor >= 0 else { return nil }
            defer { close(descriptor) }
            var bytes: [UInt8] = []
            var chunk = [UInt8](repeating: 0, count: 4096)
            while bytes.count < 65_536 {
                let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
                if count < 0, errno == EINTR { continue }
                guard count > 0 else { break }
                bytes.append(contentsOf: chunk[0..<count])
            }
            return String(decoding: bytes, as: UTF8.self)
        }
    }
#endif
