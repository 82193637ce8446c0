import { PoliceDataError } from "../PoliceDataError.js";

const COMMA = 44;
const QUOTE = 34;
const LF = 10;
const CR = 13;

/** How a field was written: plain, quoted, or quoted with doubled quotes inside. */
export const PLAIN = 0;
const QUOTED = 1;
export const QUOTED_ESCAPED = 2;

/**
 * Called once per complete, non-empty row. The row's fields are `buf[starts[i]..ends[i])` for
 * `i < count`; `kinds[i]` says whether field `i` was quoted (and had doubled quotes inside).
 * The arrays are reused for the next row, so copy what you keep.
 */
export type RowHandler = (buf: Uint8Array, starts: Int32Array, ends: Int32Array, kinds: Uint8Array, count: number, line: number) => void;

const decoder = new TextDecoder("utf-8");

/**
 * A WebAssembly kernel that finds the commas and line feeds of bytes in its memory
 * ({@link useSeparatorKernel}).
 * @internal
 */
export interface SeparatorKernel {
  /** The kernel's memory: bytes there are read where they are; others are copied to `bytes` first. */
  readonly memory: ArrayBufferLike;
  /** Where other bytes are copied, at most `bytes.length` at a time. */
  readonly bytes: Uint8Array;
  /**
   * Find the separators of the `n` bytes at `offset` of `memory`: their offsets in `memory`, in
   * order, a line feed's with its top bit set, in `found[0, count)`; returns `count`. Reading
   * stops early at a double quote or when `found` is full ({@link SeparatorKernel.stop}).
   */
  separators(offset: number, n: number): number;
  /** The separators found by the last call. */
  readonly found: Int32Array;
  /** How many bytes the last call read (`n` when it read them all). */
  stop(): number;
}

let kernel: SeparatorKernel | undefined;

/** Runs of rows shorter than this are read without the kernel. */
const KERNEL_MIN = 256;

/**
 * Have every scanner of this thread find separators with `k` (Node's entry gives a WebAssembly
 * SIMD kernel; without one, or in a browser, the scanner finds them in JavaScript).
 * @internal
 */
export function useSeparatorKernel(k: SeparatorKernel | undefined): void {
  kernel = k;
}

/**
 * A byte range of a larger input: `start` is the offset of the first byte pushed (a row start),
 * and rows that start at or after `limit` are not read. The scanner keeps `read` at the offset of
 * the next byte to be pushed; `limit` may be moved while the input is read, to any offset past
 * `read` (so a thread's share of a file can change while it reads it).
 */
export interface ScanRange {
  readonly start: number;
  limit: number;
  read?: number;
}

/** Node's Buffer when there is one (not in a browser). */
const NodeBuffer = (globalThis as { Buffer?: typeof Buffer }).Buffer;

/** Decode one field as a string (UTF-8), undoing doubled quotes. */
export function fieldText(buf: Uint8Array, start: number, end: number, kind: number): string {
  if (start === end) return "";
  let text = "";
  // ASCII fast path: most fields are short ASCII strings.
  let ascii = end - start <= 64;
  if (ascii) {
    for (let i = start; i < end; i++) {
      if (buf[i]! >= 128) {
        ascii = false;
        break;
      }
    }
  }
  if (ascii) {
    text = String.fromCharCode.apply(null, buf.subarray(start, end) as unknown as number[]);
  } else {
    text = decoder.decode(buf.subarray(start, end));
  }
  return kind === QUOTED_ESCAPED ? text.replaceAll('""', '"') : text;
}

/**
 * A streaming CSV tokenizer over bytes (RFC 4180 plus the habits of real files): fields are
 * separated by commas and rows by LF, CRLF or CRCRLF (carriage returns before a line feed end
 * the row); a field that starts with a double quote runs to the
 * matching quote and may contain commas, line breaks and doubled quotes; a UTF-8 byte-order mark
 * at the very start is skipped; blank lines are skipped. A quote inside an unquoted field is kept
 * as text, and so is a quoted field followed by more than blanks before the delimiter (`"12"3`
 * reads as `"12"3`, never as `12`). Chunks may split rows anywhere; a row split across chunks is
 * carried over.
 *
 * No strings are created: the handler receives byte offsets (see {@link RowHandler}).
 */
