import NotifyWireCore
import NotifyWireJSON
import NotifyWireProtobuf
import NotifyWireValidation
import Testing

/// The model metadata `schema check` compares with the `.proto` is the model's: a notification with exactly
/// one field set encodes, in JSON, to exactly that field's JSON name and, in protobuf, to its field number.
@Suite struct NotificationSchemaDescriptionTests {
    /// One notification per field, with only that field set to a non-default value.
    static let oneFieldSet: [(jsonName: String, notification: NotificationMessage)] = [
        ("id", NotificationMessage(id: "x")),
        ("kind", NotificationMessage(kind: .comment)),
        ("createdAt", NotificationMessage(createdAt: Timestamp(seconds: 1))),
        ("recipientId", NotificationMessage(recipientID: "x")),
        ("actor", NotificationMessage(actor: NotificationActor(id: "a"))),
        ("title", NotificationMessage(title: "x")),
        ("body", NotificationMessage(body: "x")),
        ("subject", NotificationMessage(subject: NotificationSubject(type: "t"))),
        ("priority", NotificationMessage(priority: .high)),
        ("read", NotificationMessage(read: true)),
        ("data", NotificationMessage(data: ["k": "v"])),
        ("sequence", NotificationMessage(sequence: 1)),
        ("url", NotificationMessage(url: "x")),
        ("tags", NotificationMessage(tags: ["x"])),
    ]

    @Test func everyFieldOfTheDescriptionIsCovered() {
        #expect(Self.oneFieldSet.map(\.jsonName) == NotificationSchemaDescription.notification.fields.map(\.jsonName))
    }

    @Test(arguments: 0..<oneFieldSet.count)
    func fieldEncodesUnderItsDescribedNameAndNumber(index: Int) throws {
        let (jsonName, notification) = Self.oneFieldSet[index]
        let field = try #require(NotificationSchemaDescription.notification.field(jsonName: jsonName))
        let json = try #require(JSONValue(parsing: try JSONCodec().encodedBytes(notification)))
        guard case .object(let members) = json else {
            Issue.record("not an object")
            return
        }
        #expect(Array(members.keys) == [jsonName])
        let protobuf = try ProtobufCodec().encodedBytes(notification)
        // Every field number here is below 16, so the tag is one byte: number << 3 | wire type.
        #expect(protobuf.first.map { Int32($0 >> 3) } == field.number)
    }

    @Test func actorAndSubjectFieldsEncodeUnderTheirNames() throws {
        let notification = NotificationMessage(
            actor: NotificationActor(id: "a", displayName: "b", avatarURL: "c"),
            subject: NotificationSubject(type: "t", id: "i", parentID: "p"))
        let json = try #require(JSONValue(parsing: try JSONCodec().encodedBytes(notification)))
        guard case .object(let actor) = json["actor"] ?? .null, case .object(let subject) = json["subject"] ?? .null
        else {
            Issue.record("actor or subject missing")
            return
        }
        #expect(Set(actor.keys) == Set(NotificationSchemaDescription.actor.fields.map(\.jsonName)))
        #expect(Set(subject.keys) == Set(NotificationSchemaDescription.subject.fields.map(\.jsonName)))
    }

    @Test func enumsComeFromTheModel() {
        let kinds = NotificationSchemaDescription.enums["notify.v1.Kind"] ?? []
        #expect(kinds.map(\.number) == NotificationKind.knownValues.map(\.rawValue))
        #expect(kinds.first?.name == "KIND_UNSPECIFIED")
    }
}
