public import Foundation

/// Reads a file or standard input line by line in fixed-size chunks, so that a file larger
/// than memory streams.
public final class LineReader {
    private let handle: FileHandle?
    private var buffer: [UInt8] = []
    private var start = 0
    /// Where the search for the next newline resumes, so a long line is scanned once.
    private var scanned = 0
    private var finished = false
    private static let chunkSize = 1 << 20

    public init(handle: FileHandle) {
        self.handle = handle
    }

    /// Lines of bytes in memory.
    public init(bytes: [UInt8]) {
        handle = nil
        buffer = bytes
        finished = true
    }

    /// The next line without its `\n` (and without a final `\r`), or `nil` at the end.
    public func nextLine() -> ArraySlice<UInt8>? {
        while true {
            if let newline = Self.firstNewline(in: buffer, from: max(start, scanned)) {
                var line = buffer[start..<newline]
                start = newline + 1
                scanned = start
                if line.last == UInt8(ascii: "\r") { line = line.dropLast() }
                releaseLongLine()
                return line
            }
            if finished {
                guard start < buffer.count else { return nil }
                let line = buffer[start...]
                start = buffer.count
                releaseLongLine()
                return line
            }
            // Drop what was consumed, then read more.
            scanned = buffer.count - start
            buffer.removeSubrange(0..<start)
            start = 0
            guard let handle else {
                finished = true
                continue
            }
            let data = handle.readData(ofLength: Self.chunkSize)
            if data.isEmpty { finished = true } else { buffer.append(contentsOf: data) }
        }
    }

    /// The index of the first `\n` in `buffer[from...]`, found with `memchr` (vectorized; the
    /// generic `firstIndex(of:)` compares byte by byte).
    private static func firstNewline(in buffer: [UInt8], from: Int) -> Int? {
        guard from < buffer.count else { return nil }
        return buffer.withUnsafeBufferPointer { bytes in
            guard let base = bytes.baseAddress, let found = memchr(base + from, Int32(UInt8(ascii: "\n")), bytes.count - from) else { return nil }
            return UnsafeRawPointer(found) - UnsafeRawPointer(base)
        }
    }

    /// After a line longer than ``longLine``, moves what follows it into a buffer of its own,
    /// so that the long line's storage is freed when the caller drops the line rather than kept
    /// as capacity for the rest of the file (one 100 MB record would otherwise hold 128 MB).
    private func releaseLongLine() {
        guard buffer.capacity > Self.longLine, handle != nil else { return }
        buffer = Array(buffer[start...])
        start = 0
        scanned = 0
    }

    /// Lines up to four read chunks long keep the buffer they were read into.
    private static let longLine = 4 * chunkSize
}
