import NIOCore

extension WebSocketFrameEncoder {
    /// Frames the payload written at `[start + headroom, writerIndex)` of `buffer`, `headroom` bytes having
    /// been reserved before it: splits it into fragments of at most ``maxFramePayloadBytes``, shifts each
    /// fragment in place to make room for the headers before it, writes the headers and masks the payloads.
    func frameInPlace(opcode: WebSocketOpcode, start: Int, headroom: Int, into buffer: inout ByteBuffer) {
        let payloadStart = start + headroom
        let length = buffer.writerIndex - payloadStart
        let masked = role.masksOutgoingFrames
        let fragmentSize = maxFramePayloadBytes ?? Int.max
        let fragmentCount = length <= fragmentSize ? 1 : (length - 1) / fragmentSize + 1
        var headerBytes = 0
        for index in 0..<fragmentCount {
            headerBytes += WebSocketFrameHeader.encodedSize(
                payloadLength: fragmentLength(index, of: length, size: fragmentSize), masked: masked)
        }
        let end = start + headerBytes + length
        if end > buffer.writerIndex { buffer.writeRepeatingByte(0, count: end - buffer.writerIndex) }
        let base = start - buffer.readerIndex
        // The shifts live in temporary memory (on the stack for the usual few fragments), so that framing into
        // a reused buffer allocates nothing.
        withUnsafeTemporaryAllocation(of: Int.self, capacity: fragmentCount) { shifts in
            // The shift of fragment i is (headers up to and including i) - headroom: it never decreases with
            // i, so fragments moving right are moved last first, those moving left first first.
            var headersSoFar = 0
            for index in 0..<fragmentCount {
                headersSoFar += WebSocketFrameHeader.encodedSize(
                    payloadLength: fragmentLength(index, of: length, size: fragmentSize), masked: masked)
                shifts.initializeElement(at: index, to: headersSoFar - headroom)
            }
            buffer.withUnsafeMutableReadableBytes { raw in
                func move(_ index: Int) {
                    let shift = shifts[index]
                    let count = fragmentLength(index, of: length, size: fragmentSize)
                    guard shift != 0, count > 0, let address = raw.baseAddress else { return }
                    let source = base + headroom + index * fragmentSize
                    (address + source + shift).copyMemory(from: address + source, byteCount: count)
                }
                for index in (0..<fragmentCount).reversed() where shifts[index] > 0 { move(index) }
                for index in 0..<fragmentCount where shifts[index] < 0 { move(index) }
                var position = base
                for index in 0..<fragmentCount {
                    let count = fragmentLength(index, of: length, size: fragmentSize)
                    let key = masked ? maskingKeySource() : nil
                    position = Self.writeHeader(
                        fin: index == fragmentCount - 1, opcode: index == 0 ? opcode : .continuation,
                        length: count, key: key, into: raw, at: position)
                    if let key {
                        key.apply(to: UnsafeMutableRawBufferPointer(rebasing: raw[position..<position + count]))
                    }
                    position += count
                }
            }
        }
        buffer.moveWriterIndex(to: end)
    }

    /// The length of fragment `index` of a `length`-byte payload cut every `size` bytes.
    private func fragmentLength(_ index: Int, of length: Int, size: Int) -> Int {
        let offset = index * size
        return min(size, length - offset)
    }

    /// Writes a header with the minimal length form at `offset` of `raw`; returns the offset after it.
    private static func writeHeader(
        fin: Bool,
        opcode: WebSocketOpcode,
        length: Int,
        key: WebSocketMaskingKey?,
        into raw: UnsafeMutableRawBufferPointer,
        at offset: Int
    ) -> Int {
        var position = offset
        raw[position] = (fin ? 0x80 : 0) | opcode.rawValue
        let maskBit: UInt8 = key == nil ? 0 : 0x80
        if length < 126 {
            raw[position + 1] = maskBit | UInt8(length)
            position += 2
        } else if length <= 0xFFFF {
            raw[position + 1] = maskBit | 126
            raw.storeBytes(of: UInt16(length).bigEndian, toByteOffset: position + 2, as: UInt16.self)
            position += 4
        } else {
            raw[position + 1] = maskBit | 127
            raw.storeBytes(of: UInt64(length).bigEndian, toByteOffset: position + 2, as: UInt64.self)
            position += 10
        }
        if let key {
            raw.storeBytes(of: key.value.bigEndian, toByteOffset: position, as: UInt32.self)
            position += 4
        }
        return position
    }
}
