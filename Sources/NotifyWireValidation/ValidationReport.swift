import NotifyWireCore

/// The results of validating a set of files, written as text, JSON or GitHub Actions annotations.
public struct ValidationReport: Hashable, Sendable {
    /// One result per file, in the order given.
    public var files: [FileValidation]

    /// Creates a report.
    public init(files: [FileValidation]) {
        self.files = files
    }

    /// Whether every file is valid.
    public var isValid: Bool { files.allSatisfy(\.isValid) }

    /// One line per issue, `FILE:LINE:COL: error: PATH: MESSAGE [RULE]` (or `FILE: error: byte N: …` without a
    /// line), `FILE: valid` for a valid file, and a last line counting the invalid files.
    public var text: String {
        var lines: [String] = []
        for file in files {
            if file.isValid {
                lines.append("\(file.file): valid")
                continue
            }
            for issue in file.issues {
                var location = file.file
                if let line = issue.line, let column = issue.column {
                    location += ":\(line):\(column)"
                }
                var message = issue.summary
                if issue.line == nil, let offset = issue.offset {
                    message = "byte \(offset): " + message
                }
                lines.append("\(location): error: \(message) [\(issue.rule)]")
            }
        }
        let invalid = files.filter { !$0.isValid }.count
        lines.append("\(files.count) file\(files.count == 1 ? "" : "s") checked, \(invalid) invalid")
        return lines.joined(separator: "\n") + "\n"
    }

    /// A machine-readable report: `{"valid": Bool, "files": [{"file", "format", "valid", "issues": [...]}]}`,
    /// each issue with `rule`, `path`, `message` and, when known, `offset`, `line`, `column`.
    public var json: String {
        let documents: [JSONValue] = files.map { file in
            var members: [String: JSONValue] = [
                "file": .string(file.file),
                "valid": .bool(file.isValid),
                "issues": .array(file.issues.map(Self.json(for:))),
            ]
            if let format = file.format { members["format"] = .string(format.name) }
            return .object(members)
        }
        return JSONValue.object(["valid": .bool(isValid), "files": .array(documents)]).serialized() + "\n"
    }

    private static func json(for issue: ValidationIssue) -> JSONValue {
        var members: [String: JSONValue] = [
            "rule": .string(issue.rule), "path": .string(issue.path), "message": .string(issue.message),
        ]
        if let offset = issue.offset { members["offset"] = .integer(Int64(offset)) }
        if let line = issue.line { members["line"] = .integer(Int64(line)) }
        if let column = issue.column { members["column"] = .integer(Int64(column)) }
        return .object(members)
    }

    /// GitHub Actions workflow commands, one `::error file=…,line=…,col=…,title=…::…` per issue (`line` and
    /// `col` only when known), escaped as the runner expects.
    public var githubAnnotations: String {
        var lines: [String] = []
        for file in files {
            for issue in file.issues {
                var properties = ["file=" + Self.escapeProperty(file.file)]
                if let line = issue.line { properties.append("line=\(line)") }
                if let column = issue.column { properties.append("col=\(column)") }
                properties.append("title=" + Self.escapeProperty("notifywire validate: " + issue.rule))
                var message = issue.summary
                if issue.line == nil, let offset = issue.offset {
                    message = "byte \(offset): " + message
                }
                lines.append("::error " + properties.joined(separator: ",") + "::" + Self.escapeData(message))
            }
        }
        return lines.isEmpty ? "" : lines.joined(separator: "\n") + "\n"
    }

    /// Escapes a workflow command's message (`%`, CR, LF).
    public static func escapeData(_ text: String) -> String {
        text.replacing("%", with: "%25").replacing("\r", with: "%0D").replacing("\n", with: "%0A")
    }

    /// Escapes a workflow command's property value (as ``escapeData(_:)``, plus `:` and `,`).
    public static func escapeProperty(_ text: String) -> String {
        escapeData(text).replacing(":", with: "%3A").replacing(",", with: "%2C")
    }
}
