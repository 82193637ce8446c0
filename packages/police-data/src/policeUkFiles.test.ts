import * as fc from "fast-check";
import { strToU8, zipSync, type Zippable } from "fflate";
import { crc32 as zlibCrc32 } from "node:zlib";
import { describe, expect, it } from "vitest";
import { failure, text } from "../test/archiveHelpers.js";
import { STREET_HEADER } from "../test/helpers.js";
import { crc32 } from "./internal/zipBlob.js";
import { policeUkFiles } from "./policeUkFiles.js";
import { streetCrimeCube } from "./streetCrimeCube.js";

/** A street file of `month` with one row per LSOA name (all burglaries). */
function street(month: string, force: string, lsoas: readonly string[]): string {
  const lines = lsoas.map(
    (lsoa, i) => `${month}-${force}-${i},${month},${force},${force},-3.0,54.6,On or near X,E01${String(i).padStart(6, "0")},${lsoa},Burglary,,`,
  );
  return `${STREET_HEADER}\n${lines.join("\n")}\n`;
}

function zip(files: Record<string, string>, level: 0 | 6 = 6): Uint8Array {
  const zippable: Zippable = {};
  for (const [path, text] of Object.entries(files)) zippable[path] = [strToU8(text), { level }];
  return zipSync(zippable);
}

/** Over a MiB of rows, so a member is read in several slices. */
const large = street(
  "2024-02",
  "cumbria",
  Array.from({ length: 14_000 }, (_, i) => `Carlisle ${String(i % 40).padStart(3, "0")}A`),
);
const files = {
  "2024-01/2024-01-cumbria-street.csv": street("2024-01", "cumbria", ["Carlisle 001A", "Eden 002B"]),
  "2024-01/2024-01-cumbria-outcomes.csv": "Crime ID,Month\n",
  "2024-02/2024-02-cumbria-street.csv": large,
  "2024-02/2024-02-gwent-street.csv": street("2024-02", "gwent", ["Newport 001A"]),
  "2024-02/": "",
};

/**
 * A zip64 archive of stored members, written by hand (every size and offset in the zip64 extra
 * fields, the zip64 end records before the classic one), as archivers write archives over 4 GiB.
 */
