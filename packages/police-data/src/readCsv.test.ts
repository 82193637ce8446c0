import * as fc from "fast-check";
import { describe, expect, it, vi } from "vitest";
import { chunked, collect, enc, referenceParse } from "../test/helpers.js";
import { PoliceDataError } from "./PoliceDataError.js";
import { readCsv } from "./readCsv.js";

async function parse(text: string, sizes: readonly number[] = []): Promise<string[][]> {
  const rows = await collect(readCsv({ name: "t.csv", data: chunked(enc(text), sizes) }));
  return rows.map((r) => [...r.fields]);
}

describe("readCsv", () => {
  it("doc example: BOM, CRLF, quoted commas and doubled quotes", async () => {
    const text = '\uFEFFWardName,Count\r\n"Mottingham, Coldharbour & New Eltham",3\r\n"St Mary\'s ""A""",4\r\n';
    const rows = [];
    for await (const row of readCsv({ name: "wards.csv", data: new TextEncoder().encode(text) })) rows.push([row.line, ...row.fields]);
    expect(rows).toEqual([
      [1, "WardName", "Count"],
      [2, "Mottingham, Coldharbour & New Eltham", "3"],
      [3, 'St Mary\'s "A"', "4"],
    ]);
  });

  it("handles LF, CRLF, no final line break, blank lines, empty fields", async () => {
    expect(await parse("a,b\n1,\n\n,2")).toEqual([
      ["a", "b"],
      ["1", ""],
      ["", "2"],
    ]);
    expect(await parse("a,b\r\n1,\r\n\r\n,2\r\n")).toEqual([
      ["a", "b"],
      ["1", ""],
      ["", "2"],
    ]);
  });

  it("a quoted field may hold a line break; line numbers count physical lines", async () => {
    const rows = await collect(readCsv(enc('h\n"x\ny"\nz\n')));
    expect(rows.map((r) => [r.line, ...r.fields])).toEqual([
      [1, "h"],
      [2, "x\ny"],
      [4, "z"],
    ]);
  });

  it("keeps non-ASCII text (UTF-8 split across chunks)", async () => {
    const text = "name\nCaf\u00e9 \u2013 Sant\u00e9\n";
    for (const size of [1, 2, 3, 5]) expect(await parse(text, [size])).toEqual([["name"], ["Caf\u00e9 \u2013 Sant\u00e9"]]);
  });

  it("throws invalid-csv with file and line for an unterminated quote", async () => {
    const err = await collect(readCsv({ name: "bad.csv", data: enc('a\n1\n"open,2\n') })).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(PoliceDataError);
    expect((err as PoliceDataError).code).toBe("invalid-csv");
    expect((err as PoliceDataError).message).toMatch(/^bad\.csv:3: /);
  });

  it("accepts strings, Node streams and several files", async () => {
    const { Readable } = await import("node:stream");
    const rows = await collect(readCsv([Readable.from(["a,b\n", "1,2\n"]), { name: "x", data: enc("c\n3\n") }]));
    expect(rows.map((r) => r.fields)).toEqual([["a", "b"], ["1", "2"], ["c"], ["3"]]);
  });

  it("text after a closing quote is kept (the field reads as written), blanks after it are dropped", async () => {
    expect(await parse('h1,h2,h3\n"12"3,"a" ,"b"\r\r\n"x"y"z",2,3\r\n')).toEqual([
      ["h1", "h2", "h3"],
      ['"12"3', "a", "b"],
      ['"x"y"z"', "2", "3"],
    ]);
    for (const sizes of [[1], [2, 3], [5]]) expect(await parse('h\n"12"3\n"a" \n', sizes)).toEqual([["h"], ['"12"3'], ["a"]]);
  });

  it("reads the same rows where there is no Node Buffer (a browser)", async () => {
    const text = 'a,b\n1,"x,y"\n2,3\n';
    vi.stubGlobal("Buffer", undefined);
    try {
      vi.resetModules();
      const fresh = (await import("./readCsv.js")) as typeof import("./readCsv.js");
      const rows = await collect(fresh.readCsv({ name: "x.csv", data: enc(text) }));
      expect(rows.map((r) => r.fields)).toEqual([
        ["a", "b"],
        ["1", "x,y"],
        ["2", "3"],
      ]);
    } finally {
      vi.unstubAllGlobals();
      vi.resetModules();
    }
  });

  it("a UTF-16 file (NUL bytes in the header) is an invalid-csv that says so, not a header of odd characters", async () => {
    const text = "\uFEFFWardName,Count\r\nA,1\r\n";
    const utf16 = new Uint8Array(Buffer.from(text, "utf16le"));
    await expect(collect(readCsv({ name: "u.csv", data: utf16 }))).rejects.toMatchObject({
      code: "invalid-csv",
      message: "u.csv:1: the header holds NUL characters; expected UTF-8 text (the file looks like UTF-16: save it as CSV UTF-8)",
    });
  });

  it("property: any chunking gives the rows of a reference parser", async () => {
    const field = fc.oneof(
      fc.stringMatching(/^[a-z0-9 .;-]{0,12}$/),
      fc.string({ maxLength: 8 }).map((s) => `"${s.replaceAll('"', '""')}"`),
      fc.constantFrom("-0.1", "", "No Location", '"a,b"', '"say ""hi"""', '"l1\nl2"', "\u00e9\u20ac"),
    );
    const row = fc.array(field, { minLength: 1, maxLength: 14 }).map((f) => f.join(","));
    await fc.assert(
      fc.asyncProperty(
        fc.array(row, { minLength: 1, maxLength: 12 }),
        fc.constantFrom("\n", "\r\n", "\r\r\n"),
        fc.boolean(),
        fc.boolean(),
        fc.array(fc.integer({ min: 1, max: 40 }), { minLength: 1, maxLength: 6 }),
        async (rows, eol, bom, finalEol, sizes) => {
          const build = (end: string) => (bom ? "\uFEFF" : "") + ["h", ...rows].join(end) + (finalEol ? end : "");
          // CR CR LF (a CRLF file converted again) reads as the same rows as LF
          expect(await parse(build(eol), sizes)).toEqual(referenceParse(build("\n")));
        },
      ),
      { numRuns: 300 },
    );
  });
});
