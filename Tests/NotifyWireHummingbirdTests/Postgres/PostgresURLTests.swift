#if Hummingbird
    import NotifyWireHummingbird
    import Testing

    /// The strict parser of PostgreSQL URLs and the text form of cursors (no database needed).
    @Suite struct PostgresURLTests {
        @Test func wellFormedURLsParse() throws {
            let full = try PostgresURL("postgres://app:s%40cret:x@db.example:6543/notify?sslmode=require")
            #expect(full.user == "app" && full.password == "s@cret:x" && full.host == "db.example")
            #expect(full.port == 6543 && full.database == "notify" && full.tls == .require)
            let plain = try PostgresURL("postgresql://app@127.0.0.1/notify")
            #expect(plain.password == nil && plain.port == 5432 && plain.tls == .prefer && plain.unixSocketPath == nil)
            let ipv6 = try PostgresURL("postgres://app@[::1]:5433/n?sslmode=disable")
            #expect(ipv6.host == "::1" && ipv6.port == 5433 && ipv6.tls == .disable)
            let socket = try PostgresURL("postgres://app@%2Ftmp%2Fpg:5433/n")
            #expect(socket.unixSocketPath == "/tmp/pg/.s.PGSQL.5433")
        }

        @Test(arguments: [
            ("mysql://u@h/d", "must start with postgres://"),
            ("postgres://u@h", "no /database"),
            ("postgres://u@h/", "no database name"),
            ("postgres://h:5432/d", "no user name"),
            ("postgres://:pw@h/d", "empty user name"),
            ("postgres://u@:5432/d", "no host"),
            ("postgres://u@h:0/d", "port is not a number from 1 to 65535"),
            ("postgres://u@h:65536/d", "port is not a number from 1 to 65535"),
            ("postgres://u@h:+5432/d", "port is not a number from 1 to 65535"),
            ("postgres://u@h:54x/d", "port is not a number from 1 to 65535"),
            ("postgres://u@::1:5432/d", "IPv6 host must be written in brackets"),
            ("postgres://u@[::1/d", "no closing ]"),
            ("postgres://u:p%4@h/d", "password has a malformed percent escape"),
            ("postgres://u:p@x@h/d", "password has a character that must be percent-escaped"),
            ("postgres://u@h/d b", "database name has a character that must be percent-escaped"),
            ("postgres://u@h/d%00", "database name is not valid UTF-8 without NUL"),
            ("postgres://u@h/d?sslmode=maybe", "sslmode must be"),
            ("postgres://u@h/d?timeout=3", "only URL parameter supported is sslmode"),
        ])
        func malformedURLsAreInvalidAndSayWhy(url: String, problem: String) throws {
            let failure = #expect(throws: HubEngineError.self) { try PostgresURL(url) }
            #expect(failure?.code == .invalidURL)
            #expect(failure?.message.contains(problem) == true, "\(failure?.message ?? "")")
        }

        @Test func theMessageNeverShowsThePassword() {
            let failure = #expect(throws: HubEngineError.self) { try PostgresURL("postgres://u:hunter2@h:99999/d") }
            #expect(failure?.description.contains("hunter2") == false)
        }

        @Test func cursorsReadTheirTextFormStrictly() {
            #expect(HubCursor("4811915212377290121-42") == HubCursor(epoch: 4_811_915_212_377_290_121, sequence: 42))
            #expect(HubCursor("0-0") == .start)
            #expect(HubCursor(epoch: 7, sequence: 9).description == "7-9")
            #expect(HubCursor("42") == HubCursor(epoch: 0, sequence: 42), "a plain sequence is epoch 0's")
            #expect(HubCursor(epoch: 0, sequence: 42).description == "42")
            for bad in [
                "", "-", "1-", "-1", "1-2-3", "+1-2", "1-+2", " 1-2", "1-2 ", "a-1", "18446744073709551616-1",
            ] {
                #expect(HubCursor(bad) == nil, "\(bad)")
            }
        }
    }
#endif
