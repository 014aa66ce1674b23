// The Hummingbird integration exists only with the package's `Hummingbird` trait:
// `swift build --traits Hummingbird`, or `traits: ["Hummingbird"]` on the `.package` line of an app.