export class CsvScanner {
  starts: Int32Array = new Int32Array(64);
  ends: Int32Array = new Int32Array(64);
  kinds: Uint8Array = new Uint8Array(64);
  /** Physical line number (1-based) of the next row to be read. */
  private line = 1;
  private tail: Uint8Array | null = null;
  /** Whether `kinds` may hold non-PLAIN values from a quoted row. */
  private dirty = false;
  private first = true;
  private readonly onRow: RowHandler;
  private readonly file: string;
  /** Offset in the input of the next byte pushed. */
  private offset: number;
  /** The byte range read (none: the whole input). */
  private readonly range: ScanRange | undefined;
  /** Whether the input is read from its first byte (a byte-order mark there belongs to the first row: a limit inside it must not stop that row). */
  private readonly fromStart: boolean;
  /** Offset of the first row not read because of the range's `limit`, or -1. */
  stoppedAt = -1;

  /**
   * @param file - name of the input in messages.
   * @param onRow - called for every row.
   * @param range - to read a byte range of a larger input (see {@link ScanRange}; a byte-order
   * mark is looked for only at offset 0): {@link CsvScanner.stoppedAt} then gives where the first
   * row at or after its limit starts, and later pushes are ignored.
   */
  constructor(file: string, onRow: RowHandler, range?: ScanRange) {
    this.file = file;
    this.onRow = onRow;
    this.range = range;
    this.offset = range?.start ?? 0;
    this.fromStart = this.offset === 0;
    if (this.offset > 0) this.first = false;
  }

  /** Whether a row at or after the limit was reached (later input is ignored). */
  get stopped(): boolean {
    return this.stoppedAt >= 0;
  }

  /** Physical lines (line feeds) consumed so far. */
  get lines(): number {
    return this.line - 1;
  }

  private grow(): void {
    const n = this.starts.length * 2;
    const s = new Int32Array(n);
    s.set(this.starts);
    this.starts = s;
    const e = new Int32Array(n);
    e.set(this.ends);
    this.ends = e;
    const k = new Uint8Array(n);
    k.set(this.kinds);
    this.kinds = k;
  }

  /** Feed the next chunk of bytes. */
  push(chunk: Uint8Array): void {
    if (this.stoppedAt >= 0) return;
    const at = this.offset;
    this.offset = at + chunk.length;
    if (this.range !== undefined) this.range.read = this.offset;
    let buf = chunk;
    if (this.tail !== null && !this.first) {
      // finish the carried-over row with the start of this chunk, without copying the chunk
      const lf = chunk.indexOf(LF);
      if (lf >= 0) {
        const small = new Uint8Array(this.tail.length + lf + 1);
        small.set(this.tail, 0);
        small.set(chunk.subarray(0, lf + 1), this.tail.length);
        const done = this.scan(small, 0, false, at - this.tail.length);
        if (this.stoppedAt >= 0) return;
        if (done === small.length) {
          this.tail = null;
          const rest = chunk.subarray(lf + 1);
          const consumed = this.scan(rest, 0, false, at + lf + 1);
          if (consumed < rest.length) this.tail = copyFrom(rest, consumed);
          return;
        }
      }
    }
    if (this.tail !== null) {
      const joined = new Uint8Array(this.tail.length + chunk.length);
      joined.set(this.tail, 0);
      joined.set(chunk, this.tail.length);
      buf = joined;
      this.tail = null;
    }
    let pos = 0;
    if (this.first) {
      if (buf.length < 3 && buf.length > 0 && buf[0] === 0xef) {
        this.tail = copyFrom(buf, 0);
        return;
      }
      this.first = false;
      if (buf.length >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) pos = 3;
    }
    const consumed = this.scan(buf, pos, false, this.offset - buf.length);
    if (consumed < buf.length && this.stoppedAt < 0) this.tail = copyFrom(buf, consumed);
  }

