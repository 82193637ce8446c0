/**
 * An open-addressing hash table keyed by byte strings: maps the bytes of a field to a small
 * integer id without creating a string (ids are dense, in order of first appearance).
 */
export class ByteInterner {
  private arena: Uint8Array = new Uint8Array(1024);
  private arenaUsed = 0;
  private offsets: Int32Array = new Int32Array(64);
  private lengths: Int32Array = new Int32Array(64);
  private hashes: Int32Array = new Int32Array(64);
  private table: Int32Array = new Int32Array(128); // id + 1, 0 = empty
  private mask = 127;
  /** Number of distinct keys. */
  size = 0;

  /** Forget every key (keeps the memory). */
  clear(): void {
    this.table.fill(0);
    this.size = 0;
    this.arenaUsed = 0;
  }

  /** Id of `buf[start..end)`, or -1 if absent. */
  find(buf: Uint8Array, start: number, end: number): number {
    const h = hashBytes(buf, start, end);
    return this.lookup(buf, start, end, h);
  }

  /**
   * Id of `buf[start..end)`, adding it if absent. Returns `~id` (negative) when the key was
   * added by this call, so callers can tell new keys apart: `id < 0 ? ~id : id`.
   */
  intern(buf: Uint8Array, start: number, end: number): number {
    const h = hashBytes(buf, start, end);
    const found = this.lookup(buf, start, end, h);
    if (found >= 0) return found;
    return ~this.insert(buf, start, end, h);
  }

  /** The bytes of key `id`. */
  keyBytes(id: number): Uint8Array {
    const o = this.offsets[id]!;
    return this.arena.subarray(o, o + this.lengths[id]!);
  }

  private lookup(buf: Uint8Array, start: number, end: number, h: number): number {
    const table = this.table;
    const mask = this.mask;
    const len = end - start;
    let slot = h & mask;
    for (;;) {
      const e = table[slot]!;
      if (e === 0) return -1;
      const id = e - 1;
      if (this.hashes[id] === h && this.lengths[id] === len) {
        const arena = this.arena;
        let o = this.offsets[id]!;
        let i = start;
        while (i < end && arena[o] === buf[i]) {
          i++;
          o++;
        }
        if (i === end) return id;
      }
      slot = (slot + 1) & mask;
    }
  }

  private insert(buf: Uint8Array, start: number, end: number, h: number): number {
    const id = this.size;
    if (id === this.offsets.length) {
      this.offsets = growInt(this.offsets);
      this.lengths = growInt(this.lengths);
      this.hashes = growInt(this.hashes);
    }
    const len = end - start;
    if (this.arenaUsed + len > this.arena.length) {
      let n = this.arena.length * 2;
      while (n < this.arenaUsed + len) n *= 2;
      const a = new Uint8Array(n);
      a.set(this.arena.subarray(0, this.arenaUsed));
      this.arena = a;
    }
    const arena = this.arena;
    for (let i = start, o = this.arenaUsed; i < end; i++, o++) arena[o] = buf[i]!;
    this.offsets[id] = this.arenaUsed;
    this.lengths[id] = len;
    this.hashes[id] = h;
    this.arenaUsed += len;
    this.size = id + 1;
    if (this.size * 2 > this.mask) this.rehash();
    else this.place(id, h);
    return id;
  }

  private place(id: number, h: number): void {
    const table = this.table;
    const mask = this.mask;
    let slot = h & mask;
    while (table[slot] !== 0) slot = (slot + 1) & mask;
    table[slot] = id + 1;
  }

  private rehash(): void {
    const n = (this.mask + 1) * 2;
    this.table = new Int32Array(n);
    this.mask = n - 1;
    for (let id = 0; id < this.size; id++) this.place(id, this.hashes[id]!);
  }
}

/** A copy of `a` in an array twice as long. */
export function growInt(a: Int32Array): Int32Array<ArrayBuffer> {
  const b = new Int32Array(a.length * 2);
  b.set(a);
  return b;
}

/**
 * FNV-1a over the bytes (for keys over 12 bytes: over the first and last 6 bytes and the
 * length, which separates random Crime IDs, LSOA codes and names and category labels; equal
 * hashes are always resolved by comparing all bytes), finished with a murmur-style mix.
 */
function hashBytes(buf: Uint8Array, start: number, end: number): number {
  let h = 0x811c9dc5 | 0;
  if (end - start > 12) {
    h = Math.imul(h ^ (end - start), 0x01000193);
    for (let i = start; i < start + 6; i++) h = Math.imul(h ^ buf[i]!, 0x01000193);
    for (let i = end - 6; i < end; i++) h = Math.imul(h ^ buf[i]!, 0x01000193);
  } else {
    for (let i = start; i < end; i++) h = Math.imul(h ^ buf[i]!, 0x01000193);
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  return h | 0;
}
