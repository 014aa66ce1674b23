#if Hummingbird
    import Foundation

    /// The line `notifywire serve` prints once it listens: the first line of standard output, flushed at once.
    enum ServeAnnouncement {
        static func listening(host: String, port: Int) {
            FileHandle.standardOutput.write(Data("notifywire serve: listening on http://\(host):\(port)\n".utf8))
        }
    }
#endif