  /** Signal the end of input: a last row without a line break is emitted. */
  end(): void {
    if (this.tail !== null && this.stoppedAt < 0) {
      const buf = this.tail;
      this.tail = null;
      let pos = 0;
      if (this.first) {
        this.first = false;
        if (buf.length >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) pos = 3;
      }
      this.scan(buf, pos, true, this.offset - buf.length);
    }
  }

  /**
   * Scan complete rows of `buf` from `pos`; returns the offset of the first byte not consumed
   * (the start of an incomplete row), or `buf.length`.
   *
   * Rows without any double quote take a fast path: with a separator kernel, runs of them at
   * once ({@link CsvScanner.kernelRows}); otherwise the row end is found with the native
   * `indexOf` and the commas four bytes at a time (SWAR on an `Int32Array` view). Other rows
   * take the general byte-by-byte path.
   */
  private scan(buf: Uint8Array, pos: number, final: boolean, at: number): number {
    const len = buf.length;
    // rows that start at or after `stop` (an index of buf) are not read
    const range = this.range;
    const stop = (range === undefined ? Infinity : this.fromStart ? Math.max(range.limit, 4) : range.limit) - at;
    // Node's Buffer finds a byte with memchr; a browser has no Buffer and searches the Uint8Array itself.
    const b = NodeBuffer === undefined || NodeBuffer.isBuffer(buf) ? buf : NodeBuffer.from(buf.buffer, buf.byteOffset, buf.byteLength);
    const base = buf.byteOffset & ~3;
    const shift = buf.byteOffset - base;
    const words = littleEndian() ? new Int32Array(buf.buffer, base, (buf.buffer.byteLength - base) >> 2) : null;
    let nextQuote = b.indexOf(QUOTE, pos);
    const onRow = this.onRow;
    const k = kernel;
    // the first row the kernel left (read by the code below)
    let left = -1;
    while (pos < len) {
      if (pos >= stop) {
        this.stoppedAt = at + pos;
        return len;
      }
      if (nextQuote >= 0 && nextQuote < pos) nextQuote = b.indexOf(QUOTE, pos);
      if (k !== undefined && pos !== left) {
        // the rows before the next double quote, with the kernel
        const end = nextQuote < 0 ? len : nextQuote;
        if (end - pos >= KERNEL_MIN) {
          left = this.kernelRows(buf, pos, end, stop, k);
          if (left !== pos) {
            pos = left;
            continue;
          }
        }
      }
      const lf = b.indexOf(LF, pos);
      if (lf < 0) break;
      if (words === null || (nextQuote >= 0 && nextQuote < lf)) {
        const next = this.slowRow(buf, pos, final);
        if (next < 0) return pos;
        pos = next;
        continue;
      }
      // fast path: a row without quotes in [pos, lf)
      const rowLine = this.line;
      this.line = rowLine + 1;
      let starts = this.starts;
      let ends = this.ends;
      let count = 0;
      let fs = pos;
      let i = pos;
      while (i < lf && ((i + shift) & 3) !== 0) {
        if (buf[i] === COMMA) {
          if (count === starts.length - 1) {
            this.grow();
            starts = this.starts;
            ends = this.ends;
          }
          starts[count] = fs;
          ends[count] = i;
          count++;
          fs = i + 1;
        }
        i++;
      }
      if (i < lf) {
        const wEnd = (lf + shift) >> 2;
        let w = (i + shift) >> 2;
        for (; w < wEnd; w++) {
          const x = words[w]! ^ 0x2c2c2c2c;
          // exact zero-byte test (no borrow between bytes): high bit set where a byte of x is 0
          let m = ~(((x & 0x7f7f7f7f) + 0x7f7f7f7f) | x | 0x7f7f7f7f);
          while (m !== 0) {
            const at = (w << 2) - shift + ((31 - Math.clz32(m & -m)) >> 3);
            if (count === starts.length - 1) {
              this.grow();
              starts = this.starts;
              ends = this.ends;
            }
            starts[count] = fs;
            ends[count] = at;
            count++;
            fs = at + 1;
            m &= m - 1;
          }
        }
        i = (wEnd << 2) - shift;
        if (i < pos) i = pos;
        for (; i < lf; i++) {
          if (buf[i] === COMMA) {
            if (count === starts.length - 1) {
              this.grow();
              starts = this.starts;
              ends = this.ends;
            }
            starts[count] = fs;
            ends[count] = i;
            count++;
            fs = i + 1;
          }
        }
      }
      let end = lf;
      // CRLF, and the CRCRLF of files converted twice: every CR before the LF ends the row
      while (end > fs && buf[end - 1] === CR) end--;
      pos = lf + 1;
      if (count === 0 && end === fs) continue; // blank line
      starts[count] = fs;
      ends[count] = end;
      count++;
      if (this.dirty) {
        this.kinds.fill(PLAIN);
        this.dirty = false;
      }
      onRow(buf, starts, ends, this.kinds, count, rowLine);
    }
    if (!final) return pos;
    while (pos < len) {
      if (pos >= stop) {
        this.stoppedAt = at + pos;
        return len;
      }
      const next = this.slowRow(buf, pos, true);
      pos = next;
    }
    return len;
  }

