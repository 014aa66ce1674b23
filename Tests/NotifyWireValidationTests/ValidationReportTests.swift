import NotifyWireCore
import NotifyWireValidation
import Testing

/// The report formats: GitHub's escaping rules, and a JSON report that Foundation reads back.
@Suite struct ValidationReportTests {
    private static let report = ValidationReport(files: [
        FileValidation(
            file: "dir,a:b.json", format: .json,
            issues: [
                ValidationIssue(
                    rule: "decode.malformed", path: "", offset: 7, line: 2, column: 3, message: "100% wrong\nreally")
            ]),
        FileValidation(file: "ok.pb", format: .protobuf, issues: []),
    ])

    @Test func githubEscapesPropertiesAndData() {
        // Per the workflow-command rules: in data `%`, CR and LF are escaped; in properties also `:` and `,`.
        #expect(
            Self.report.githubAnnotations
                == "::error file=dir%2Ca%3Ab.json,line=2,col=3,title=notifywire validate%3A decode.malformed::"
                + "100%25 wrong%0Areally\n")
    }

    @Test func jsonReportReadsBack() throws {
        let json = try #require(JSONValue(parsing: Array(Self.report.json.utf8)))
        #expect(json["valid"] == .bool(false))
        guard case .array(let files) = json["files"] ?? .null else {
            Issue.record("files is not an array")
            return
        }
        #expect(files.count == 2)
        #expect(files[0]["format"] == .string("json"))
        guard case .array(let issues) = files[0]["issues"] ?? .null else {
            Issue.record("issues is not an array")
            return
        }
        #expect(issues.first?["line"] == .integer(2))
        #expect(issues.first?["message"] == .string("100% wrong\nreally"))
        #expect(files[1]["valid"] == .bool(true))
    }

    @Test func textCountsInvalidFiles() {
        let lines = Self.report.text.split(separator: "\n").map(String.init)
        #expect(lines.first?.hasPrefix("dir,a:b.json:2:3: error: 100% wrong") == true)
        #expect(lines.last == "2 files checked, 1 invalid")
        #expect(lines.contains("ok.pb: valid"))
    }
}
