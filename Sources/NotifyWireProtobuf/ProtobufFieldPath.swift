/// The field path of the value the wire scanner is in (`notifications[2].actor.displayName`), kept in
/// fixed inline storage so that scanning allocates nothing; rendered only when an error is reported.
///
/// Only fields of known messages are pushed and unknown fields are skipped unparsed, so the schema
/// bounds the depth (`notifications[i].data[j]` is the deepest, four segments). Segments beyond
/// ``capacity`` are counted but not kept, so that pushing and truncating stay balanced whatever happens.
struct ProtobufFieldPath {
    /// The most segments kept.
    static let capacity = 8

    private var segments = InlineArray<8, ProtobufPathSegment>(repeating: .index(0))
    /// The number of segments pushed and not yet truncated.
    private(set) var count = 0

    /// Creates an empty path.
    init() {}

    /// Pushes `segment`.
    @inline(__always)
    mutating func append(_ segment: ProtobufPathSegment) {
        if count < Self.capacity { segments[count] = segment }
        count += 1
    }

    /// Replaces the last segment (a map entry's position, once its key is known).
    @inline(__always)
    mutating func replaceLast(with segment: ProtobufPathSegment) {
        guard count > 0, count <= Self.capacity else { return }
        segments[count - 1] = segment
    }

    /// Drops the segments after the first `newCount`.
    @inline(__always)
    mutating func truncate(to newCount: Int) {
        count = max(0, min(count, newCount))
    }

    /// The path as text, reading map keys from `input`.
    func render(input: UnsafeRawBufferPointer) -> String {
        var kept: [ProtobufPathSegment] = []
        for index in 0..<min(count, Self.capacity) { kept.append(segments[index]) }
        return ProtobufPathSegment.render(kept, input: input)
    }
}
