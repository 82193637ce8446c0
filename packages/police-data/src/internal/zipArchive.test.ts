import { strToU8, zipSync } from "fflate";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { failure, text } from "../../test/archiveHelpers.js";
import { openZip, readZipEntry } from "./zipArchive.js";

const dir = mkdtempSync(join(tmpdir(), "zip-archive-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let count = 0;
/** Writes `bytes` to a new file of the temporary folder and gives its path. */
function write(bytes: Uint8Array, name = `a${++count}.zip`): string {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
}

const big = `Crime ID,Month\n${Array.from({ length: 5000 }, (_, i) => `id${i},2024-01`).join("\n")}\n`;

describe("openZip", () => {
  it("lists every member with its size and reads stored and deflated members by entry or name", async () => {
    const path = write(zipSync({ "2024-01/a.csv": [strToU8("x,y\n1,2\n"), { level: 0 }], "2024-01/b.csv": [strToU8(big), { level: 6 }] }));
    const zip = await openZip(path);
    expect(zip.entries.map((e) => [e.name, e.size])).toEqual([
      ["2024-01/a.csv", 8],
      ["2024-01/b.csv", big.length],
    ]);
    expect(zip.entries[1]!.compressedSize).toBeLessThan(big.length);
    expect(await text(zip.read(zip.entries[0]!))).toBe("x,y\n1,2\n");
    expect(await text(zip.read("2024-01/b.csv"))).toBe(big);
    // a member can be read again, and several at once
    const [a, b] = await Promise.all([text(zip.read("2024-01/b.csv")), text(zip.read("2024-01/a.csv"))]);
    expect([a, b]).toEqual([big, "x,y\n1,2\n"]);
    zip.close();
  });

  it("reads an entry again from the archive's path, as plain data posted to another thread", async () => {
    const path = write(zipSync({ "m.csv": strToU8(big) }));
    const zip = await openZip(path);
    const entry = structuredClone(zip.entries[0]!);
    zip.close();
    expect(await text(readZipEntry(path, entry))).toBe(big);
  });

  it("fails with invalid-archive for a member name the archive does not hold", async () => {
    const zip = await openZip(write(zipSync({ "m.csv": strToU8("a\n") })));
    const error = await failure(() => text(zip.read("n.csv")));
    expect(error.code).toBe("invalid-archive");
    expect(error.message).toMatch(/"n\.csv"/);
    zip.close();
  });

  it("fails with invalid-archive naming the archive and member when a stored member's byte is flipped (CRC-32)", async () => {
    const bytes = zipSync({ "2024-01/m.csv": [strToU8("Crime ID,Month\nabc,2024-01\n"), { level: 0 }] });
    const at = Buffer.from(bytes).indexOf("abc");
    bytes[at] = "x".charCodeAt(0);
    const path = write(bytes, "flipped.zip");
    const zip = await openZip(path);
    const error = await failure(() => text(zip.read("2024-01/m.csv")));
    expect(error.code).toBe("invalid-archive");
    expect(error.message).toContain("flipped.zip");
    expect(error.message).toContain('"2024-01/m.csv"');
    expect(error.message).toMatch(/CRC-32/);
    expect(error.details).toMatchObject({ file: path, member: "2024-01/m.csv" });
    zip.close();
  });

  it("fails with invalid-archive when a deflated member's byte is flipped", async () => {
    const bytes = zipSync({ "m.csv": [strToU8(big), { level: 6 }] });
    const zip0 = await openZip(write(bytes));
    const { offset, compressedSize } = zip0.entries[0]!;
    zip0.close();
    // the data start after the 30-byte local header and the name ("m.csv", no extra field)
    bytes[offset + 30 + 5 + Math.floor(compressedSize / 2)]! ^= 0xff;
    const zip = await openZip(write(bytes));
    const error = await failure(() => text(zip.read("m.csv")));
    expect(error.code).toBe("invalid-archive");
    expect(error.details).toMatchObject({ member: "m.csv" });
    zip.close();
  });

  it("fails with invalid-archive when a member's local header is not a zip header", async () => {
    const bytes = zipSync({ "m.csv": strToU8("a\n") });
    bytes[0] = 0; // the local file header's signature
    const zip = await openZip(write(bytes));
    const error = await failure(() => text(zip.read("m.csv")));
    expect(error.code).toBe("invalid-archive");
    expect(error.message).toMatch(/"m\.csv".*local file header/);
    zip.close();
  });

  it("fails with invalid-archive for a truncated archive, an HTML page and an empty file", async () => {
    const bytes = zipSync({ "m.csv": strToU8(big) });
    for (const [name, content] of [
      ["cut.zip", bytes.subarray(0, bytes.length - 10)],
      ["page.zip", strToU8("<!DOCTYPE html><html><body>Service unavailable</body></html>")],
      ["empty.zip", new Uint8Array(0)],
    ] as const) {
      const error = await failure(() => openZip(write(content, name)));
      expect(error.code).toBe("invalid-archive");
      expect(error.message).toContain(name);
      expect(error.message).toMatch(/not a zip archive, or it is cut short/);
    }
  });
});
