import { closeSync, openSync, readSync } from "node:fs";
import { open } from "node:fs/promises";

const CHUNK = 1 << 20;

/**
 * The bytes of a file from `start` on, read into one reused 1 MiB buffer (each chunk is valid
 * until the next is asked for): without a fresh buffer per chunk, reading costs a tenth of the CPU
 * time of a read stream. Synchronous reads, for worker threads.
 */
export function* fileChunksSync(path: string, start: number): Generator<Uint8Array> {
  const fd = openSync(path, "r");
  try {
    const buf = Buffer.allocUnsafeSlow(CHUNK);
    let at = start;
    for (;;) {
      const n = readSync(fd, buf, 0, CHUNK, at);
      if (n === 0) return;
      at += n;
      yield buf.subarray(0, n);
    }
  } finally {
    closeSync(fd);
  }
}

/** {@link fileChunksSync} with asynchronous reads, for the main thread. */
export async function* fileChunks(path: string, start: number): AsyncGenerator<Uint8Array> {
  const file = await open(path, "r");
  try {
    const buf = Buffer.allocUnsafeSlow(CHUNK);
    let at = start;
    for (;;) {
      const { bytesRead } = await file.read(buf, 0, CHUNK, at);
      if (bytesRead === 0) return;
      at += bytesRead;
      yield buf.subarray(0, bytesRead);
    }
  } finally {
    await file.close();
  }
}

/**
 * The offset of the first byte after the first line feed at or after `from` (a row start when
 * that line feed is not inside a quoted field), or the file's size when there is none.
 */
export function afterLineFeed(path: string, from: number): number {
  const fd = openSync(path, "r");
  try {
    const buf = Buffer.allocUnsafe(1 << 16);
    let at = from;
    for (;;) {
      const n = readSync(fd, buf, 0, buf.length, at);
      if (n === 0) return at;
      const lf = buf.subarray(0, n).indexOf(10);
      if (lf >= 0) return at + lf + 1;
      at += n;
    }
  } finally {
    closeSync(fd);
  }
}
