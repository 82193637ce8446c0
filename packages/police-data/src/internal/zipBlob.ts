import { Inflate } from "fflate";
import { PoliceDataError } from "../PoliceDataError.js";

/**
 * The zip reader of the main entry (browsers too): the archive is a `Blob` (a `File` the user
 * picked) read by `slice`, so only the central directory and the members read are in memory, a
 * chunk at a time; members are inflated with fflate and their CRC-32 and size checked at their end.
 */

/** What is read of a `Blob`: its size and slices of it. */
export interface BlobLike {
  readonly size: number;
  slice(start?: number, end?: number): { arrayBuffer(): Promise<ArrayBuffer> };
}

/**
 * A member of a zip archive, as its central directory lists it. Plain data (it can be posted to a
 * worker thread): the Node reader's `readZipEntry` reads it from the archive's path without
 * listing the archive again.
 */
export interface ZipEntry {
  /** The member's name, with its folders (`"2024-01/2024-01-cumbria-street.csv"`). */
  readonly name: string;
  /** Bytes of the member once inflated. */
  readonly size: number;
  /** Bytes of the member as stored. */
  readonly compressedSize: number;
  /** The CRC-32 the central directory gives for the inflated bytes. */
  readonly crc32: number;
  /** 0 stored, 8 deflated (the only methods read). */
  readonly compressionMethod: number;
  /** The general-purpose bit flag (bit 0: encrypted). */
  readonly flags: number;
  /** Offset of the member's local file header in the archive. */
  readonly offset: number;
}

const CHUNK = 1 << 20;

/** `0x` and the 8 hex digits of a 32-bit number, as zip tools print CRC-32s and signatures. */
export function hex(n: number): string {
  return `0x${(n >>> 0).toString(16).padStart(8, "0")}`;
}

/**
 * The fault of a member read to its end whose inflated size or CRC-32 is not what its central
 * directory record gives (`invalid-archive`, naming the archive and the member), or `null`: the one
 * check of the Node and browser readers.
 */
export function memberFault(archive: string, entry: ZipEntry, size: number, crc: number): PoliceDataError | null {
  if (size !== entry.size) return archiveError(archive, entry.name, `it holds ${size} bytes, not the ${entry.size} its central directory record gives`);
  if (crc >>> 0 !== entry.crc32 >>> 0) {
    return archiveError(archive, entry.name, `its bytes fail their CRC-32 check (${hex(crc)}, expected ${hex(entry.crc32)}): the member is corrupt`);
  }
  return null;
}

/** The error for an archive or one of its members (`invalid-archive`, naming both). */
export function archiveError(archive: string, entry: string | null, problem: string, cause?: unknown): PoliceDataError {
  const where = entry === null ? `the archive ${JSON.stringify(archive)}` : `the member ${JSON.stringify(entry)} of the archive ${JSON.stringify(archive)}`;
  const error = new PoliceDataError(
    "invalid-archive",
    `${where} cannot be read: ${problem}; expected an intact data.police.uk zip archive (download it again)`,
    {
      file: archive,
      ...(entry === null ? {} : { member: entry }),
    },
  );
  if (cause !== undefined) (error as { cause?: unknown }).cause = cause;
  return error;
}

let table: Uint32Array | undefined;

/** CRC-32 (IEEE 802.3, as zip uses) of `bytes`, continuing from `crc`. */
export function crc32(bytes: Uint8Array, crc = 0): number {
  if (table === undefined) {
    table = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      table[n] = c >>> 0;
    }
  }
  const t = table;
  let c = ~crc;
  for (let i = 0; i < bytes.length; i++) c = t[(c ^ bytes[i]!) & 0xff]! ^ (c >>> 8);
  return ~c >>> 0;
}

async function bytesOf(blob: BlobLike, start: number, end: number): Promise<DataView> {
  const buffer = await blob.slice(start, end).arrayBuffer();
  return new DataView(buffer);
}

/**
 * The members of the zip archive `blob` (named `archive` in messages), from its central directory
 * (zip64 too).
 *
 * @throws `PoliceDataError` `invalid-archive` when it is not a zip archive or is cut short.
 */