function zip64(members: Record<string, string>): Uint8Array {
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let at = 0;
  for (const [name, content] of Object.entries(members)) {
    const data = Buffer.from(content);
    const nameBytes = Buffer.from(name);
    const extra = Buffer.alloc(4 + 24);
    extra.writeUInt16LE(0x0001, 0);
    extra.writeUInt16LE(24, 2);
    extra.writeBigUInt64LE(BigInt(data.length), 4);
    extra.writeBigUInt64LE(BigInt(data.length), 12);
    extra.writeBigUInt64LE(BigInt(at), 20);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(45, 4);
    local.writeUInt32LE(zlibCrc32(data), 14);
    local.writeUInt32LE(0xffffffff, 18);
    local.writeUInt32LE(0xffffffff, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    local.writeUInt16LE(20, 28);
    const localExtra = Buffer.alloc(20);
    localExtra.writeUInt16LE(0x0001, 0);
    localExtra.writeUInt16LE(16, 2);
    localExtra.writeBigUInt64LE(BigInt(data.length), 4);
    localExtra.writeBigUInt64LE(BigInt(data.length), 12);
    const record = Buffer.alloc(46);
    record.writeUInt32LE(0x02014b50, 0);
    record.writeUInt16LE(45, 4);
    record.writeUInt16LE(45, 6);
    record.writeUInt32LE(zlibCrc32(data), 16);
    record.writeUInt32LE(0xffffffff, 20);
    record.writeUInt32LE(0xffffffff, 24);
    record.writeUInt16LE(nameBytes.length, 28);
    record.writeUInt16LE(extra.length, 30);
    record.writeUInt32LE(0xffffffff, 42);
    central.push(record, nameBytes, extra);
    parts.push(local, nameBytes, localExtra, data);
    at += local.length + nameBytes.length + localExtra.length + data.length;
  }
  const cd = Buffer.concat(central);
  const count = Object.keys(members).length;
  const end64 = Buffer.alloc(56);
  end64.writeUInt32LE(0x06064b50, 0);
  end64.writeBigUInt64LE(44n, 4);
  end64.writeUInt16LE(45, 12);
  end64.writeUInt16LE(45, 14);
  end64.writeBigUInt64LE(BigInt(count), 24);
  end64.writeBigUInt64LE(BigInt(count), 32);
  end64.writeBigUInt64LE(BigInt(cd.length), 40);
  end64.writeBigUInt64LE(BigInt(at), 48);
  const locator = Buffer.alloc(20);
  locator.writeUInt32LE(0x07064b50, 0);
  locator.writeBigUInt64LE(BigInt(at + cd.length), 8);
  locator.writeUInt32LE(1, 16);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(0xffff, 8);
  end.writeUInt16LE(0xffff, 10);
  end.writeUInt32LE(0xffffffff, 12);
  end.writeUInt32LE(0xffffffff, 16);
  return new Uint8Array(Buffer.concat([...parts, cd, end64, locator, end]));
}

describe("policeUkFiles (main entry)", () => {
  it("doc example", async () => {
    const archive = new File([zip({ "2024-01/2024-01-cumbria-street.csv": street("2024-01", "cumbria", ["Carlisle 001A"]) })], "2024-01.zip");
    const found = await policeUkFiles(archive, { kinds: ["street"] });
    expect(found.street.map((f) => [f.name, f.force, f.month])).toEqual([["2024-01.zip:2024-01/2024-01-cumbria-street.csv", "cumbria", "2024-01"]]);
    const { cube } = await streetCrimeCube(found.street, { area: "district" });
    expect(cube.labels.area).toEqual(["Carlisle"]);
  });

  it("reads an archive Blob's members by slices, deflated or stored, the same bytes as were zipped", async () => {
    for (const level of [6, 0] as const) {
      const found = await policeUkFiles(new Blob([zip(files, level)]));
      expect(found.street.map((f) => f.name)).toEqual([
        "archive.zip:2024-01/2024-01-cumbria-street.csv",
        "archive.zip:2024-02/2024-02-cumbria-street.csv",
        "archive.zip:2024-02/2024-02-gwent-street.csv",
      ]);
      expect([found.outcomes.length, found.forces, found.months, found.ignored]).toEqual([1, ["cumbria", "gwent"], ["2024-01", "2024-02"], []]);
      expect(await text(found.street[1]!.data)).toBe(large);
      expect(found.street[1]!.size).toBe(large.length);
      const { cube } = await streetCrimeCube(found.street, { area: "district", by: ["area"] });
      expect([cube.labels.area, [...cube.values]]).toEqual([
        ["Carlisle", "Eden", "Newport"],
        [14_001, 1, 1],
      ]);
    }
  });

  it("reads the files of a folder the user picked, named by their relative paths", async () => {
    const picked = Object.entries(files)
      .filter(([path]) => !path.endsWith("/"))
      .map(([path, content]) => Object.assign(new File([content], path.slice(8)), { webkitRelativePath: `police/${path}` }));
    const found = await policeUkFiles([...picked, new File(["x"], "notes.txt")], { forces: ["cumbria"], kinds: ["street"] });
    expect(found.street.map((f) => f.name)).toEqual(["police/2024-01/2024-01-cumbria-street.csv", "police/2024-02/2024-02-cumbria-street.csv"]);
    expect(found.ignored).toEqual(["notes.txt"]);
    expect((await streetCrimeCube(found.street)).cube.total).toBe(14_002);
  });

  it("reads a zip64 archive (sizes and offsets in the zip64 records)", async () => {
    const found = await policeUkFiles(
      new Blob([
        zip64({
          "2024-01/2024-01-cumbria-street.csv": files["2024-01/2024-01-cumbria-street.csv"],
          "2024-02/2024-02-gwent-street.csv": files["2024-02/2024-02-gwent-street.csv"],
        }),
      ]),
    );
    expect(found.street.map((f) => f.member)).toEqual(["2024-01/2024-01-cumbria-street.csv", "2024-02/2024-02-gwent-street.csv"]);
    expect(await text(found.street[1]!.data)).toBe(files["2024-02/2024-02-gwent-street.csv"]);
    expect((await streetCrimeCube(found.street)).cube.total).toBe(3);
  });

  it("fails the reader, with no cube, when a member has a flipped byte", async () => {
    const bytes = zip(files, 0);
    bytes[Buffer.from(bytes).indexOf("Newport 001A")]! ^= 0x01;
    const found = await policeUkFiles(new File([bytes], "flipped.zip"));
    const error = await failure(() => streetCrimeCube(found.street));
    expect([error.code, error.details]).toEqual(["invalid-archive", { file: "flipped.zip", member: "2024-02/2024-02-gwent-street.csv" }]);
    expect(error.message).toMatch(/CRC-32/);
    const deflated = zip({ "2024-02/2024-02-cumbria-street.csv": large });
    deflated[Math.floor(deflated.length / 2)]! ^= 0xff;
    const corrupt = await failure(async () => streetCrimeCube((await policeUkFiles(new Blob([deflated]))).street));
    expect([corrupt.code, corrupt.details["member"]]).toEqual(["invalid-archive", "2024-02/2024-02-cumbria-street.csv"]);
  });

  it("reports a corrupt member as such, not as the bad header or category its bytes give before its end", async () => {
    const { policeUkCategories } = await import("@crimestats/taxonomy");
    const header = zip(files, 0);
    header[Buffer.from(header).indexOf("Crime ID,Month", Buffer.from(header).indexOf("2024-02-gwent"))]! ^= 0x01;
    const wrongHeader = await failure(async () => streetCrimeCube((await policeUkFiles(new Blob([header]))).street));
    expect([wrongHeader.code, wrongHeader.details["member"]]).toEqual(["invalid-archive", "2024-02/2024-02-gwent-street.csv"]);
    const category = zip(files, 0);
    category[Buffer.from(category).indexOf("Burglary", Buffer.from(category).indexOf("Newport 001A"))]! ^= 0x01;
    const found = await policeUkFiles(new Blob([category]));
    const unmapped = await failure(() => streetCrimeCube(found.street, { taxonomy: policeUkCategories }));
    expect([unmapped.code, unmapped.details["member"]]).toEqual(["invalid-archive", "2024-02/2024-02-gwent-street.csv"]);
    // the same bytes, not in an archive, fail for their category
    const plain = { name: "plain.csv", data: strToU8(files["2024-02/2024-02-gwent-street.csv"].replace("Burglary", "Curglary")) };
    expect((await failure(() => streetCrimeCube(plain, { taxonomy: policeUkCategories }))).code).toBe("invalid-value");
  });

  it("fails when a member's local header is not a zip header", async () => {
    const bytes = zip(files);
    bytes[0] = 0x50; // "P" of "PK\x03\x04" becomes anything else: here it is changed to another signature byte
    bytes[1] = 0x00;
    const error = await failure(async () => streetCrimeCube((await policeUkFiles(new Blob([bytes]))).street));
    expect([error.code, error.details["member"]]).toEqual(["invalid-archive", "2024-01/2024-01-cumbria-street.csv"]);
    expect(error.message).toMatch(/local file header/);
  });

  it("fails with invalid-archive for a truncated archive, an HTML page and an empty Blob", async () => {
    const bytes = zip(files);
    for (const blob of [new Blob([bytes.subarray(0, bytes.length - 30)]), new Blob(["<html><body>Not found</body></html>"]), new Blob([])]) {
      const error = await failure(() => policeUkFiles(blob));
      expect([error.code, error.message]).toEqual(["invalid-archive", expect.stringMatching(/"archive\.zip".*not a zip archive, or it is cut short/)]);
    }
    // cut inside the central directory, leaving an end record that points past the end
    const end = bytes.subarray(bytes.length - 22);
    const cut = new Uint8Array([...bytes.subarray(0, bytes.length - 60), ...end]);
    expect((await failure(() => policeUkFiles(new Blob([cut])))).code).toBe("invalid-archive");
  });

  it("fails with invalid-argument for a path, which only the Node entry reads", async () => {
    const error = await failure(() => policeUkFiles("archive.zip" as never));
    expect([error.code, error.message]).toEqual(["invalid-argument", expect.stringMatching(/@crimestats\/police-data\/node/)]);
  });

  it("computes the CRC-32 zip uses (as zlib does), in one piece or in several", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), fc.nat(300), (bytes, cut) => {
        const at = Math.min(cut, bytes.length);
        expect(crc32(bytes.subarray(at), crc32(bytes.subarray(0, at)))).toBe(zlibCrc32(bytes));
      }),
    );
  });
});
