#if Hummingbird
    // sockaddr_in is declared by Glibc and by CNIOLinux (which NIO's modules load): the clang importer gives it
    // to whichever module the compile job loaded first, so both are imported (MemberImportVisibility).
    import CNIOLinux
    import Glibc

    /// A blocking TCP client socket to 127.0.0.1, for the route tests that need bytes below HTTP clients'
    /// reach (a client that never reads, a raw upgrade request).
    enum LoopbackSocket {
        struct Failure: Error, CustomStringConvertible {
            let description: String
        }

        /// Connects to `port` with the given socket options and sends `request`; returns the descriptor (the
        /// caller closes it). `receiveBuffer` sets SO_RCVBUF; `readTimeoutSeconds` sets SO_RCVTIMEO.
        static func connect(
            port: Int, sending request: String, receiveBuffer: Int32? = nil, readTimeoutSeconds: Int? = nil
        ) throws -> Int32 {
            let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
            guard descriptor >= 0 else { throw Failure(description: "socket() failed") }
            if var size = receiveBuffer {
                _ = setsockopt(descriptor, SOL_SOCKET, SO_RCVBUF, &size, socklen_t(MemoryLayout<Int32>.size))
            }
            if let readTimeoutSeconds {
                var timeout = timeval(tv_sec: readTimeoutSeconds, tv_usec: 0)
                _ = setsockopt(descriptor, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
            }
            var address = sockaddr_in()
            address.sin_family = sa_family_t(AF_INET)
            address.sin_port = in_port_t(UInt16(port)).bigEndian
            address.sin_addr.s_addr = inet_addr("127.0.0.1")
            let connected = withUnsafePointer(to: &address) { pointer in
                pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                    Glibc.connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
                }
            }
            let bytes = Array(request.utf8)
            guard connected == 0, send(descriptor, bytes, bytes.count, 0) == bytes.count else {
                close(descriptor)
                throw Failure(description: "could not connect to port \(port) or send the request")
            }
            return descriptor
        }
    }
#endif