  /**
   * Read the complete rows of `buf[pos, end)` (no double quote in it) that start before `stop`,
   * with the separator kernel (where they are when `buf` is in its memory, else copied a window at
   * a time); returns the offset of the first row not read (an incomplete row, one at or after
   * `stop`, or one longer than the kernel's window). The rows are those of the fast path of
   * {@link CsvScanner.scan}.
   */
  private kernelRows(buf: Uint8Array, pos: number, end: number, stop: number, k: SeparatorKernel): number {
    const onRow = this.onRow;
    let starts = this.starts;
    let ends = this.ends;
    const inPlace = buf.buffer === k.memory;
    while (pos < end && pos < stop) {
      const n = inPlace ? end - pos : Math.min(end - pos, k.bytes.length);
      if (!inPlace) k.bytes.set(buf.subarray(pos, pos + n));
      const offset = inPlace ? buf.byteOffset + pos : k.bytes.byteOffset;
      const found = k.separators(offset, n);
      const at = k.found;
      // from an offset in the memory to one in buf
      const shift = pos - offset;
      let row = pos;
      let fs = pos;
      let count = 0;
      for (let j = 0; j < found; j++) {
        const e = at[j]!;
        const i = (e & 0x7fffffff) + shift;
        if (e >= 0) {
          // a comma
          if (count === starts.length - 1) {
            this.grow();
            starts = this.starts;
            ends = this.ends;
          }
          starts[count] = fs;
          ends[count] = i;
          count++;
          fs = i + 1;
          continue;
        }
        // a line feed ends the row that starts at `row`
        if (row >= stop) return row;
        let last = i;
        while (last > fs && buf[last - 1] === CR) last--;
        const rowLine = this.line;
        this.line = rowLine + 1;
        if (count > 0 || last > fs) {
          starts[count] = fs;
          ends[count] = last;
          count++;
          if (this.dirty) {
            this.kinds.fill(PLAIN);
            this.dirty = false;
          }
          onRow(buf, starts, ends, this.kinds, count, rowLine);
        }
        row = i + 1;
        fs = row;
        count = 0;
      }
      // the next window starts at the row not yet complete (none complete: that row is read otherwise)
      if (row === pos || (k.stop() === n && pos + n === end)) return row;
      pos = row;
    }
    return pos;
  }

