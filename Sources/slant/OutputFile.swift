import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A command's output: a named path or standard output, written through a buffer with POSIX
/// `open`/`write`, so that whatever the path names is written and never replaced.
///
/// - A device (`/dev/null`, `/dev/full`), a FIFO or a symlink's target is opened and written
///   through; only a regular file is truncated, and only when the first bytes are written (or at
///   ``finish()``), so a run that fails before writing leaves the old file as it was.
/// - An output that is one of the inputs (same device and inode), or a file inside an input
///   folder, is refused before anything is truncated.
/// - Every write is checked. The first failure (ENOSPC, EPIPE, EIO, ...) is kept, later writes
///   are dropped, and ``checkFailure()``, ``flush()`` and ``finish()`` throw it as an ``OutputError``,
///   which `slant` turns into one line on standard error and exit code 74 (EX_IOERR).
/// - With `atomic`, a regular file is replaced only at ``finish()``: the text goes to a temporary
///   file in the same folder, which is synced and renamed over the target (a symlink's target).
///   Devices and FIFOs are written through even then. Without ``finish()`` the temporary is removed.
/// - A run that gives up before it finishes calls ``abandon()``: a regular file this run created
///   and wrote nothing to is removed, so a failed run leaves no new empty file behind.
struct OutputFile {
    /// The path as given, or `<stdout>`: what error messages name.
    let displayName: String
    /// Device and inode of what is written (the target, not a symlink), for regular files only.
    let identity: FileIdentity?
    private let descriptor: Int32
    private var buffer: [UInt8] = []
    private var truncatePending: Bool
    private var failure: OutputError?
    private let replacement: AtomicReplacement?
    /// Whether `open` created the file (it did not exist before): only such a file is removed by
    /// ``abandon()``.
    private let createdHere: Bool
    /// Whether any byte reached the descriptor, or ``finish()`` or ``abandon()`` ran.
    private var wroteBytes = false
    private var closed = false
    /// Bytes buffered before a `write(2)`.
    private static let bufferSize = 1 << 16

    /// Standard output, without checks against inputs.
    init() {
        displayName = OutputError.standardOutputName
        descriptor = STDOUT_FILENO
        identity = nil
        truncatePending = false
        replacement = nil
        createdHere = false
    }

    /// Opens `path` for writing (standard output for `nil` or `-`) before any work is done.
    ///
    /// - Parameters:
    ///   - path: The file to write; created if missing (mode 0666 less the umask).
    ///   - inputs: The command's inputs (files, folders, `-`); the output may be none of them.
    ///   - atomic: Replace a regular file only when ``finish()`` is reached.
    /// - Throws: ``OutputError`` when the path cannot be opened or is one of the inputs.
    init(path: String?, inputs: [String], atomic: Bool = false) throws(OutputError) {
        let inputSet = InputIdentities(inputs)
        guard let path, path != "-" else {
            displayName = OutputError.standardOutputName
            descriptor = STDOUT_FILENO
            let current = FileIdentity(descriptor: STDOUT_FILENO)
            identity = current?.isRegularFile == true ? current : nil
            if let identity, let input = inputSet.input(matching: identity) {
                throw OutputError(path: displayName, kind: .sameAsInput(input))
            }
            truncatePending = false
            replacement = nil
            createdHere = false
            return
        }
        displayName = path
        // `lstat`: a dangling symlink is a name that existed too (opening it creates its target).
        var nameStatus = stat()
        let existed = lstat(path, &nameStatus) == 0
        // No O_TRUNC: the file is checked against the inputs before anything is lost.
        let opened = open(path, O_WRONLY | O_CREAT | O_CLOEXEC, 0o666)
        guard opened >= 0 else { throw OutputError(path: path, kind: .open(errno)) }
        guard let openedIdentity = FileIdentity(descriptor: opened) else {
            let code = errno
            close(opened)
            throw OutputError(path: path, kind: .open(code))
        }
        if openedIdentity.isRegularFile {
            var refusal: OutputError.Kind?
            if let input = inputSet.input(matching: openedIdentity) {
                refusal = .sameAsInput(input)
            } else if let folder = inputSet.folder(containing: path) {
                refusal = .insideInputFolder(folder)
            }
            if let refusal {
                close(opened)
                if !existed { unlink(path) }
                throw OutputError(path: path, kind: refusal)
            }
        }
        if atomic && openedIdentity.isRegularFile {
            close(opened)
            let made = try AtomicReplacement(target: path, displayName: path)
            descriptor = made.descriptor
            replacement = made
            truncatePending = false
        } else {
            descriptor = opened
            replacement = nil
            truncatePending = openedIdentity.isRegularFile
        }
        identity = openedIdentity.isRegularFile ? openedIdentity : nil
        createdHere = !existed && openedIdentity.isRegularFile
    }

