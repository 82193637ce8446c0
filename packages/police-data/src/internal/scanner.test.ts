import fc from "fast-check";
import { afterEach, describe, expect, it } from "vitest";
import { CsvScanner, type ScanRange, useSeparatorKernel } from "./scanner.js";
import { separatorKernel } from "./separatorKernel.js";

/** The rows (line and fields) a scanner reads from `chunks` within `range`; `move` may change the range's limit before each chunk. */
function rowsOf(chunks: Uint8Array[], range: ScanRange, move?: (range: ScanRange, i: number) => void): { rows: string[]; stoppedAt: number; error?: string } {
  const rows: string[] = [];
  const scanner = new CsvScanner(
    "t.csv",
    (buf, starts, ends, _kinds, n, line) => {
      const fields: string[] = [];
      for (let i = 0; i < n; i++) fields.push(Buffer.from(buf.subarray(starts[i]!, ends[i]!)).toString("latin1"));
      rows.push(`${line}:${fields.join("|")}`);
    },
    range,
  );
  try {
    for (const [i, chunk] of chunks.entries()) {
      move?.(range, i);
      scanner.push(chunk);
      if (scanner.stopped) break;
    }
    scanner.end();
  } catch (e) {
    return { rows, stoppedAt: scanner.stoppedAt, error: (e as Error).message };
  }
  return { rows, stoppedAt: scanner.stoppedAt };
}

afterEach(() => useSeparatorKernel(undefined));

describe("CsvScanner", () => {
  it("property: a limit moved while the input is read (never to or before what was read) gives the rows of that last limit from the start", () => {
    const row = fc.array(fc.constantFrom("a", "bb", "1234567890", ",", '"q,\n"', "\r"), { minLength: 1, maxLength: 12 }).map((p) => `${p.join("")}\n`);
    fc.assert(
      fc.property(
        fc.array(row, { minLength: 1, maxLength: 300, size: "max" }),
        fc.integer({ min: 1, max: 700 }),
        fc.array(fc.nat(), { minLength: 1, maxLength: 8 }),
        fc.boolean(),
        (rows, chunkSize, moves, withKernel) => {
          useSeparatorKernel(withKernel ? separatorKernel() : undefined);
          const bytes = new Uint8Array(Buffer.from(rows.join(""), "latin1"));
          const chunks: Uint8Array[] = [];
          for (let at = 0; at < bytes.length; at += chunkSize) chunks.push(bytes.slice(at, at + chunkSize));
          // the limit moves to a random offset past what has been read, before each of the first chunks
          let last = Infinity;
          const moved = rowsOf(chunks, { start: 0, limit: Infinity }, (range, i) => {
            if (i >= moves.length) return;
            const read = range.read ?? 0;
            range.limit = read + 1 + (moves[i]! % (bytes.length + 1));
            last = range.limit;
          });
          expect(moved).toEqual(rowsOf(chunks, { start: 0, limit: last }));
        },
      ),
      { numRuns: 400 },
    );
  });

  it("keeps `read` at the offset of the next byte to be pushed", () => {
    const range: ScanRange = { start: 10, limit: Infinity };
    const scanner = new CsvScanner("t.csv", () => undefined, range);
    scanner.push(new Uint8Array(Buffer.from("a,b\nc,")));
    expect(range.read).toBe(16);
    scanner.push(new Uint8Array(Buffer.from("d\n")));
    expect(range.read).toBe(18);
  });
});
