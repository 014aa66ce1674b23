import NotifyWireCore
import NotifyWireMessagePack
import Testing

/// Runs the MessagePack conformance suite wherever a case maps onto our schema's types.
@Suite struct MessagePackConformanceTests {
    typealias B = MessagePackBytes
    typealias Case = MessagePackConformanceCase
    let codec = MessagePackCodec()

    @Test func theSuiteIsPresent() throws {
        let cases = try Case.load()
        // 15 files, 85 cases, 233 encodings (the suite's README).
        #expect(cases.count == 233)
        #expect(Set(cases.map(\.file)).count == 15)
        #expect(cases.allSatisfy { !$0.bytes.isEmpty })
    }

    @Test(arguments: Case.all)
    func everyEncodingIsSkippedAsAnUnknownValue(suiteCase: Case) throws {
        let byName = B.map([(B.str("id"), B.str("x")), (B.str("zzz"), suiteCase.bytes)])
        #expect(try codec.decodeNotification(from: byName) == NotificationMessage(id: "x"))
        let byNumber = B.map([([0x63], suiteCase.bytes), ([0x0A], [0xC3])])
        #expect(try codec.decodeNotification(from: byNumber) == NotificationMessage(read: true))
        let inBatch = B.map([(B.str("more"), suiteCase.bytes), (B.str("cursor"), B.str("c"))])
        #expect(try codec.decodeBatch(from: inBatch) == NotificationBatch(cursor: "c"))
    }

    @Test(arguments: Case.all.filter { if case .string = $0.value { true } else { false } })
    func stringsReadBackAsTheID(suiteCase: Case) throws {
        guard case .string(let expected) = suiteCase.value else { return }
        let bytes = B.map(1) + B.str("id") + suiteCase.bytes
        #expect(try codec.decodeNotification(from: bytes).id == expected)
    }

    @Test(arguments: Case.all.filter(\.isNumber))
    func numbersReadBackAsTheSequence(suiteCase: Case) throws {
        let prefix = B.map(1) + B.str("sequence")
        let bytes = prefix + suiteCase.bytes
        if suiteCase.isFloatEncoding {
            expectDecodeError(bytes, .typeMismatch, offset: prefix.count, path: "sequence")
        } else if let expected = suiteCase.unsignedValue {
            #expect(try codec.decodeNotification(from: bytes).sequence == expected)
        } else {
            expectDecodeError(bytes, .invalidValue, offset: prefix.count, path: "sequence")
        }
    }

    @Test(arguments: Case.all.filter(\.isNumber))
    func numbersReadBackAsAnEnumWhenTheyFitInt32(suiteCase: Case) throws {
        let prefix = B.map(1) + [0x09]
        let bytes = prefix + suiteCase.bytes
        if suiteCase.isFloatEncoding {
            expectDecodeError(bytes, .typeMismatch, offset: prefix.count, path: "priority")
        } else if let expected = suiteCase.signedValue.flatMap({ Int32(exactly: $0) }) {
            #expect(try codec.decodeNotification(from: bytes).priority.rawValue == expected)
        } else {
            expectDecodeError(bytes, .invalidValue, offset: prefix.count, path: "priority")
        }
    }

    @Test(arguments: Case.all.filter { if case .bool = $0.value { true } else { false } })
    func booleansReadBackAsRead(suiteCase: Case) throws {
        guard case .bool(let expected) = suiteCase.value else { return }
        let bytes = B.map([(B.str("read"), suiteCase.bytes), (B.str("id"), B.str("x"))])
        #expect(try codec.decodeNotification(from: bytes) == NotificationMessage(id: "x", read: expected))
    }

