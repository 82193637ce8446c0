import { closeSync, openSync, readSync } from "node:fs";
import { open } from "node:fs/promises";
import { separatorKernel } from "./separatorKernel.js";

const CHUNK = 1 << 20;

/**
 * The bytes of a file from `start` on, read into two reused 1 MiB buffers taking turns: the next
 * chunk is read while the caller works on this one (each chunk is valid until the one after next
 * is asked for). Without a fresh buffer per chunk, reading costs a tenth of the CPU time of a read
 * stream. The buffers are in the separator kernel's memory when it can lend them (see
 * `separatorKernel`).
 */
export async function* fileChunks(path: string, start: number): AsyncGenerator<Uint8Array> {
  const file = await open(path, "r");
  // buffers in the separator kernel's memory when it has two to lend (the scanner then reads the bytes where they are)
  const lent = separatorKernel()?.borrow();
  const buffers = lent ?? [Buffer.allocUnsafeSlow(CHUNK), Buffer.allocUnsafeSlow(CHUNK)];
  let turn = 0;
  let at = start;
  let next: Promise<{ bytesRead: number }> | undefined = file.read(buffers[0], 0, buffers[0].length, at);
  try {
    for (;;) {
      const { bytesRead } = await next;
      next = undefined;
      if (bytesRead === 0) return;
      at += bytesRead;
      const chunk = buffers[turn]!.subarray(0, bytesRead);
      turn ^= 1;
      next = file.read(buffers[turn]!, 0, buffers[turn]!.length, at);
      yield chunk;
    }
  } finally {
    await next?.catch(() => undefined);
    if (lent !== undefined) separatorKernel()!.giveBack(lent);
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
