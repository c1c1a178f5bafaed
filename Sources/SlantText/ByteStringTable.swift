/// An interning hash table from byte strings to dense integer ids, looked up straight from
/// UTF-8 bytes with no `String` or `Array` built per lookup.
///
/// Ids are assigned in insertion order from 0. Keys are stored once, back to back, in one
/// buffer. Lookups hash with ``KeyHash`` and probe linearly in a power-of-two slot array.
public struct ByteStringTable: Sendable, Hashable {
    @usableFromInline var storage: [UInt8] = []
    @usableFromInline var starts: [UInt32] = [0]
    @usableFromInline var hashes: [UInt64] = []
    @usableFromInline var slots: [Int32] = Array(repeating: -1, count: 16)

    /// An empty table.
    public init() {}

    /// A table holding `keys`, in order; a repeated key keeps its first id.
    public init<Keys: Sequence>(_ keys: Keys) where Keys.Element: StringProtocol {
        for key in keys { insert(key) }
    }

    /// The number of distinct keys.
    @inlinable public var count: Int { hashes.count }

    @inlinable
    static func hash(_ key: UnsafeBufferPointer<UInt8>) -> UInt64 { KeyHash.hash(key) }

    /// The id of `key`, or `nil` when it is absent.
    ///
    /// - Complexity: O(key length) expected.
    @inlinable
    public func id(of key: UnsafeBufferPointer<UInt8>) -> Int32? {
        id(of: key, keyHash: UInt32(truncatingIfNeeded: Self.hash(key)))
    }

    /// The id of `key`, whose hash the caller already has: the low 32 bits of its ``KeyHash``
    /// hash, as ``Token/keyHash`` holds them. A wrong hash finds nothing; it never finds
    /// another key (the bytes are compared).
    ///
    /// - Complexity: O(key length) expected, with no hashing.
    @inlinable
    public func id(of key: UnsafeBufferPointer<UInt8>, keyHash hash: UInt32) -> Int32? {
        slots.withUnsafeBufferPointer { slots in
            hashes.withUnsafeBufferPointer { hashes in
                starts.withUnsafeBufferPointer { starts in
                    storage.withUnsafeBufferPointer { stored in
                        let mask = slots.count - 1
                        var slot = Int(truncatingIfNeeded: hash) & mask
                        while true {
                            let candidate = slots[slot]
                            if candidate < 0 { return nil }
                            let id = Int(candidate)
                            if UInt32(truncatingIfNeeded: hashes[id]) == hash {
                                let start = Int(starts[id])
                                if Int(starts[id + 1]) - start == key.count, Self.equal(stored, from: start, key) { return candidate }
                            }
                            slot = (slot + 1) & mask
                        }
                    }
                }
            }
        }
    }

    /// The id of `key`, or `nil` when it is absent.
    public func id<Key: StringProtocol>(of key: Key) -> Int32? {
        var copy = String(key)
        return copy.withUTF8 { id(of: $0) }
    }

    @inlinable
    static func equal(_ stored: UnsafeBufferPointer<UInt8>, from start: Int, _ key: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        while index < key.count {
            if stored[start + index] != key[index] { return false }
            index += 1
        }
        return true
    }

    /// Adds `key` if it is new and returns its id either way.
    @discardableResult
    public mutating func insert(_ key: UnsafeBufferPointer<UInt8>) -> (id: Int32, inserted: Bool) {
        if let existing = id(of: key) { return (existing, false) }
        let id = Int32(hashes.count)
        let hash = Self.hash(key)
        storage.append(contentsOf: key)
        starts.append(UInt32(storage.count))
        hashes.append(hash)
        if hashes.count * 2 > slots.count { rehash(capacity: slots.count * 2) } else { place(id, hash: hash) }
        return (id, true)
    }

    /// Adds `key` if it is new and returns its id either way.
    @discardableResult
    public mutating func insert<Key: StringProtocol>(_ key: Key) -> (id: Int32, inserted: Bool) {
        var copy = String(key)
        return copy.withUTF8 { insert($0) }
    }

    /// The bytes of the key with `id`.
    public func key(_ id: Int32) -> ArraySlice<UInt8> {
        storage[Int(starts[Int(id)])..<Int(starts[Int(id) + 1])]
    }

    /// The key with `id` as a string (ill-formed UTF-8 reads as U+FFFD).
    public func string(_ id: Int32) -> String {
        String(decoding: key(id), as: UTF8.self)
    }

    private mutating func place(_ id: Int32, hash: UInt64) {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] >= 0 { slot = (slot + 1) & mask }
        slots[slot] = id
    }

    private mutating func rehash(capacity: Int) {
        slots = Array(repeating: -1, count: capacity)
        for id in hashes.indices { place(Int32(id), hash: hashes[id]) }
    }
}