    @Test(arguments: Case.all.filter { if case .timestamp = $0.value { true } else { false } })
    func timestampsReadBackAsCreatedAt(suiteCase: Case) throws {
        guard case .timestamp(let seconds, let nanos) = suiteCase.value else { return }
        let prefix = B.map(1) + B.str("createdAt")
        let expected = Timestamp(seconds: seconds, nanos: Int32(nanos))
        if Timestamp.validSecondsRange.contains(seconds) {
            #expect(try codec.decodeNotification(from: prefix + suiteCase.bytes).createdAt == expected)
            // The suite lists each timestamp in its smallest form, which is what the encoder must write.
            let encoded = try MessagePackCodec(keyStyle: .fieldNumbers).encodedBytes(
                NotificationMessage(createdAt: expected)
            )
            #expect(encoded == [0x81, 0x03] + suiteCase.bytes)
        } else {
            expectDecodeError(prefix + suiteCase.bytes, .invalidValue, offset: prefix.count, path: "createdAt")
        }
    }

    @Test(arguments: Case.all.filter { $0.value == .none })
    func nilForKnownFieldsIsTheDefault(suiteCase: Case) throws {
        let bytes = B.map([
            (B.str("id"), suiteCase.bytes), ([0x03], suiteCase.bytes), (B.str("actor"), suiteCase.bytes),
            ([0x0C], suiteCase.bytes), (B.str("tags"), suiteCase.bytes), (B.str("url"), B.str("u")),
        ])
        #expect(try codec.decodeNotification(from: bytes) == NotificationMessage(url: "u"))
    }

    @Test(arguments: Case.all.filter(\.isContainer))
    func arraysReadBackAsTagsAndMapsAsData(suiteCase: Case) throws {
        switch suiteCase.value {
        case .array(let elements):
            let prefix = B.map(1) + B.str("tags")
            let strings = elements.compactMap { if case .string(let text) = $0 { text } else { nil } }
            if strings.count == elements.count {
                #expect(try codec.decodeNotification(from: prefix + suiteCase.bytes).tags == strings)
            } else {
                let error = #expect(throws: CodecError.self) {
                    try codec.decodeNotification(from: prefix + suiteCase.bytes)
                }
                #expect(error?.code == .typeMismatch)
                #expect(error?.path.hasPrefix("tags[0]") == true)
            }
        case .map(let entries):
            let prefix = B.map(1) + B.str("data")
            let strings = entries.compactMapValues { if case .string(let text) = $0 { text } else { nil } }
            if strings.count == entries.count {
                #expect(try codec.decodeNotification(from: prefix + suiteCase.bytes).data == strings)
            } else {
                let error = #expect(throws: CodecError.self) {
                    try codec.decodeNotification(from: prefix + suiteCase.bytes)
                }
                #expect(error?.code == .typeMismatch)
                #expect(error?.path == "data[\"a\"]")
            }
        default:
            Issue.record("not a container: \(suiteCase)")
        }
    }

    @Test(arguments: Case.all.filter(\.isBinaryOrExtension))
    func binaryAndExtensionsAreTheWrongTypeForStringsAndTimestamps(suiteCase: Case) {
        let id = B.map(1) + B.str("id")
        expectDecodeError(id + suiteCase.bytes, .typeMismatch, offset: id.count, path: "id")
        let createdAt = B.map(1) + B.str("createdAt")
        expectDecodeError(createdAt + suiteCase.bytes, .typeMismatch, offset: createdAt.count, path: "createdAt")
    }
}

extension MessagePackConformanceCase {
    var isNumber: Bool {
        switch value {
        case .integer, .float, .bignum: true
        default: false
        }
    }

    var isContainer: Bool {
        switch value {
        case .array, .map: true
        default: false
        }
    }

    var isBinaryOrExtension: Bool {
        switch value {
        case .binary, .ext: true
        default: false
        }
    }

    /// The value as an unsigned 64-bit integer, or `nil` when it is negative or has a fraction.
    var unsignedValue: UInt64? {
        switch value {
        case .integer(let integer): UInt64(exactly: integer)
        case .bignum(let text): UInt64(text)
        default: nil
        }
    }

    /// The value as a signed 64-bit integer, or `nil` when it does not fit or has a fraction.
    var signedValue: Int64? {
        switch value {
        case .integer(let integer): integer
        case .bignum(let text): Int64(text)
        default: nil
        }
    }
}