export async function blobZipEntries(blob: BlobLike, archive: string): Promise<ZipEntry[]> {
  const size = blob.size;
  const fail = (problem: string): never => {
    throw archiveError(archive, null, problem);
  };
  // The end-of-central-directory record: 22 bytes and a comment of up to 65,535.
  const tailStart = Math.max(0, size - 22 - 0xffff);
  const tail = await bytesOf(blob, tailStart, size);
  let eocd = -1;
  for (let i = tail.byteLength - 22; i >= 0; i--) {
    if (tail.getUint32(i, true) === 0x06054b50 && i + 22 + tail.getUint16(i + 20, true) <= tail.byteLength) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) {
    fail("it is not a zip archive, or it is cut short (no end-of-central-directory record: an HTML error page or a partial download?)");
  }
  let count = tail.getUint16(eocd + 10, true);
  let cdSize = tail.getUint32(eocd + 12, true);
  let cdOffset = tail.getUint32(eocd + 16, true);
  if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) {
    // zip64: a locator just before the record points to the zip64 end-of-central-directory record.
    const at = eocd - 20;
    if (at < 0 || tail.getUint32(at, true) !== 0x07064b50) fail("its zip64 end-of-central-directory locator is missing");
    const recordOffset = Number(tail.getBigUint64(at + 8, true));
    const record = await bytesOf(blob, recordOffset, recordOffset + 56);
    if (record.byteLength < 56 || record.getUint32(0, true) !== 0x06064b50) fail("its zip64 end-of-central-directory record is missing");
    count = Number(record.getBigUint64(32, true));
    cdSize = Number(record.getBigUint64(40, true));
    cdOffset = Number(record.getBigUint64(48, true));
  }
  if (cdOffset + cdSize > size) fail(`it is cut short (its central directory ends at byte ${cdOffset + cdSize} of ${size})`);
  const cd = await bytesOf(blob, cdOffset, cdOffset + cdSize);
  const entries: ZipEntry[] = [];
  const utf8 = new TextDecoder();
  let p = 0;
  for (let n = 0; n < count; n++) {
    if (p + 46 > cd.byteLength || cd.getUint32(p, true) !== 0x02014b50) fail(`its central directory is corrupt (entry ${n + 1} of ${count})`);
    const nameLength = cd.getUint16(p + 28, true);
    const extraLength = cd.getUint16(p + 30, true);
    const commentLength = cd.getUint16(p + 32, true);
    let compressedSize = cd.getUint32(p + 20, true);
    let uncompressed = cd.getUint32(p + 24, true);
    let offset = cd.getUint32(p + 42, true);
    const name = utf8.decode(new Uint8Array(cd.buffer, cd.byteOffset + p + 46, nameLength));
    // zip64 extended information: the 64-bit values of the fields that are 0xffffffff, in order.
    let x = p + 46 + nameLength;
    const extraEnd = x + extraLength;
    while (x + 4 <= extraEnd) {
      const id = cd.getUint16(x, true);
      const length = cd.getUint16(x + 2, true);
      if (id === 0x0001) {
        let q = x + 4;
        if (uncompressed === 0xffffffff) {
          uncompressed = Number(cd.getBigUint64(q, true));
          q += 8;
        }
        if (compressedSize === 0xffffffff) {
          compressedSize = Number(cd.getBigUint64(q, true));
          q += 8;
        }
        if (offset === 0xffffffff) offset = Number(cd.getBigUint64(q, true));
      }
      x += 4 + length;
    }
    entries.push({
      name,
      size: uncompressed,
      compressedSize,
      crc32: cd.getUint32(p + 16, true),
      compressionMethod: cd.getUint16(p + 10, true),
      flags: cd.getUint16(p + 8, true),
      offset,
    });
    p = extraEnd + commentLength;
  }
  return entries;
}

/**
 * The inflated bytes of a member, read a MiB at a time from the `Blob`, the CRC-32 and size
 * checked at the end.
 *
 * @throws `PoliceDataError` `invalid-archive` naming the archive and the member.
 */
export async function* blobZipChunks(blob: BlobLike, archive: string, entry: ZipEntry): AsyncGenerator<Uint8Array> {
  const fail = (problem: string): never => {
    throw archiveError(archive, entry.name, problem);
  };
  if (entry.flags & 1) fail("it is encrypted");
  if (entry.compressionMethod !== 0 && entry.compressionMethod !== 8)
    fail(`its compression method ${entry.compressionMethod} is not stored (0) or deflate (8)`);
  const header = await bytesOf(blob, entry.offset, entry.offset + 30);
  if (header.byteLength < 30 || header.getUint32(0, true) !== 0x04034b50) {
    fail(`invalid local file header signature${header.byteLength >= 4 ? `: 0x${header.getUint32(0, true).toString(16)}` : ""}`);
  }
  const start = entry.offset + 30 + header.getUint16(26, true) + header.getUint16(28, true);
  const end = start + entry.compressedSize;
  if (end > blob.size) fail(`its data overflow the archive (${end} > ${blob.size} bytes): it is cut short`);
  let crc = 0;
  let size = 0;
  const out: Uint8Array[] = [];
  const inflate = entry.compressionMethod === 8 ? new Inflate((chunk) => out.push(chunk)) : null;
  for (let at = start; at < end || (at === start && start === end); at += CHUNK) {
    const piece = new Uint8Array(await blob.slice(at, Math.min(end, at + CHUNK)).arrayBuffer());
    const last = at + CHUNK >= end;
    if (inflate === null) out.push(piece);
    else {
      try {
        inflate.push(piece, last);
      } catch (error) {
        fail(`it cannot be inflated (${error instanceof Error ? error.message : String(error)})`);
      }
    }
    for (const chunk of out) {
      crc = crc32(chunk, crc);
      size += chunk.length;
      if (size > entry.size) fail(`it holds more than the ${entry.size} bytes its central directory record gives`);
      yield chunk;
    }
    out.length = 0;
    if (last) break;
  }
  const fault = memberFault(archive, entry, size, crc);
  if (fault !== null) throw fault;
}
