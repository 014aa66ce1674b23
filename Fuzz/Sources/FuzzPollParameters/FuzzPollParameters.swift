import FuzzSupport
import HTTPTypes
import NIOCore
import NotifyWire

/// Fuzzes the parameters of a poll as the routes hand them over: `PollResponder.respond(to:)` over a small
/// log (sequences 3 to 8 retained of 1 to 8, for two recipients) and `UInt64(decimalDigits:)`, which reads
/// every cursor, limit, wait and `Last-Event-ID`.
///
/// Input: the fields `Accept`, `cursor`, `limit`, `If-None-Match` and `recipient`, separated by NUL bytes;
/// a field that is not there is absent.
///
/// Properties: `UInt64(decimalDigits:)` accepts exactly one or more ASCII digits whose value fits; the
/// response is 400 exactly when the cursor or the limit is invalid (an empty one counts as absent); a 200's
/// body decodes in its codec to the batch it reports, with at most `limit` notifications, in ascending
/// sequence after the cursor, all for the recipient when one is named; a 304 comes only with an
/// `If-None-Match`.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let fields = UnsafeRawBufferPointer(start: data, count: size).split(separator: 0, omittingEmptySubsequences: false)
        .map { String(decoding: $0, as: UTF8.self) }
    func field(_ index: Int) -> String? { index < fields.count ? fields[index] : nil }
    let request = PollRequest(
        accept: field(0), cursor: field(1), limit: field(2), ifNoneMatch: field(3), recipient: field(4))
    for text in fields { checkDecimalDigits(text) }

    let cursor = request.cursor.flatMap { $0.isEmpty ? nil : referenceDecimal($0) }
    let cursorValid = (request.cursor ?? "").isEmpty || cursor != nil
    let limit = request.limit.flatMap { $0.isEmpty ? nil : referenceDecimal($0) }
    let limitValid = (request.limit ?? "").isEmpty || limit.map { (1...UInt64(options.maxLimit)).contains($0) } == true
    let response = responder.respond(to: request)
    FuzzProperties.check(
        (response.status == .badRequest) == !(cursorValid && limitValid),
        "\(request) answered \(response.status) (cursor valid: \(cursorValid), limit valid: \(limitValid))")
    if response.status == .notModified {
        FuzzProperties.check(request.ifNoneMatch != nil, "304 without If-None-Match")
    }
    guard response.status == .ok else { return 0 }
    guard let codec = response.codec, let batch = response.batch else {
        FuzzProperties.fail("a 200 without its codec or batch")
    }
    do {
        let decoded = try codec.decodeBatch(from: response.body)
        FuzzProperties.check(decoded == batch, "the body decodes to \(decoded), not to \(batch)")
    } catch {
        FuzzProperties.fail("the body of a 200 does not decode: \(error)")
    }
    let sequences = batch.notifications.map(\.sequence)
    FuzzProperties.check(
        sequences.count <= Int(limit ?? UInt64(options.defaultLimit)), "\(sequences.count) over the limit")
    FuzzProperties.check(
        sequences == sequences.sorted() && Set(sequences).count == sequences.count, "order \(sequences)")
    if let cursor { FuzzProperties.check(sequences.allSatisfy { $0 > cursor }, "\(sequences) not after \(cursor)") }
    if let recipient = request.recipient {
        FuzzProperties.check(batch.notifications.allSatisfy { $0.recipientID == recipient }, "another's notification")
    }
    return 0
}

private let options = PollOptions(defaultLimit: 2, maxLimit: 3)

private let responder: PollResponder = {
    let log = ReplayLog<NotificationMessage>(limits: ReplayLogLimits(maxEntries: 6))
    for sequence in UInt64(1)...8 {
        let recipient = sequence % 2 == 0 ? "alice" : "bob"
        let notification = NotificationMessage(
            id: "n\(sequence)", recipientID: recipient, title: "title \(sequence)", sequence: sequence)
        _ = log.append(notification, sequence: sequence, byteCount: 64, partition: recipient)
    }
    return PollResponder(log: log, registry: .standard, options: options)
}()

/// The rule, written independently of `UInt64(decimalDigits:)`.
private func referenceDecimal(_ text: String) -> UInt64? {
    guard !text.isEmpty, text.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
    return UInt64(text)
}

private func checkDecimalDigits(_ text: String) {
    let ours = UInt64(decimalDigits: text)
    let reference = referenceDecimal(text)
    FuzzProperties.check(
        ours == reference,
        "UInt64(decimalDigits: \(text.debugDescription)) is \(String(describing: ours)), not \(String(describing: reference))"
    )
}

FuzzDriver.run(fuzzOneInput)
