import { basename } from "node:path";
import { pipeline, type Readable } from "node:stream";
import { crc32, createInflateRaw } from "node:zlib";
import yauzl from "yauzl";
import { PoliceDataError } from "../PoliceDataError.js";
import { archiveError, memberFault, type ZipEntry } from "./zipBlob.js";

export type { ZipEntry } from "./zipBlob.js";

/** An open zip archive: its members and a reader of each. */
export interface ZipArchive {
  /** The archive's path. */
  readonly path: string;
  /** Every member (folders included, their names ending in `/`), in the central directory's order. */
  readonly entries: readonly ZipEntry[];
  /**
   * The inflated bytes of a member (given as an entry or by name), streamed; the CRC-32 and the size
   * are checked at its end. Throws `PoliceDataError` `invalid-archive` naming the archive and the
   * member when they do not match, the member cannot be inflated or the name is not in the archive.
   */
  read(entry: ZipEntry | string): AsyncIterable<Uint8Array>;
  /** Closes the archive once the reads under way end. */
  close(): void;
}

/** The name of a member in messages: `archive.zip:2024-01/2024-01-cumbria-street.csv`. */
export function memberName(path: string, entry: string): string {
  return `${basename(path)}:${entry}`;
}

/** What a yauzl fault means for the reader. */
function explain(message: string): string {
  if (/end of central directory record signature not found/i.test(message)) {
    return "it is not a zip archive, or it is cut short (no end-of-central-directory record: an HTML error page or a partial download?)";
  }
  if (/invalid central directory file header signature|central directory|file data overflows|unexpected EOF/i.test(message)) {
    return `it is cut short or corrupt (${message})`;
  }
  return message;
}

/** The message of a thrown value. */
function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Opens the archive with yauzl: only its end-of-central-directory record is read. */
function openYauzl(path: string): Promise<yauzl.ZipFile> {
  return new Promise((resolve, reject) => {
    yauzl.open(path, { lazyEntries: true, autoClose: false, decodeStrings: true, validateEntrySizes: true, strictFileNames: false }, (err, zip) => {
      if (err) reject(archiveError(path, null, explain(messageOf(err)), err));
      else resolve(zip);
    });
  });
}

/** Every entry of the central directory. */
function listEntries(path: string, zip: yauzl.ZipFile): Promise<ZipEntry[]> {
  return new Promise((resolve, reject) => {
    const entries: ZipEntry[] = [];
    zip.on("entry", (e: yauzl.Entry) => {
      entries.push({
        name: e.fileName,
        size: e.uncompressedSize,
        compressedSize: e.compressedSize,
        crc32: e.crc32 >>> 0,
        compressionMethod: e.compressionMethod,
        flags: e.generalPurposeBitFlag,
        offset: e.relativeOffsetOfLocalHeader,
      });
      zip.readEntry();
    });
    zip.on("end", () => resolve(entries));
    zip.on("error", (err: unknown) => reject(archiveError(path, null, explain(messageOf(err)), err)));
    zip.readEntry();
  });
}

/** A yauzl entry for the plain data of an entry (yauzl reads only these fields and their methods). */
function yauzlEntry(entry: ZipEntry): yauzl.Entry {
  return Object.assign(new yauzl.Entry(), {
    fileName: entry.name,
    uncompressedSize: entry.size,
    compressedSize: entry.compressedSize,
    crc32: entry.crc32,
    compressionMethod: entry.compressionMethod,
    generalPurposeBitFlag: entry.flags,
    relativeOffsetOfLocalHeader: entry.offset,
  });
}

/**
 * The stream of a member's inflated bytes: yauzl gives the stored bytes (it reads the local header
 * and checks its signature), inflated here with 64 KiB output chunks (yauzl's own inflation, in
 * 16 KiB chunks through one more stream, took about twice as long).
 */
function openStream(path: string, zip: yauzl.ZipFile, entry: ZipEntry): Promise<Readable> {
  if (entry.flags & 1) return Promise.reject(archiveError(path, entry.name, "it is encrypted"));
  if (entry.compressionMethod !== 0 && entry.compressionMethod !== 8) {
    return Promise.reject(archiveError(path, entry.name, `its compression method ${entry.compressionMethod} is not stored (0) or deflate (8)`));
  }
  return new Promise((resolve, reject) => {
    zip.openReadStream(yauzlEntry(entry), { decodeFileData: false }, (err, stored) => {
      if (err) reject(archiveError(path, entry.name, explain(messageOf(err)), err));
      else if (entry.compressionMethod === 0) resolve(stored);
      else resolve(pipeline(stored, createInflateRaw({ chunkSize: 1 << 16 }), () => {}));
    });
  });
}

