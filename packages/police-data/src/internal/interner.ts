import { littleEndian } from "./scanner.js";
/** The arrays of a {@link ByteInterner}, plain data that can be posted to another thread. */
export interface InternerParts {
  readonly arena: Uint8Array<ArrayBuffer>;
  readonly offsets: Int32Array<ArrayBuffer>;
  readonly lengths: Int32Array<ArrayBuffer>;
  readonly table: Int32Array<ArrayBuffer>;
  readonly size: number;
  readonly arenaUsed: number;
}

/**
 * An open-addressing hash table keyed by byte strings: maps the bytes of a field to a small
 * integer id without creating a string (ids are dense, in order of first appearance). Each slot
 * holds the key's hash beside its id, so a probe that misses (a new Crime ID) touches one cache
 * line of the table and nothing else.
 */
export class ByteInterner {
  private arena: Uint8Array<ArrayBuffer> = new Uint8Array(1024);
  private arenaUsed = 0;
  private offsets: Int32Array<ArrayBuffer> = new Int32Array(64);
  private lengths: Int32Array<ArrayBuffer> = new Int32Array(64);
  /** Pairs (hash, id + 1); id + 1 = 0 marks an empty slot. */
  private table: Int32Array<ArrayBuffer> = new Int32Array(256);
  private mask = 127;
  /** Number of distinct keys. */
  size = 0;

  /** Forget every key (keeps the memory). */
  clear(): void {
    if (this.size > 0) this.table.fill(0);
    this.size = 0;
    this.arenaUsed = 0;
  }

  /** Id of `buf[start..end)`, or -1 if absent. */
  find(buf: Uint8Array, start: number, end: number): number {
    const h = hashBytes(buf, start, end);
    const slot = this.lookup(buf, start, end, h);
    return slot < 0 ? -1 : this.table[slot + 1]! - 1;
  }

  /**
   * Id of `buf[start..end)`, adding it if absent. Returns `~id` (negative) when the key was
   * added by this call, so callers can tell new keys apart: `id < 0 ? ~id : id`.
   */
  intern(buf: Uint8Array, start: number, end: number): number {
    const h = hashBytes(buf, start, end);
    const slot = this.lookup(buf, start, end, h);
    if (slot >= 0) return this.table[slot + 1]! - 1;
    return ~this.insert(buf, start, end, h, ~slot);
  }

  /** The bytes of key `id`. */
  keyBytes(id: number): Uint8Array {
    const o = this.offsets[id]!;
    return this.arena.subarray(o, o + this.lengths[id]!);
  }

  /** The arrays of the table (shared, not copied), to post to another thread. */
  parts(): InternerParts {
    return { arena: this.arena, offsets: this.offsets, lengths: this.lengths, table: this.table, size: this.size, arenaUsed: this.arenaUsed };
  }

  /** A table over the arrays of {@link ByteInterner.parts} (taken over, not copied). */
  static fromParts(parts: InternerParts): ByteInterner {
    const t = new ByteInterner();
    t.arena = parts.arena;
    t.offsets = parts.offsets;
    t.lengths = parts.lengths;
    t.table = parts.table;
    t.mask = (parts.table.length >> 1) - 1;
    t.size = parts.size;
    t.arenaUsed = parts.arenaUsed;
    return t;
  }

  /** Index in `table` of the key's slot, or `~index` of the empty slot where it would go. */
  private lookup(buf: Uint8Array, start: number, end: number, h: number): number {
    const table = this.table;
    const mask = this.mask;
    const len = end - start;
    let slot = h & mask;
    for (;;) {
      const at = slot << 1;
      const e = table[at + 1]!;
      if (e === 0) return ~at;
      if (table[at] === h && this.lengths[e - 1] === len) {
        const arena = this.arena;
        let o = this.offsets[e - 1]!;
        let i = start;
        while (i < end && arena[o] === buf[i]) {
          i++;
          o++;
        }
        if (i === end) return at;
      }
      slot = (slot + 1) & mask;
    }
  }