    /// Buffers `text`; writes when the buffer is full. A failure is kept for ``checkFailure()``.
    mutating func write(_ text: String) {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= Self.bufferSize { drain() }
    }

    /// Buffers `bytes`; writes when the buffer is full.
    mutating func write(bytes: some Sequence<UInt8>) {
        buffer.append(contentsOf: bytes)
        if buffer.count >= Self.bufferSize { drain() }
    }

    /// Throws the first write failure, if any: lets a long run stop at the next record.
    func checkFailure() throws(OutputError) {
        if let failure { throw failure }
    }

    /// Writes what is buffered and throws the first failure.
    mutating func flush() throws(OutputError) {
        drain()
        try checkFailure()
    }

    /// Writes what is buffered, truncates a regular file that got no bytes, and, for an atomic
    /// output, syncs and renames the temporary over the target. Call once, at the end.
    mutating func finish() throws(OutputError) {
        closed = true
        drain()
        truncateIfPending()
        try checkFailure()
        if let replacement {
            try replacement.commit()
        } else if descriptor != STDOUT_FILENO {
            if close(descriptor) != 0 { throw OutputError(path: displayName, kind: .write(errno)) }
        }
    }

    /// Gives the output up after a failure elsewhere (a later output that cannot be opened,
    /// lexicons that do not load): the buffer is dropped and the descriptor closed; a regular
    /// file this run created is removed if nothing was written to it, and an atomic output's
    /// temporary is removed. An existing file was never truncated, so it stays as it was. Does
    /// nothing after ``finish()``.
    mutating func abandon() {
        guard !closed else { return }
        closed = true
        buffer.removeAll()
        if replacement == nil, descriptor != STDOUT_FILENO { close(descriptor) }
        replacement?.discard()
        // An atomic output's target was created empty by `open`; the text went to the temporary.
        if createdHere && (replacement != nil || !wroteBytes) { unlink(displayName) }
    }

    /// Runs `body` with this output; if it throws, the output is abandoned (``abandon()``) and
    /// the error rethrown, so a run that fails leaves no new empty file behind.
    mutating func abandoning<Result>(onError body: (inout OutputFile) throws -> Result) rethrows -> Result {
        do {
            return try body(&self)
        } catch {
            abandon()
            throw error
        }
    }

    /// Whether two outputs write the same regular file.
    static func refuseShared(_ outputs: [OutputFile]) throws(OutputError) {
        for (index, output) in outputs.enumerated() {
            guard let identity = output.identity else { continue }
            if let other = outputs[..<index].first(where: { $0.identity == identity }) {
                throw OutputError(path: output.displayName, kind: .sameAsOutput(other.displayName))
            }
        }
    }

    private mutating func truncateIfPending() {
        guard truncatePending, failure == nil else { return }
        truncatePending = false
        if ftruncate(descriptor, 0) != 0 { failure = OutputError(path: displayName, kind: .write(errno)) }
    }

    private mutating func drain() {
        guard failure == nil else {
            buffer.removeAll(keepingCapacity: true)
            return
        }
        truncateIfPending()
        guard !buffer.isEmpty, failure == nil else { return }
        let descriptor = descriptor
        let code: Int32? = buffer.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                let written = systemWrite(descriptor, raw.baseAddress! + offset, raw.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    return errno
                }
                offset += written
            }
            return nil
        }
        buffer.removeAll(keepingCapacity: true)
        wroteBytes = true
        if let code { failure = OutputError(path: displayName, kind: .write(code)) }
    }
}

extension Optional where Wrapped == OutputFile {
    /// ``OutputFile/abandoning(onError:)`` for an output that may not be asked for.
    mutating func abandoning<Result>(onError body: (inout OutputFile?) throws -> Result) rethrows -> Result {
        do {
            return try body(&self)
        } catch {
            self?.abandon()
            throw error
        }
    }
}

