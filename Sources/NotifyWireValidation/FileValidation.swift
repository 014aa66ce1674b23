public import NotifyWireCore

/// The result of validating one file: its format and every issue found.
public struct FileValidation: Hashable, Sendable {
    /// The file as named on the command line.
    public var file: String
    /// The format it was read as; `nil` when it could not be read.
    public var format: WireFormat?
    /// Every problem found; empty for a valid file.
    public var issues: [ValidationIssue]

    /// Creates a result.
    public init(file: String, format: WireFormat?, issues: [ValidationIssue]) {
        self.file = file
        self.format = format
        self.issues = issues
    }

    /// Whether the file is valid.
    public var isValid: Bool { issues.isEmpty }
}
