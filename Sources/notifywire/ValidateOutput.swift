import ArgumentParser

/// How `validate` and `schema` report (`--output`).
enum ValidateOutput: String, CaseIterable, ExpressibleByArgument {
    case text
    case json
    case github
}