  private insert(buf: Uint8Array, start: number, end: number, h: number, at: number): number {
    const id = this.size;
    if (id === this.offsets.length) {
      this.offsets = growInt(this.offsets);
      this.lengths = growInt(this.lengths);
    }
    const len = end - start;
    this.arena = appendTo(this.arena, this.arenaUsed, buf, start, end);
    this.offsets[id] = this.arenaUsed;
    this.lengths[id] = len;
    this.arenaUsed += len;
    this.size = id + 1;
    this.table[at] = h;
    this.table[at + 1] = id + 1;
    if (this.size * 2 > this.mask) this.rehash();
    return id;
  }

  private rehash(): void {
    const old = this.table;
    const n = (this.mask + 1) * 2;
    const table = new Int32Array(n * 2);
    const mask = n - 1;
    for (let at = 0; at < old.length; at += 2) {
      const e = old[at + 1]!;
      if (e === 0) continue;
      const h = old[at]!;
      let slot = h & mask;
      while (table[(slot << 1) + 1] !== 0) slot = (slot + 1) & mask;
      table[slot << 1] = h;
      table[(slot << 1) + 1] = e;
    }
    this.table = table;
    this.mask = mask;
  }
}

/**
 * Byte strings appended one after the other (no table): the Crime IDs of a run of rows, when only
 * the number of repeats is wanted. Appending touches memory in order, where a hash table of a
 * month's Crime IDs misses the cache on nearly every row; the repeats are counted once, at the
 * end of the run, by sorting the keys' hashes. Keys are copied and hashed four bytes at a time
 * (each key in whole 32-bit words, its last word padded with zero bytes): a 64-character Crime ID
 * is 16 words, where a byte-by-byte copy took a sixth of the time of a street file's scan.
 */
export class ByteList {
  /** The keys' bytes, little-endian in words whatever the platform (byte `i` of a key in bits `8 * (i & 3)` of its word `i >> 2`). */
  private arena: Int32Array<ArrayBuffer> = new Int32Array(1 << 14);
  /** Words of `arena` in use. */
  private used = 0;
  /** First word of each key. */
  private offsets: Int32Array<ArrayBuffer> = new Int32Array(1024);
  private lengths: Int32Array<ArrayBuffer> = new Int32Array(1024);
  private hashes: Int32Array<ArrayBuffer> = new Int32Array(1024);
  private sorted: Int32Array<ArrayBuffer> = new Int32Array(0);
  private scratch: Int32Array<ArrayBuffer> = new Int32Array(0);
  private readonly counts = new Int32Array(65536);
  /** The last buffer added from, and a view of its memory in aligned words (null on a big-endian platform). */
  private source: Uint8Array | null = null;
  private sourceWords: Int32Array | null = null;
  /** `source.byteOffset` less the offset of the view's first word (0 to 3). */
  private sourceShift = 0;
  /** Number of keys appended. */
  size = 0;

  /** Forget every key (keeps the memory). */
  clear(): void {
    this.size = 0;
    this.used = 0;
  }

  /** Append `buf[start..end)`. */
  add(buf: Uint8Array, start: number, end: number): void {
    const id = this.size;
    if (id === this.offsets.length) {
      this.offsets = growInt(this.offsets);
      this.lengths = growInt(this.lengths);
      this.hashes = growInt(this.hashes);
    }
    const len = end - start;
    const n = (len + 3) >> 2;
    let arena = this.arena;
    let o = this.used;
    if (o + n > arena.length) {
      let size = arena.length * 2;
      while (size < o + n) size *= 2;
      const a = new Int32Array(size);
      a.set(arena.subarray(0, o));
      this.arena = arena = a;
    }
    this.offsets[id] = o;
    this.lengths[id] = len;
    if (buf !== this.source) this.view(buf);
    const words = this.sourceWords;
    let h = Math.imul(0x811c9dc5 ^ len, 0x01000193);
    const p = start + this.sourceShift;
    // whole words of the source, read from the aligned view when it reaches a word past the key
    if (words !== null && ((end + this.sourceShift + 3) >> 2) + 1 <= words.length) {
      const r = (p & 3) << 3;
      let k = p >> 2;
      const full = len >> 2;
      if (r === 0) {
        for (let i = 0; i < full; i++, k++) {
          const w = words[k]!;
          arena[o++] = w;
          h = Math.imul(h ^ w, 0x01000193);
        }
      } else {
        for (let i = 0; i < full; i++, k++) {
          const w = (words[k]! >>> r) | (words[k + 1]! << (32 - r));
          arena[o++] = w;
          h = Math.imul(h ^ w, 0x01000193);
        }
      }
      const rest = len & 3;
      if (rest !== 0) {
        let w = r === 0 ? words[k]! : (words[k]! >>> r) | (words[k + 1]! << (32 - r));
        w &= (1 << (rest << 3)) - 1;
        arena[o++] = w;
        h = Math.imul(h ^ w, 0x01000193);
      }
    } else {
      for (let i = start; i < end; i += 4) {
        let w = 0;
        for (let j = 0; j < 4 && i + j < end; j++) w |= buf[i + j]! << (j << 3);
        arena[o++] = w;
        h = Math.imul(h ^ w, 0x01000193);
      }
    }
    this.used = o;
    this.hashes[id] = mix(h);
    this.size = id + 1;
  }

