#if Hummingbird
    import Foundation
    import FoundationXML

    /// The elements of an SVG document, read with Foundation's XML parser (which fails on malformed XML).
    final class SVGElements: NSObject, XMLParserDelegate {
        struct Malformed: Error, CustomStringConvertible {
            let description: String
        }

        private(set) var elements: [(name: String, attributes: [String: String])] = []

        init(_ svg: String) throws {
            super.init()
            let parser = XMLParser(data: Data(svg.utf8))
            parser.delegate = self
            guard parser.parse() else {
                throw Malformed(
                    description: "the SVG is not well-formed XML: \(String(describing: parser.parserError))")
            }
        }

        func parser(
            _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
            attributes: [String: String] = [:]
        ) {
            elements.append((elementName, attributes))
        }

        /// The first element's name.
        var root: String? { elements.first?.name }

        /// The attributes of every element called `name`, in document order.
        func named(_ name: String) -> [[String: String]] { elements.filter { $0.name == name }.map(\.attributes) }
    }
#endif
