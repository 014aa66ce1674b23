import NIOCore
import NotifyWireCore

/// Carries U+0000 through protobuf-c, whose strings are NUL-terminated `char *`: a string holding U+0000
/// is valid Protocol Buffers (and valid JSON, `\u0000`, and MessagePack), so the codec must read and
/// write it exactly.
///
/// The substitute is the byte 0xFF, which never occurs in UTF-8. protobuf-c copies string bytes without
/// looking at them, so:
/// - decoding: ``ProtobufWireScanner`` validates the input and returns the strings that hold U+0000; only
///   then is the input copied once with 0x00 turned into 0xFF inside those strings (nowhere else), and the
///   model reader turns 0xFF back into 0x00 in every string it copies out;
/// - encoding: ``CStringTable`` hands protobuf-c copies of the strings with 0x00 turned into 0xFF (one byte
///   for one, so every length and size stays right), and once packed, the strings of the output (found by
///   ``ProtobufWireScanner/stringBodies(of:as:)``) get 0x00 back.
///
/// A notification without U+0000 never takes these paths.
enum ProtobufNULSubstitution {
    /// What stands for 0x00 while protobuf-c holds a string.
    static let substitute: UInt8 = 0xFF

    /// Runs `body` over a copy of `bytes` in which every 0x00 inside `strings` is the substitute.
    static func withSubstitutes<Value>(
        _ bytes: UnsafeRawBufferPointer,
        in strings: [Range<Int>],
        _ body: (UnsafeRawBufferPointer) -> Value
    ) -> Value {
        var copy = Array(bytes)
        for range in strings where range.lowerBound >= 0 && range.upperBound <= copy.count {
            for index in range where copy[index] == 0 { copy[index] = substitute }
        }
        return copy.withUnsafeBytes(body)
    }

    /// The string at `pointer` (NUL-terminated), with every substitute turned back into U+0000.
    static func restoredString(_ pointer: UnsafePointer<CChar>) -> String {
        let bytes = UnsafeRawPointer(pointer).assumingMemoryBound(to: UInt8.self)
        var length = 0
        while bytes[length] != 0 { length += 1 }
        let buffer = UnsafeBufferPointer(start: bytes, count: length)
        guard buffer.contains(substitute) else { return String(decoding: buffer, as: UTF8.self) }
        return String(decoding: buffer.map { $0 == substitute ? 0 : $0 }, as: UTF8.self)
    }

    /// Turns the substitutes inside the strings of the message of `type` written at `start...` of `buffer`
    /// back into 0x00. Returns `false` if the bytes do not scan (they always do: this package wrote them).
    static func restore(in buffer: inout ByteBuffer, from start: Int, as type: ProtobufMessageType) -> Bool {
        let readerIndex = buffer.readerIndex
        guard start >= readerIndex, start <= buffer.writerIndex else { return false }
        return buffer.withUnsafeMutableReadableBytes { readable in
            let offset = start - readerIndex
            let region = UnsafeMutableRawBufferPointer(rebasing: readable[offset..<readable.count])
            guard let strings = ProtobufWireScanner.stringBodies(of: UnsafeRawBufferPointer(region), as: type) else {
                return false
            }
            for range in strings where range.lowerBound >= 0 && range.upperBound <= region.count {
                for index in range where region[index] == substitute { region[index] = 0 }
            }
            return true
        }
    }

    /// Whether the NUL-terminated key `lhs` sorts before `rhs` by the bytes of the keys they stand for:
    /// `strcmp`'s order, with the substitute read as 0x00 (still after the end of a shorter key).
    static func precedes(_ lhs: UnsafePointer<CChar>, _ rhs: UnsafePointer<CChar>) -> Bool {
        let left = UnsafeRawPointer(lhs).assumingMemoryBound(to: UInt8.self)
        let right = UnsafeRawPointer(rhs).assumingMemoryBound(to: UInt8.self)
        var index = 0
        while true {
            let (a, b) = (left[index], right[index])
            if a != b { return rank(a) < rank(b) }
            if a == 0 { return false }
            index += 1
        }
    }

    /// The end of a key first, then the substitute (U+0000), then every other byte in order.
    private static func rank(_ byte: UInt8) -> Int {
        byte == 0 ? 0 : byte == substitute ? 1 : Int(byte) + 1
    }
}