  /** Take `buf` as the source of the next keys: an aligned word view of its memory (little-endian platforms). */
  private view(buf: Uint8Array): void {
    this.source = buf;
    if (!littleEndian()) {
      this.sourceWords = null;
      return;
    }
    const base = buf.byteOffset & ~3;
    this.sourceShift = buf.byteOffset - base;
    this.sourceWords = new Int32Array(buf.buffer, base, (buf.buffer.byteLength - base) >> 2);
  }

  /** How many keys equal a key appended before them. */
  repeats(): number {
    const n = this.size;
    if (n < 2) return 0;
    // the indices sorted by hash: two passes of a stable radix sort on 16 bits (index order kept among equal hashes)
    if (this.sorted.length < n) {
      this.sorted = new Int32Array(this.offsets.length);
      this.scratch = new Int32Array(this.offsets.length);
    }
    const hashes = this.hashes;
    const count = this.counts;
    const tmp = this.scratch;
    const out = this.sorted;
    count.fill(0);
    for (let i = 0; i < n; i++) count[hashes[i]! & 0xffff]!++;
    for (let b = 0, sum = 0; b < 65536; b++) {
      const c = count[b]!;
      count[b] = sum;
      sum += c;
    }
    for (let i = 0; i < n; i++) tmp[count[hashes[i]! & 0xffff]!++] = i;
    count.fill(0);
    for (let i = 0; i < n; i++) count[hashes[i]! >>> 16]!++;
    for (let b = 0, sum = 0; b < 65536; b++) {
      const c = count[b]!;
      count[b] = sum;
      sum += c;
    }
    for (let j = 0; j < n; j++) {
      const i = tmp[j]!;
      out[count[hashes[i]! >>> 16]!++] = i;
    }
    let repeats = 0;
    let g = 0;
    while (g < n) {
      const h = hashes[out[g]!]!;
      let e = g + 1;
      while (e < n && hashes[out[e]!] === h) e++;
      // keys with the same hash, in the order appended: one equal to an earlier one is a repeat
      for (let j = g + 1; j < e; j++) {
        for (let k = g; k < j; k++) {
          if (ByteList.equal(this, out[j]!, this, out[k]!)) {
            repeats++;
            break;
          }
        }
      }
      g = e;
    }
    return repeats;
  }

