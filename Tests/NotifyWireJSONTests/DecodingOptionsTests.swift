import NotifyWireCore
import NotifyWireJSON
import Testing

/// What the decoder accepts beyond the canonical form: snake_case names, enums by number, uint64 as a
/// number, `null` as the default, timestamps with offsets and 0–9 fractional digits, unknown fields.
@Suite struct DecodingOptionsTests {
    @Test func acceptsSnakeCaseNames() throws {
        let json =
            #"{"created_at":"1970-01-01T00:00:01Z","recipient_id":"r","#
            + #""actor":{"display_name":"d","avatar_url":"u"},"subject":{"parent_id":"p"}}"#
        let expected = NotificationMessage(
            createdAt: Timestamp(seconds: 1),
            recipientID: "r",
            actor: NotificationActor(displayName: "d", avatarURL: "u"),
            subject: NotificationSubject(parentID: "p")
        )
        #expect(try decode(json) == expected)
        let batch = try JSONCodec().decodeBatch(from: Array(#"{"has_more":true,"cursor":"c"}"#.utf8))
        #expect(batch == NotificationBatch(cursor: "c", hasMore: true))
    }

    @Test func matchesNamesWrittenWithEscapes() throws {
        #expect(
            try decode(#"{"\u0069d":"x","recipient\u005fid":"r"}"#) == NotificationMessage(id: "x", recipientID: "r"))
    }

    @Test(arguments: [
        (#"{"kind":2,"priority":3}"#, NotificationMessage(kind: .mention, priority: .high)),
        (#"{"kind":99}"#, NotificationMessage(kind: NotificationKind(rawValue: 99))),
        (#"{"kind":-1}"#, NotificationMessage(kind: NotificationKind(rawValue: -1))),
        (#"{"kind":0}"#, NotificationMessage()),
        (#"{"kind":2147483647}"#, NotificationMessage(kind: NotificationKind(rawValue: .max))),
        (#"{"priority":-2147483648}"#, NotificationMessage(priority: NotificationPriority(rawValue: .min))),
        (#"{"kind":"KIND_UNSPECIFIED","priority":"PRIORITY_UNSPECIFIED"}"#, NotificationMessage()),
        (#"{"kind":"ORDER_\u0055PDATE"}"#, NotificationMessage(kind: .orderUpdate)),
    ])
    func acceptsEnumsByNameOrNumber(json: String, expected: NotificationMessage) throws {
        #expect(try decode(json) == expected)
    }

    @Test(arguments: [
        RejectedInput(#"{"kind":2147483648}"#, .invalidValue, at: 8, path: "kind"),
        RejectedInput(#"{"kind":-2147483649}"#, .invalidValue, at: 8, path: "kind"),
        RejectedInput(#"{"kind":99999999999999999999999}"#, .invalidValue, at: 8, path: "kind"),
        RejectedInput(#"{"kind":1e0}"#, .invalidValue, at: 8, path: "kind"),
        RejectedInput(#"{"priority":"high"}"#, .invalidValue, at: 12, path: "priority"),
    ])
    func refusesEnumValuesOutsideInt32OrUnknownNames(input: RejectedInput) throws {
        try input.check()
    }

    @Test(
        arguments: [
            (#"{"sequence":"18446744073709551615"}"#, UInt64.max),
            (#"{"sequence":18446744073709551615}"#, UInt64.max),
            (#"{"sequence":"0"}"#, 0),
            (#"{"sequence":0}"#, 0),
            (#"{"sequence":"\u0031\u0032"}"#, 12),
            (#"{"sequence":1048576}"#, 1_048_576),
        ] as [(String, UInt64)])
    func acceptsUInt64AsStringOrNumber(json: String, expected: UInt64) throws {
        #expect(try decode(json).sequence == expected)
    }

    @Test(arguments: [
        RejectedInput(#"{"sequence":"18446744073709551616"}"#, .invalidValue, at: 12, path: "sequence"),
        RejectedInput(#"{"sequence":18446744073709551616}"#, .invalidValue, at: 12, path: "sequence"),
        RejectedInput(#"{"sequence":-1}"#, .invalidValue, at: 12, path: "sequence"),
        RejectedInput(#"{"sequence":"-1"}"#, .invalidValue, at: 12, path: "sequence"),
        RejectedInput(#"{"sequence":1e3}"#, .invalidValue, at: 12, path: "sequence"),
        RejectedInput(#"{"sequence":1.0}"#, .invalidValue, at: 12, path: "sequence"),
        RejectedInput(#"{"sequence":"007"}"#, .invalidValue, at: 12, path: "sequence"),
        RejectedInput(#"{"sequence":""}"#, .invalidValue, at: 12, path: "sequence"),
        RejectedInput(#"{"sequence":" 1"}"#, .invalidValue, at: 12, path: "sequence"),
        RejectedInput(#"{"sequence":"+1"}"#, .invalidValue, at: 12, path: "sequence"),
    ])
    func refusesUInt64ValuesThatAreNotPlainIntegers(input: RejectedInput) throws {
        try input.check()
    }

    @Test func readsNullAsTheDefault() throws {
        let json =
            #"{"id":null,"kind":null,"createdAt":null,"recipientId":null,"actor":null,"title":null,"#
            + #""body":null,"subject":null,"priority":null,"read":null,"data":null,"sequence":null,"url":null,"#
            + #""tags":null}"#
        #expect(try decode(json) == NotificationMessage())
        #expect(try decode(#"{"actor":{"id":null,"displayName":null,"avatarUrl":null}}"#).actor == NotificationActor())
        #expect(try decode(#"{"subject":{"type":null,"id":null,"parentId":null}}"#).subject == NotificationSubject())
        let batch = try JSONCodec().decodeBatch(
            from: Array(#"{"notifications":null,"cursor":null,"hasMore":null}"#.utf8))
        #expect(batch == NotificationBatch())
    }

    @Test(arguments: [
        ("2026-01-01T00:00:00Z", Timestamp(seconds: 1_767_225_600)),
        ("2026-01-01T01:00:00+01:00", Timestamp(seconds: 1_767_225_600)),
        ("2025-12-31T18:30:00-05:30", Timestamp(seconds: 1_767_225_600)),
        ("2026-01-01T00:00:00+00:00", Timestamp(seconds: 1_767_225_600)),
        ("2026-01-01T00:00:00-00:00", Timestamp(seconds: 1_767_225_600)),
        ("1970-01-01T00:00:00.1Z", Timestamp(seconds: 0, nanos: 100_000_000)),
        ("1970-01-01T00:00:00.12Z", Timestamp(seconds: 0, nanos: 120_000_000)),
        ("1970-01-01T00:00:00.123Z", Timestamp(seconds: 0, nanos: 123_000_000)),
        ("1970-01-01T00:00:00.1234Z", Timestamp(seconds: 0, nanos: 123_400_000)),
        ("1970-01-01T00:00:00.12345Z", Timestamp(seconds: 0, nanos: 123_450_000)),
        ("1970-01-01T00:00:00.123456Z", Timestamp(seconds: 0, nanos: 123_456_000)),
        ("1970-01-01T00:00:00.1234567Z", Timestamp(seconds: 0, nanos: 123_456_700)),
        ("1970-01-01T00:00:00.12345678Z", Timestamp(seconds: 0, nanos: 123_456_780)),
        ("1970-01-01T00:00:00.123456789Z", Timestamp(seconds: 0, nanos: 123_456_789)),
        ("1969-12-31T23:59:59.999999999Z", Timestamp(seconds: -1, nanos: 999_999_999)),
        ("1970-01-01T00:00:00.000000001+01:00", Timestamp(seconds: -3600, nanos: 1)),
        ("0001-01-01T00:00:00Z", Timestamp.min),
        ("0000-12-31T23:00:00-01:00", Timestamp.min),
        ("9999-12-31T23:59:59.999999999Z", Timestamp.max),
        ("2024-02-29T12:00:00Z", Timestamp(seconds: 1_709_208_000)),
    ])
    func acceptsTimestampsWithAnyOffsetAndUpToNineDigits(text: String, expected: Timestamp) throws {
        #expect(try decode(#"{"createdAt":"\#(text)"}"#).createdAt == expected)
    }

    @Test(arguments: [
        "2026-01-01T00:00:00", "2026-01-01 00:00:00Z", "2026-01-01T00:00:00z", "2026-1-01T00:00:00Z",
        "2026-01-01T00:00:00.Z", "2026-01-01T00:00:00.1234567890Z", "2026-02-30T00:00:00Z", "2025-02-29T00:00:00Z",
        "2026-13-01T00:00:00Z", "2026-00-01T00:00:00Z", "2026-01-00T00:00:00Z", "2026-01-01T24:00:00Z",
        "2026-01-01T00:60:00Z", "2026-01-01T00:00:60Z", "2026-01-01T00:00:00+24:00", "2026-01-01T00:00:00+01:60",
        "2026-01-01T00:00:00+0100", "2026-01-01T00:00:00Z ", "0001-01-01T00:00:00+00:01",
        "9999-12-31T23:59:59-00:01", "0000-01-01T00:00:00Z", "",
    ])
    func refusesTimestampsThatAreMalformedOrOutOfRange(text: String) throws {
        try RejectedInput(#"{"createdAt":"\#(text)"}"#, .invalidValue, at: 13, path: "createdAt").check()
    }

    @Test(arguments: [
        RejectedInput(#"{"id":"a","id":"b"}"#, .duplicateField, at: 10, path: "id"),
        RejectedInput(#"{"id":null,"id":"b"}"#, .duplicateField, at: 11, path: "id"),
        RejectedInput(#"{"createdAt":null,"created_at":null}"#, .duplicateField, at: 18, path: "createdAt"),
        RejectedInput(
            #"{"actor":{"displayName":"","display_name":""}}"#, .duplicateField, at: 27, path: "actor.displayName"),
        RejectedInput(#"{"data":{"k":"1","k":"2"}}"#, .duplicateField, at: 17, path: #"data["k"]"#),
        RejectedInput(#"{"data":{"k":"1","\u006b":"2"}}"#, .duplicateField, at: 17, path: #"data["k"]"#),
        RejectedInput(#"{"\u0069d":"a","id":"b"}"#, .duplicateField, at: 15, path: "id"),
    ])
    func refusesDuplicateFields(input: RejectedInput) throws {
        try input.check()
    }

    @Test func duplicateUnknownFieldsAreSkippedLikeAnyUnknownField() throws {
        #expect(try decode(#"{"zzz":1,"zzz":2,"id":"x"}"#) == NotificationMessage(id: "x"))
    }

    @Test func skipsUnknownFieldsWhateverValidJSONTheyHold() throws {
        let json =
            #"{"x":{"a":[1,-2.5e+3,true,false,null,{"b":"\u00e9\n"}],"c":{}},"id":"i","#
            + #""actor":{"zzz":[],"id":"a"},"subject":{"zzz":0,"type":"t"},"data":{},"tags":[],"y":"\ud83d\ude80"}"#
        let expected = NotificationMessage(
            id: "i",
            actor: NotificationActor(id: "a"),
            subject: NotificationSubject(type: "t")
        )
        #expect(try decode(json) == expected)
        let batch = try JSONCodec().decodeBatch(from: Array(#"{"z":[[{}]],"notifications":[{"q":1}]}"#.utf8))
        #expect(batch == NotificationBatch(notifications: [NotificationMessage()]))
    }

    @Test func allowsTheFourWhitespaceBytesEverywhere() throws {
        let json = " \t\r\n{ \"id\" :\t\"x\" ,\n\"tags\"\r:[ \"a\" , \"b\" ] ,\"data\":{ \"k\" : \"v\" } } \n"
        #expect(try decode(json) == NotificationMessage(id: "x", data: ["k": "v"], tags: ["a", "b"]))
    }

    @Test func decodesEscapesToTheirCharacters() throws {
        let json = #"{"body":"\"\\\/\b\f\n\r\t\u0000\u00e9\u20ac\ud83d\ude80\u2028x"}"#
        #expect(try decode(json).body == "\"\\/\u{8}\u{C}\n\r\t\u{0}é€🚀\u{2028}x")
    }
}
