public import NotifyWireCore
import NotifyWireJSON
import NotifyWireMessagePack
import NotifyWireProtobuf

/// Validates payload files: decodes each strictly with its codec, then checks ``ValidationRules`` and, in
/// strict mode, that no field is unknown. Reports every problem it finds, not just the first.
public struct PayloadValidator: Sendable {
    /// How the format of each file is chosen.
    public var format: PayloadFormat
    /// Whether files hold a `NotificationBatch` instead of a single `Notification`.
    public var isBatch: Bool
    /// Whether unknown fields (and, in JSON, snake_case names and `null`) are errors.
    public var isStrict: Bool
    /// The limits the decoders enforce.
    public var limits: DecodingLimits

    /// Creates a validator.
    public init(
        format: PayloadFormat = .auto, isBatch: Bool = false, isStrict: Bool = false, limits: DecodingLimits = .default
    ) {
        self.format = format
        self.isBatch = isBatch
        self.isStrict = isStrict
        self.limits = limits
    }

    /// Validates the bytes of one file named `file`.
    public func validate(_ bytes: [UInt8], file: String) -> FileValidation {
        let wireFormat = format.resolve(fileName: file, bytes: bytes)
        let codec = Self.codec(for: wireFormat, limits: limits)
        let checker = NotificationRuleChecker()
        var issues: [ValidationIssue] = []
        do {
            if isBatch {
                issues += checker.issues(in: try codec.decodeBatch(from: bytes))
            } else {
                issues += checker.issues(in: try codec.decodeNotification(from: bytes))
            }
        } catch {
            return FileValidation(file: file, format: wireFormat, issues: [Self.issue(for: error, in: bytes)])
        }
        if isStrict {
            issues = strictIssues(bytes, format: wireFormat) + issues
        }
        if wireFormat == .json && !issues.isEmpty {
            // Rule issues point at their value; strict issues at their value when the codec knows the member
            // (`null` values), else (unknown or snake_case names) at the `{` of the object that holds them.
            issues = JSONIssueLocator(bytes: bytes, isBatch: isBatch, limits: limits).locating(issues)
        }
        return FileValidation(file: file, format: wireFormat, issues: issues)
    }

    private func strictIssues(_ bytes: [UInt8], format: WireFormat) -> [ValidationIssue] {
        if format == .json { return StrictJSONMembers.issues(in: bytes, isBatch: isBatch) }
        if format == .protobuf { return StrictProtobufFields.issues(in: bytes, isBatch: isBatch) }
        if format == .messagePack { return StrictMessagePackKeys.issues(in: bytes, isBatch: isBatch) }
        return []
    }

    /// The codec of a format.
    static func codec(for format: WireFormat, limits: DecodingLimits) -> any NotificationCodec {
        if format == .messagePack { return MessagePackCodec(limits: limits) }
        if format == .protobuf { return ProtobufCodec(limits: limits) }
        return JSONCodec(limits: limits)
    }

    /// A decoding error as an issue, with line and column for JSON.
    static func issue(for error: CodecError, in bytes: [UInt8]) -> ValidationIssue {
        var issue = ValidationIssue(
            rule: "decode." + error.code.name, path: error.path, offset: error.offset, message: error.message)
        if error.format == .json, let offset = error.offset, let position = TextPosition(offset: offset, in: bytes) {
            issue.line = position.line
            issue.column = position.column
        }
        return issue
    }
}