  /**
   * How many distinct keys are in both `a` and `b` (lists of keys taken together: the Crime IDs
   * of a run of rows before a split between byte ranges, and after it). A table is made of the
   * side with fewer keys only, and the keys of the other side are looked up in it by the hashes
   * computed when they were added: one side may hold a month of Crime IDs where the other holds a
   * few.
   */
  static shared(a: readonly ByteList[], b: readonly ByteList[]): number {
    const sizeOf = (lists: readonly ByteList[]): number => lists.reduce((n, l) => n + l.size, 0);
    const [small, large] = sizeOf(a) <= sizeOf(b) ? [a, b] : [b, a];
    const n = sizeOf(small);
    if (n === 0) return 0;
    let cap = 4;
    while (cap < n * 2) cap *= 2;
    const mask = cap - 1;
    // the first of each distinct key of the small side: its list and its index + 1 (0: an empty slot)
    const slotList = new Int32Array(cap);
    const slotKey = new Int32Array(cap);
    for (let l = 0; l < small.length; l++) {
      const list = small[l]!;
      const hashes = list.hashes;
      for (let i = 0; i < list.size; i++) {
        const h = hashes[i]!;
        for (let s = h & mask; ; s = (s + 1) & mask) {
          const e = slotKey[s]!;
          if (e === 0) {
            slotList[s] = l;
            slotKey[s] = i + 1;
            break;
          }
          const other = small[slotList[s]!]!;
          if (other.hashes[e - 1] === h && ByteList.equal(other, e - 1, list, i)) break;
        }
      }
    }
    // each distinct key of the small side counts once, at the first key of the large side equal to it
    const found = new Uint8Array(cap);
    let count = 0;
    for (const list of large) {
      const hashes = list.hashes;
      for (let j = 0; j < list.size; j++) {
        const h = hashes[j]!;
        for (let s = h & mask; ; s = (s + 1) & mask) {
          const e = slotKey[s]!;
          if (e === 0) break;
          const other = small[slotList[s]!]!;
          if (other.hashes[e - 1] === h && ByteList.equal(other, e - 1, list, j)) {
            if (found[s] === 0) {
              found[s] = 1;
              count++;
            }
            break;
          }
        }
      }
    }
    return count;
  }

  /** A copy of the list's keys in arrays of their size, to post to another thread (the list itself can be cleared and reused). */
  parts(): ListParts {
    const n = this.size;
    return {
      arena: this.arena.slice(0, this.used),
      offsets: this.offsets.slice(0, n),
      lengths: this.lengths.slice(0, n),
      hashes: this.hashes.slice(0, n),
      size: n,
    };
  }

  /** A list over the arrays of {@link ByteList.parts} (taken over, not copied). */
  static fromParts(parts: ListParts): ByteList {
    const list = new ByteList();
    list.arena = parts.arena;
    list.used = parts.arena.length;
    list.offsets = parts.offsets;
    list.lengths = parts.lengths;
    list.hashes = parts.hashes;
    list.size = parts.size;
    return list;
  }

  /** Whether key `a` of list `x` and key `b` of list `y` are equal (keys are whole words, the last padded with zero bytes). */
  static equal(x: ByteList, a: number, y: ByteList, b: number): boolean {
    const len = x.lengths[a]!;
    if (y.lengths[b] !== len) return false;
    const xa = x.arena;
    const ya = y.arena;
    const oa = x.offsets[a]!;
    const ob = y.offsets[b]!;
    const n = (len + 3) >> 2;
    for (let i = 0; i < n; i++) if (xa[oa + i] !== ya[ob + i]) return false;
    return true;
  }
}

/** The arrays of a {@link ByteList}, plain data that can be posted to another thread. */
export interface ListParts {
  readonly arena: Int32Array<ArrayBuffer>;
  readonly offsets: Int32Array<ArrayBuffer>;
  readonly lengths: Int32Array<ArrayBuffer>;
  readonly hashes: Int32Array<ArrayBuffer>;
  readonly size: number;
}

/** `arena` with `buf[start..end)` written from `used` on (in a copy twice as long, or more, when it does not fit). */
function appendTo(arena: Uint8Array<ArrayBuffer>, used: number, buf: Uint8Array, start: number, end: number): Uint8Array<ArrayBuffer> {
  const len = end - start;
  if (used + len > arena.length) {
    let n = arena.length * 2;
    while (n < used + len) n *= 2;
    const a = new Uint8Array(n);
    a.set(arena.subarray(0, used));
    arena = a;
  }
  // byte by byte (for a 64-character Crime ID cheaper than making a view for one native copy)
  if (len > 96) arena.set(new Uint8Array(buf.buffer, buf.byteOffset + start, len), used);
  else for (let i = start, o = used; i < end; i++, o++) arena[o] = buf[i]!;
  return arena;
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
 * hashes are always resolved by comparing all bytes), finished with murmur3's mix.
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
  return mix(h);
}

/** murmur3's finaliser: every input bit reaches the low bits that pick the slot. */
function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h | 0;
}
