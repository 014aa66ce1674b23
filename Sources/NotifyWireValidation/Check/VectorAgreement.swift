import Foundation
import NotifyWireCore
import NotifyWireJSON
import NotifyWireMessagePack
import NotifyWireProtobuf

/// Checks the golden vectors (`NAME.json`, `NAME.names.msgpack`, `NAME.numbers.msgpack`, `NAME.pb`): each decodes
/// to the same model in its codec, and re-encodes to exactly its bytes. Vectors named `batch*` hold batches.
enum VectorAgreement {
    /// The forms of one vector: file suffix and codec.
    private static let forms: [(suffix: String, codec: any NotificationCodec)] = [
        (".json", JSONCodec()),
        (".names.msgpack", MessagePackCodec(keyStyle: .names)),
        (".numbers.msgpack", MessagePackCodec(keyStyle: .fieldNumbers)),
        (".pb", ProtobufCodec()),
    ]

    /// Model values compared across forms.
    private enum Decoded: Equatable {
        case notification(NotificationMessage)
        case batch(NotificationBatch)
    }

    static func disagreements(in folder: URL) -> (checked: Int, found: [SchemaDisagreement]) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else {
            return (0, [SchemaDisagreement(file: folder.path, message: "the vectors folder cannot be listed")])
        }
        let stems = Set(
            names.compactMap { name in forms.first { name.hasSuffix($0.suffix) }.map { name.dropLast($0.suffix.count) }
            })
        var found: [SchemaDisagreement] = []
        var checked = 0
        for stem in stems.sorted() {
            var reference: (file: String, value: Decoded)?
            for form in forms {
                let path = folder.appendingPathComponent(stem + form.suffix).path
                guard let data = FileManager.default.contents(atPath: path) else {
                    found.append(SchemaDisagreement(file: path, message: "the vector is missing in this form"))
                    continue
                }
                checked += 1
                let bytes = [UInt8](data)
                let decoded: Decoded
                let encoded: [UInt8]
                do {
                    if stem.hasPrefix("batch") {
                        let batch = try form.codec.decodeBatch(from: bytes)
                        decoded = .batch(batch)
                        encoded = try form.codec.encodedBytes(batch)
                    } else {
                        let notification = try form.codec.decodeNotification(from: bytes)
                        decoded = .notification(notification)
                        encoded = try form.codec.encodedBytes(notification)
                    }
                } catch {
                    found.append(SchemaDisagreement(file: path, message: "does not decode: \(error)"))
                    continue
                }
                if encoded != bytes {
                    let at =
                        zip(encoded, bytes).enumerated().first { $0.element.0 != $0.element.1 }?.offset
                        ?? min(encoded.count, bytes.count)
                    found.append(
                        SchemaDisagreement(
                            file: path, message: "re-encodes to different bytes (first difference at byte \(at))"))
                }
                if let reference {
                    if reference.value != decoded {
                        found.append(
                            SchemaDisagreement(
                                file: path, message: "decodes to a different model than \(reference.file)"))
                    }
                } else {
                    reference = (path, decoded)
                }
            }
        }
        return (checked, found)
    }
}