  /**
   * Read one row from `pos` byte by byte (quotes, CRLF); emit it unless blank. Returns the
   * position after the row, or -1 when the row is incomplete (more input needed).
   */
  private slowRow(buf: Uint8Array, pos: number, final: boolean): number {
    const len = buf.length;
    let starts = this.starts;
    let ends = this.ends;
    let kinds = this.kinds;
    const rowLine = this.line;
    let line = rowLine;
    let count = 0;
    let complete = false;
    // one iteration per field
    for (;;) {
      if (count === starts.length) {
        this.grow();
        starts = this.starts;
        ends = this.ends;
        kinds = this.kinds;
      }
      if (pos < len && buf[pos] === QUOTE) {
        const start = pos + 1;
        let p = start;
        let kind = QUOTED;
        let closed = -1;
        while (p < len) {
          const c = buf[p]!;
          if (c === QUOTE) {
            if (p + 1 < len && buf[p + 1] === QUOTE) {
              kind = QUOTED_ESCAPED;
              p += 2;
              continue;
            }
            if (p + 1 >= len && !final) break; // cannot tell yet whether "" follows
            closed = p;
            break;
          }
          if (c === LF) line++;
          p++;
        }
        if (closed < 0) {
          if (final) throw unclosedQuote(this.file, rowLine);
          return -1;
        }
        starts[count] = start;
        ends[count] = closed;
        kinds[count] = kind;
        this.dirty = true;
        count++;
        pos = closed + 1;
        // after the closing quote: comma, line end, or stray text up to the delimiter. Blanks
        // (spaces, tabs, carriage returns) are dropped; anything else makes the whole field plain
        // text from its opening quote (`"12"3` stays `"12"3`), so nothing is silently lost.
        let stray = false;
        while (pos < len) {
          const c = buf[pos]!;
          if (c === COMMA || c === LF) break;
          if (c === CR && (pos + 1 >= len || buf[pos + 1] === LF)) break;
          if (c !== 32 && c !== 9 && c !== CR) stray = true;
          pos++;
        }
        if (stray) {
          starts[count - 1] = start - 1;
          let end = pos;
          while (end > start && buf[end - 1] === CR) end--;
          ends[count - 1] = end;
          kinds[count - 1] = PLAIN;
        }
      } else {
        const start = pos;
        while (pos < len) {
          const c = buf[pos]!;
          if (c === COMMA || c === LF) break;
          pos++;
        }
        let end = pos;
        if ((pos < len && buf[pos] === LF) || (pos === len && final)) while (end > start && buf[end - 1] === CR) end--;
        starts[count] = start;
        ends[count] = end;
        kinds[count] = PLAIN;
        count++;
      }
      if (pos >= len) {
        if (!final) return -1;
        complete = true;
        pos = len;
        break;
      }
      const c = buf[pos]!;
      if (c === COMMA) {
        pos++;
        if (pos >= len && !final) return -1;
        continue;
      }
      if (c === CR) {
        // CRLF after a quoted field
        if (pos + 1 >= len) {
          if (!final) return -1;
          pos++;
          line++;
          complete = true;
          break;
        }
        pos++;
      }
      pos++; // the LF
      line++;
      complete = true;
      break;
    }
    this.line = line;
    if (complete && !(count === 1 && starts[0] === ends[0] && kinds[0] === PLAIN)) {
      this.onRow(buf, starts, ends, kinds, count, rowLine);
    }
    return pos;
  }
}

/** Marks the error of {@link unclosedQuote} (its value: the line), so a reader of a byte range can renumber it. */
export const UNCLOSED_LINE: unique symbol = Symbol("unclosed quote line");

/** The `invalid-csv` error for a quoted field still open at the end of the file. */
export function unclosedQuote(file: string, line: number): PoliceDataError {
  const error = new PoliceDataError(
    "invalid-csv",
    `${file}:${line}: a quoted field is not closed; expected a closing double quote before the end of the file`,
    {
      file,
      line,
    },
  );
  Object.defineProperty(error, UNCLOSED_LINE, { value: line, enumerable: false });
  return error;
}

/**
 * A copy of `buf` from `start` (Node's `Buffer#slice` would share the bytes, and a reader may
 * reuse its buffer for the next chunk).
 */
function copyFrom(buf: Uint8Array, start: number): Uint8Array {
  return new Uint8Array(buf.subarray(start));
}

let le: boolean | undefined;
/** Whether this machine stores numbers little-endian (the scanner's and the interner's four-bytes-at-a-time reads depend on it). */
export function littleEndian(): boolean {
  if (le === undefined) le = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;
  return le;
}