/// `write(2)`, named apart from ``OutputFile/write(_:)``.
func systemWrite(_ descriptor: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int {
    write(descriptor, bytes, count)
}

/// The temporary file of an atomic output; removed unless committed.
private final class AtomicReplacement {
    let descriptor: Int32
    private let temporaryPath: String
    private let targetPath: String
    private let displayName: String
    private var committed = false

    init(target: String, displayName: String) throws(OutputError) {
        // Rename over what a symlink points to, so the link stays a link.
        let resolved = URL(fileURLWithPath: target).resolvingSymlinksInPath().path
        targetPath = resolved
        self.displayName = displayName
        var template = Array((URL(fileURLWithPath: resolved).deletingLastPathComponent().path + "/.slant-XXXXXX").utf8CString)
        let made = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard made >= 0 else { throw OutputError(path: displayName, kind: .open(errno)) }
        descriptor = made
        temporaryPath = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        var status = stat()
        if stat(resolved, &status) == 0 { fchmod(made, status.st_mode & 0o7777) }
    }

    func commit() throws(OutputError) {
        guard fsync(descriptor) == 0, close(descriptor) == 0 else { throw OutputError(path: displayName, kind: .write(errno)) }
        guard rename(temporaryPath, targetPath) == 0 else { throw OutputError(path: displayName, kind: .write(errno)) }
        committed = true
    }

    /// Closes and removes the temporary now (a failed run); `deinit` then does nothing.
    func discard() {
        guard !committed else { return }
        committed = true
        close(descriptor)
        unlink(temporaryPath)
    }

    deinit {
        if !committed {
            close(descriptor)
            unlink(temporaryPath)
        }
    }
}

/// A file's device and inode: the same pair means the same file, whatever the path.
struct FileIdentity: Equatable {
    let device: UInt64
    let inode: UInt64
    let isRegularFile: Bool

    /// The identity of what `path` names, following symlinks; `nil` when it does not exist.
    init?(path: String) {
        var status = stat()
        guard stat(path, &status) == 0 else { return nil }
        self.init(status)
    }

    /// The identity of an open descriptor.
    init?(descriptor: Int32) {
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { return nil }
        self.init(status)
    }

    private init(_ status: stat) {
        device = UInt64(status.st_dev)
        inode = UInt64(status.st_ino)
        isRegularFile = (status.st_mode & S_IFMT) == S_IFREG
    }

    static func == (lhs: FileIdentity, rhs: FileIdentity) -> Bool {
        lhs.device == rhs.device && lhs.inode == rhs.inode
    }
}

/// The inputs of a command as identities (files, standard input) and resolved folders.
struct InputIdentities {
    private var files: [(name: String, identity: FileIdentity)] = []
    private var folders: [(name: String, resolved: String)] = []

    init(_ inputs: [String]) {
        for input in inputs {
            if input == "-" {
                if let identity = FileIdentity(descriptor: STDIN_FILENO), identity.isRegularFile {
                    files.append((OutputError.standardInputName, identity))
                }
                continue
            }
            guard let identity = FileIdentity(path: input) else { continue }
            if identity.isRegularFile {
                files.append((input, identity))
            } else {
                var isDirectory: ObjCBool = false
                if FileManager.default.fileExists(atPath: input, isDirectory: &isDirectory), isDirectory.boolValue {
                    folders.append((input, URL(fileURLWithPath: input).resolvingSymlinksInPath().path))
                }
            }
        }
    }

    /// The input that is the file `identity`.
    func input(matching identity: FileIdentity) -> String? {
        files.first { $0.identity == identity }?.name
    }

    /// The input folder that `path` (which exists) lies in.
    func folder(containing path: String) -> String? {
        let resolved = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
        return folders.first { resolved.hasPrefix($0.resolved.hasSuffix("/") ? $0.resolved : $0.resolved + "/") }?.name
    }
}

/// Why an output could not be opened or written; `slant` prints it as one line.
struct OutputError: Error, CustomStringConvertible {
    enum Kind {
        /// `open` failed with this errno.
        case open(Int32)
        /// `write`, `ftruncate`, `fsync`, `close` or `rename` failed with this errno.
        case write(Int32)
        /// The output is this input.
        case sameAsInput(String)
        /// The output lies in this input folder.
        case insideInputFolder(String)
        /// Another output of the same command writes this file.
        case sameAsOutput(String)
    }

    static let standardOutputName = "<stdout>"
    static let standardInputName = "<stdin>"

    let path: String
    let kind: Kind

    var description: String {
        switch kind {
        case .open(let code): "cannot open \(path) for writing: \(String(cString: strerror(code)))"
        case .write(let code): "cannot write \(path): \(String(cString: strerror(code)))"
        case .sameAsInput(let input):
            input == path ? "\(path) is an input and an output; write elsewhere"
                : "output \(path) is the input \(input); write elsewhere"
        case .insideInputFolder(let folder): "output \(path) lies in the input folder \(folder); write elsewhere"
        case .sameAsOutput(let other):
            other == path ? "\(path) is given for two outputs; give each output its own file"
                : "\(path) and \(other) are the same file; give each output its own file"
        }
    }

    /// sysexits.h: EX_CANTCREAT (73) for an output that cannot be created, EX_IOERR (74) for a
    /// failed write, EX_USAGE (64) for an output that is an input or another output.
    var exitCode: Int32 {
        switch kind {
        case .open: 73
        case .write: 74
        case .sameAsInput, .insideInputFolder, .sameAsOutput: 64
        }
    }
}
