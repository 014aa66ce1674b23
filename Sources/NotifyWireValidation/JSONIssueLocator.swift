import NotifyWireCore
import NotifyWireJSON

/// Gives the issues of a JSON file (rule issues and `--strict` issues) their byte offset, line and column,
/// from the offsets of the member values that ``JSONCodec`` finds in the same (already decoded) bytes.
///
/// An issue points at the first byte of its field's value (the opening quote of a string, the `{` of an
/// object). A field that is absent from the document (a missing `createdAt`, say) points at the opening `{`
/// of the object that should hold it: the path loses its last component until it names a value that is
/// present, down to the root object. An unknown or snake_case member (a `--strict` issue), which the codec
/// does not record, points at the `{` of the object that holds it in the same way.
struct JSONIssueLocator {
    /// The file's bytes.
    let bytes: [UInt8]
    /// The offset of each member value, by path.
    let offsets: [String: Int]

    /// Finds the member values of `bytes`, read as a notification or a batch under `limits`.
    init(bytes: [UInt8], isBatch: Bool, limits: DecodingLimits) {
        self.bytes = bytes
        offsets = bytes.withUnsafeBytes { buffer in
            JSONCodec(limits: limits).memberValueOffsets(in: buffer, isBatch: isBatch)
        }
    }

    /// `issues` with the offset, line and column filled in where they were unknown and can be found.
    func locating(_ issues: [ValidationIssue]) -> [ValidationIssue] {
        issues.map { issue in
            guard issue.offset == nil, let offset = offset(of: issue.path),
                let position = TextPosition(offset: offset, in: bytes)
            else { return issue }
            var located = issue
            located.offset = offset
            located.line = position.line
            located.column = position.column
            return located
        }
    }

    /// The offset of the value at `path`, or of the nearest enclosing value present.
    func offset(of path: String) -> Int? {
        var path = Substring(path)
        while true {
            if let offset = offsets[String(path)] { return offset }
            if path.isEmpty { return nil }
            path = Self.enclosing(path)
        }
    }

    /// `path` without its last component: `notifications[1].createdAt` → `notifications[1]` → `notifications`
    /// → the empty root path.
    static func enclosing(_ path: Substring) -> Substring {
        if path.last == "]", let bracket = path.lastIndex(of: "[") {
            return path[..<bracket]
        }
        guard let dot = path.lastIndex(of: ".") else { return "" }
        return path[..<dot]
    }
}
