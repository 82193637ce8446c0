import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { STREET_HEADER, collect, enc } from "../test/helpers.js";
import * as main from "./index.js";
import * as node from "./node.js";

const dir = mkdtempSync(join(tmpdir(), "police-data-node-"));
const street = join(dir, "2024-01-metropolitan-street.csv");
writeFileSync(street, `${STREET_HEADER}\na1,2024-01,Met,Met,-0.3,51.6,On or near X,E01002000,Harrow 001A,Burglary,,\n`);
const long = join(dir, "counts.csv");
writeFileSync(long, "area,month,offence,count\nHarrow,2024-01,burglary,3\n");

describe("@crimestats/police-data/node", () => {
  it("reads files given as paths or file: URLs, named by their path", async () => {
    const { cube, reconciliation } = await node.streetCrimeCube([street], { area: "district" });
    expect(cube.dims).toEqual(["area", "month", "offence"]);
    expect(cube.total).toBe(1);
    expect(reconciliation.files).toEqual([street]);
    const records = await collect(node.readStreetCrimes(pathToFileURL(street)));
    expect(records.map((r) => [r.month, r.offence, r.file])).toEqual([["2024-01", "Burglary", street]]);
    expect((await collect(node.readLongCounts(long))).map((r) => r.count)).toEqual([3]);
    expect((await collect(node.readCsv(long))).map((r) => r.fields[0])).toEqual(["area", "Harrow"]);
  });

  it("also takes every source the main entry takes", async () => {
    const bytes = { name: "b.csv", data: enc("area,month,offence,count\nHarrow,2024-02,burglary,2\n") };
    expect((await collect(node.readLongCounts([long, bytes]))).map((r) => r.count)).toEqual([3, 2]);
  });

  it("a file named twice (under two spellings of its path) is an invalid-argument, as its rows would be counted twice", async () => {
    expect(() => node.readLongCounts([long, join(dir, ".", "counts.csv")])).toThrow(expect.objectContaining({ code: "invalid-argument" }));
    await expect(node.streetCrimeCube([street, pathToFileURL(street)])).rejects.toMatchObject({ code: "invalid-argument" });
  });

  it("a URL that is not a file: URL is an invalid-argument", () => {
    expect(() => node.readCsv(new URL("https://data.police.uk/x.csv"))).toThrow(expect.objectContaining({ code: "invalid-argument" }));
  });

  it("a missing file is reported when it is read, not when the reader is made", async () => {
    const reader = node.readCsv(join(dir, "absent.csv"));
    await expect(collect(reader)).rejects.toThrow(/ENOENT/);
  });

  it("the main entry reads no files: a path is an invalid-argument pointing to the node entry", async () => {
    await expect(collect(main.readCsv(long as never))).rejects.toMatchObject({
      code: "invalid-argument",
      message: expect.stringContaining("@crimestats/police-data/node"),
    });
    await expect(main.streetCrimeCube(street as never)).rejects.toMatchObject({ code: "invalid-argument" });
  });

  it("the main entry reads a web ReadableStream (a fetch body, file.stream())", async () => {
    const data = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(enc("area,month,offence,count\nHar"));
        controller.enqueue(enc("row,2024-01,burglary,4\n"));
        controller.close();
      },
    });
    expect((await collect(main.readLongCounts({ name: "s.csv", data }))).map((r) => [r.area, r.count])).toEqual([["Harrow", 4]]);
  });
});
