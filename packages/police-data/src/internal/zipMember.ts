import { open } from "node:fs/promises";
import { crc32, inflateRawSync } from "node:zlib";
import { readZipEntry, type ZipEntry } from "./zipArchive.js";
import { archiveError, hex, memberFault } from "./zipBlob.js";

/** Members larger than this (inflated) are streamed rather than inflated whole. */
const WHOLE_LIMIT = 256 << 20;

/**
 * The inflated bytes of an archive member, checked as `readZipEntry` checks them (CRC-32, size,
 * local header): read and inflated in one piece, which takes a fraction of the time of a stream of
 * small chunks; members over 256 MB are streamed. The inflate is synchronous, into one buffer of
 * the size the central directory gives (with room to spare, so that a member longer than it
 * declares is still read whole and then refused): with zlib's default 16 KiB output chunks, the
 * callbacks, concatenation and garbage collection of the chunks took more CPU time than the
 * inflate itself, and the row scan waits for the inflated bytes either way.
 */
export async function* zipMemberChunks(path: string, entry: ZipEntry): AsyncGenerator<Uint8Array> {
  if (entry.size > WHOLE_LIMIT || (entry.flags & 1) !== 0 || (entry.compressionMethod !== 0 && entry.compressionMethod !== 8)) {
    yield* readZipEntry(path, entry);
    return;
  }
  const file = await open(path, "r");
  let stored: Buffer;
  try {
    const header = Buffer.alloc(30);
    await file.read(header, 0, 30, entry.offset);
    if (header.readUInt32LE(0) !== 0x04034b50) {
      throw archiveError(path, entry.name, `its local header is not a zip local file header (signature ${hex(header.readUInt32LE(0))})`);
    }
    const start = entry.offset + 30 + header.readUInt16LE(26) + header.readUInt16LE(28);
    stored = Buffer.allocUnsafe(entry.compressedSize);
    const { bytesRead } = await file.read(stored, 0, entry.compressedSize, start);
    if (bytesRead !== entry.compressedSize) throw archiveError(path, entry.name, "it is cut short (the archive ends inside it)");
  } finally {
    await file.close();
  }
  let data: Buffer;
  try {
    data = entry.compressionMethod === 8 ? inflateRawSync(stored, { chunkSize: Math.max(entry.size + 1024, 64 << 10) }) : stored;
  } catch (error) {
    throw archiveError(path, entry.name, `it cannot be inflated (${error instanceof Error ? error.message : String(error)})`, error);
  }
  const fault = memberFault(path, entry, data.length, crc32(data));
  if (fault !== null) throw fault;
  yield data;
}