/** The inflated bytes of a member, the CRC-32 and the size checked at the end. */
async function* checkedChunks(path: string, zip: yauzl.ZipFile, entry: ZipEntry): AsyncGenerator<Uint8Array> {
  const stream = await openStream(path, zip, entry);
  let crc = 0;
  let size = 0;
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      crc = crc32(chunk, crc);
      size += chunk.length;
      if (size > entry.size) throw archiveError(path, entry.name, `it holds more than the ${entry.size} bytes its central directory record gives`);
      yield chunk;
    }
  } catch (error) {
    if (error instanceof PoliceDataError) throw error;
    throw archiveError(path, entry.name, `it cannot be inflated (${messageOf(error)})`, error);
  } finally {
    stream.destroy();
  }
  const fault = memberFault(path, entry, size, crc);
  if (fault !== null) throw fault;
}

/**
 * Opens a zip archive from its central directory (nothing is unpacked to disk). Members are read
 * as streams, with Node's zlib, their CRC-32 and size checked.
 *
 * @param path - the archive's path.
 * @returns the archive's members and a reader of each; close it when done.
 * @throws `PoliceDataError` `invalid-archive` when the file is not a zip archive or is cut short.
 */
export async function openZip(path: string): Promise<ZipArchive> {
  const zip = await openYauzl(path);
  let entries: ZipEntry[];
  try {
    entries = await listEntries(path, zip);
  } catch (error) {
    zip.close();
    throw error;
  }
  let byName: Map<string, ZipEntry> | undefined;
  return {
    path,
    entries,
    read(entry) {
      const find = (): ZipEntry => {
        if (typeof entry !== "string") return entry;
        byName ??= new Map(entries.map((e) => [e.name, e]));
        const found = byName.get(entry);
        if (found === undefined) throw archiveError(path, entry, "there is no member of that name");
        return found;
      };
      return { [Symbol.asyncIterator]: () => foundChunks(path, zip, find) };
    },
    close() {
      zip.close();
    },
  };
}

/** The checked bytes of the member `find` gives (its faults thrown at the first step). */
async function* foundChunks(path: string, zip: yauzl.ZipFile, find: () => ZipEntry): AsyncGenerator<Uint8Array> {
  yield* checkedChunks(path, zip, find());
}

/**
 * The inflated bytes of one member of the archive at `path`, checked as {@link ZipArchive.read}
 * does, without listing the archive again: the archive is opened when the bytes are first asked
 * for and closed at their end.
 */
export function readZipEntry(path: string, entry: ZipEntry): AsyncIterable<Uint8Array> {
  return {
    async *[Symbol.asyncIterator]() {
      const zip = await openYauzl(path);
      try {
        yield* checkedChunks(path, zip, entry);
      } finally {
        zip.close();
      }
    },
  };
}

/**
 * A reader of members of the archive at `path` that shares one open archive between reads: it is
 * opened when a member is first read and closed once no read has been under way for a turn of the
 * event loop (so a reader going from member to member keeps it open, and nothing stays open after).
 */
export function sharedZipReader(path: string): (entry: ZipEntry) => AsyncIterable<Uint8Array> {
  let open: Promise<yauzl.ZipFile> | null = null;
  let active = 0;
  const release = (): void => {
    active--;
    if (active > 0) return;
    setImmediate(() => {
      if (active > 0 || open === null) return;
      const closing = open;
      open = null;
      closing.then(
        (zip) => zip.close(),
        () => {},
      );
    });
  };
  return (entry) => ({
    async *[Symbol.asyncIterator]() {
      active++;
      try {
        open ??= openYauzl(path);
        let zip: yauzl.ZipFile;
        try {
          zip = await open;
        } catch (error) {
          open = null;
          throw error;
        }
        yield* checkedChunks(path, zip, entry);
      } finally {
        release();
      }
    },
  });
}
