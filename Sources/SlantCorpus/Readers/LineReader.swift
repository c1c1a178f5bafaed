public import Foundation

/// Reads a file or standard input line by line in fixed-size chunks, so that a file larger
/// than memory streams.
///
/// Each chunk is read with `read(2)` straight into the end of one buffer that is kept for the
/// whole file (a `Data` per chunk, copied into the buffer, cost an allocation, its page faults
/// and a second copy of every byte).
public final class LineReader {
    private let handle: FileHandle?
    /// The bytes read and not yet handed out are `buffer[start..<filled]`; past `filled` the
    /// buffer is room for the next chunk.
    private var buffer: [UInt8] = []
    private var start = 0
    private var filled = 0
    /// Where the search for the next newline resumes, so a long line is scanned once.
    private var scanned = 0
    private var finished = false
    /// Why reading stopped early (`errno`'s message), if it did; the lines before are handed out.
    public private(set) var readError: String?
    private static let chunkSize = 1 << 20

    public init(handle: FileHandle) {
        self.handle = handle
    }

    /// Lines of bytes in memory.
    public init(bytes: [UInt8]) {
        handle = nil
        buffer = bytes
        filled = bytes.count
        finished = true
    }

    /// The next line without its `\n` (and without a final `\r`), or `nil` at the end.
    ///
    /// The line is a view of the reader's buffer: drop it before asking for the next one, or the
    /// next read copies the buffer.
    public func nextLine() -> ArraySlice<UInt8>? {
        while true {
            if let newline = firstNewline(from: max(start, scanned)) {
                var line = buffer[start..<newline]
                start = newline + 1
                scanned = start
                if line.last == UInt8(ascii: "\r") { line = line.dropLast() }
                releaseLongLine()
                return line
            }
            if finished {
                guard start < filled else { return nil }
                let line = buffer[start..<filled]
                start = filled
                releaseLongLine()
                return line
            }
            readChunk()
        }
    }

    /// Moves the unread bytes to the front of the buffer and reads up to a chunk after them.
    private func readChunk() {
        scanned = filled - start
        guard let handle else {
            finished = true
            return
        }
        let kept = filled - start
        if buffer.count < kept + Self.chunkSize { buffer.append(contentsOf: repeatElement(0, count: kept + Self.chunkSize - buffer.count)) }
        let descriptor = handle.fileDescriptor
        let read = buffer.withUnsafeMutableBufferPointer { bytes -> Int in
            let base = bytes.baseAddress!
            if start > 0 && kept > 0 { memmove(base, base + start, kept) }
            while true {
                let count = Foundation.read(descriptor, base + kept, Self.chunkSize)
                if count >= 0 || errno != EINTR { return count }
            }
        }
        start = 0
        filled = kept
        if read > 0 {
            filled += read
        } else {
            if read < 0 { readError = String(cString: strerror(errno)) }
            finished = true
        }
    }

    /// The index of the first `\n` in `buffer[from..<filled]`, found with `memchr` (vectorized;
    /// the generic `firstIndex(of:)` compares byte by byte).
    private func firstNewline(from: Int) -> Int? {
        guard from < filled else { return nil }
        return buffer.withUnsafeBufferPointer { bytes in
            guard let base = bytes.baseAddress, let found = memchr(base + from, Int32(UInt8(ascii: "\n")), filled - from) else { return nil }
            return UnsafeRawPointer(found) - UnsafeRawPointer(base)
        }
    }

    /// After a line longer than ``longLine``, moves what follows it into a buffer of its own,
    /// so that the long line's storage is freed when the caller drops the line rather than kept
    /// as room for the rest of the file (one 100 MB record would otherwise hold 128 MB).
    private func releaseLongLine() {
        guard buffer.count > Self.longLine, handle != nil else { return }
        buffer = Array(buffer[start..<filled])
        filled -= start
        start = 0
        scanned = 0
    }

    /// Lines up to four read chunks long keep the buffer they were read into.
    private static let longLine = 4 * chunkSize
}
