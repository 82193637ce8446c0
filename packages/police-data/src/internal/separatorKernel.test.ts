import fc from "fast-check";
import { afterEach, describe, expect, it } from "vitest";
import { separatorsBase64 } from "../../scripts/wasm.mjs";
import { CsvScanner, useSeparatorKernel } from "./scanner.js";
import { separatorKernel } from "./separatorKernel.js";
import { separatorsWasm } from "./separatorsWasm.js";

interface Read {
  /** Each row as its line, its fields' kinds and its fields, one row a line. */
  rows: string;
  stoppedAt: number;
  lines: number;
  error?: string;
}

/**
 * What a scanner gives for `chunks` (with the kernel or without), as plain data. `inPlace`: each
 * chunk is first copied into buffers lent by the kernel (taking turns), as a file reader does.
 */
function read(chunks: Uint8Array[], withKernel: boolean, range?: { start: number; limit: number }, inPlace = false): Read {
  useSeparatorKernel(withKernel ? separatorKernel() : undefined);
  const lent = inPlace ? separatorKernel()!.borrow()! : undefined;
  const lend = (chunk: Uint8Array, i: number): Uint8Array => {
    if (lent === undefined) return chunk;
    const into = lent[i % 2]!.subarray(0, chunk.length);
    into.set(chunk);
    return into;
  };
  try {
    return scan(chunks, lend, range);
  } finally {
    if (lent !== undefined) separatorKernel()!.giveBack(lent);
  }
}

function scan(chunks: Uint8Array[], lend: (chunk: Uint8Array, i: number) => Uint8Array, range?: { start: number; limit: number }): Read {
  let rows = "";
  const scanner = new CsvScanner(
    "t.csv",
    (buf, starts, ends, kinds, n, line) => {
      rows += `${line} ${kinds.subarray(0, n).join("")}`;
      for (let i = 0; i < n; i++) rows += `|${Buffer.from(buf.subarray(starts[i]!, ends[i]!)).toString("latin1")}`;
      rows += "\n";
    },
    range,
  );
  try {
    for (const [i, chunk] of chunks.entries()) {
      scanner.push(lend(chunk, i));
      if (scanner.stopped) break;
    }
    scanner.end();
  } catch (e) {
    return { rows, stoppedAt: scanner.stoppedAt, lines: scanner.lines, error: (e as Error).message };
  }
  return { rows, stoppedAt: scanner.stoppedAt, lines: scanner.lines };
}

/** `bytes` cut before each of `cuts` (offsets, any order). */
function cut(bytes: Uint8Array, cuts: number[]): Uint8Array[] {
  const at = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
  const out: Uint8Array[] = [];
  let from = 0;
  for (const c of [...at, bytes.length]) {
    out.push(bytes.slice(from, c));
    from = c;
  }
  return out;
}

const bytesOf = (text: string): Uint8Array => new Uint8Array(Buffer.from(text, "latin1"));

afterEach(() => useSeparatorKernel(undefined));

describe("the separator kernel (WebAssembly SIMD)", () => {
  it("is the module built from wasm/separators.wat, and compiles on this Node.js", async () => {
    expect(separatorsWasm).toBe(await separatorsBase64());
    expect(separatorKernel()).toBeDefined();
  });

  it("finds commas and line feeds (a line feed's offset with the top bit set) and stops at the first double quote", () => {
    const k = separatorKernel()!;
    const text = `${"a".repeat(62)},\n${"b".repeat(70)},c\n"q",\n`;
    k.bytes.set(bytesOf(text));
    const n = k.separators(0, text.length);
    const found = Array.from(k.found.subarray(0, n));
    const quote = text.indexOf('"');
    const expected = [...text.slice(0, quote)].flatMap((c, i) => (c === "," ? [i] : c === "\n" ? [i | 0x80000000 | 0] : []));
    expect(found).toEqual(expected);
    expect(k.stop()).toBe(quote);
  });

  it("reads no byte at or past the end it is given (a block is read whole)", () => {
    const k = separatorKernel()!;
    for (let n = 0; n <= 130; n++) {
      k.bytes.fill(44, 0, 200);
      expect(k.separators(0, n)).toBe(n);
      expect(k.stop()).toBe(n);
    }
  });

  it("gives the rows of the JavaScript search for any bytes, cut into chunks anywhere, with or without a byte range, copied or read where they are", () => {
    // double quotes are rare, so that runs of rows long enough for the kernel come between them
    const piece = fc.oneof(
      {
        weight: 40,
        arbitrary: fc.constantFrom("a", "bc", "1234567890", ",", ",", "\n", "\r\n", "\r", "\r\r\n", "é", " ", "x".repeat(70), ",,,,,,,,,,\n", "\n\n"),
      },
      { weight: 1, arbitrary: fc.constantFrom('"', '""', '"a,\nb"') },
    );
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 1500, size: "max" }),
        fc.array(fc.nat(), { maxLength: 6 }),
        fc.option(fc.nat(), { nil: undefined }),
        (pieces, cuts, limit) => {
          const bytes = bytesOf(pieces.join(""));
          const chunks = cut(bytes, cuts);
          const range = limit === undefined ? undefined : { start: 0, limit: limit % (bytes.length + 2) };
          const expected = read(chunks, false, range);
          expect(read(chunks, true, range)).toEqual(expected);
          expect(read(chunks, true, range, true)).toEqual(expected);
        },
      ),
      { numRuns: 500 },
    );
  });

  it("reads rows longer than its window, chunks longer than its window, rows of many fields, and more separators than it holds at once", () => {
    const long = `${"y".repeat(1.5 * 2 ** 20)},z\nnext,row\n`;
    const commas = `${",,,,,,,,,,,,,,,\n".repeat(40_000)}${",".repeat(700_000)}\nlast\n`;
    const rows = `${"2024-01,E01000001,Burglary,\n".repeat(60_000)}"quoted, field",2\nafter,quote\n`;
    const wide = Array.from({ length: 3000 }, (_, i) => `${"f,".repeat(60 + (i % 80))}end\n`).join("");
    for (const text of [long, commas, rows, wide]) {
      const bytes = bytesOf(text);
      for (const chunks of [[bytes], cut(bytes, [12_345, 2 ** 20 + 7])]) {
        const withKernel = read(chunks, true);
        expect(withKernel).toEqual(read(chunks, false));
        expect(withKernel.lines).toBe(text.split("\n").length - 1);
      }
      // read where they are, in chunks of the 1 MiB a file reader reads at once
      const mib = cut(
        bytes,
        Array.from({ length: Math.ceil(bytes.length / 2 ** 20) }, (_, i) => i * 2 ** 20),
      );
      expect(read(mib, true, undefined, true)).toEqual(read(mib, false));
    }
  }, 60_000);

  it("stops at the first row at or after the limit of a byte range, as the JavaScript search does", () => {
    const text = "h1,h2\n".concat(Array.from({ length: 5000 }, (_, i) => `${i},${"v".repeat(i % 97)}\n`).join(""));
    const bytes = bytesOf(text);
    for (const limit of [0, 6, 7, 1000, 123_456, bytes.length - 1, bytes.length]) {
      const withKernel = read([bytes], true, { start: 0, limit });
      expect(withKernel).toEqual(read([bytes], false, { start: 0, limit }));
      const stop = withKernel.stoppedAt;
      if (stop >= 0) expect(text[stop - 1]).toBe("\n");
    }
  });
});
