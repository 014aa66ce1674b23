#if Hummingbird
    /// The demo page that `GET /` serves: one self-contained HTML document (no external assets, no build step).
    public enum DemoPage {
        /// The page's HTML, UTF-8.
        public static let html: String = """
            <!doctype html><html><head><meta charset="utf-8"><title>NotifyWire</title></head><body></body></html>
            """
    }
#endif
