import { strToU8, zipSync, type Zippable } from "fflate";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { failure, text } from "../../test/archiveHelpers.js";
import { STREET_HEADER } from "../../test/helpers.js";
import { policeUkFiles, readOutcomes, readStopAndSearch, readStreetCrimes, streetCrimeCube } from "../node.js";
import { readZipEntry, type ZipEntry } from "../internal/zipArchive.js";

const dir = mkdtempSync(join(tmpdir(), "police-uk-files-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const OUTCOMES_HEADER = "Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,Outcome type";
const STOP_HEADER =
  "Type,Date,Part of a policing operation,Policing operation,Latitude,Longitude,Gender,Age range,Self-defined ethnicity,Officer-defined ethnicity,Legislation,Object of search,Outcome,Outcome linked to object of search,Removal of more than just outer clothing";

/** A street file of `month` with one row per [LSOA name, crime type]. */
function street(month: string, force: string, rows: readonly (readonly [string, string])[]): string {
  const lines = rows.map(
    ([lsoa, type], i) => `${month}-${force}-${i},${month},${force},${force},-3.0,54.6,On or near X,E01${String(i).padStart(6, "0")},${lsoa},${type},,`,
  );
  return `${STREET_HEADER}\n${lines.join("\n")}\n`;
}
const outcomes = (month: string) =>
  `${OUTCOMES_HEADER}\nabc,${month},Cumbria Constabulary,Cumbria Constabulary,-3.0,54.6,On or near X,E01019126,Allerdale 001A,Unable to prosecute suspect\n`;
const stops = (month: string) =>
  `${STOP_HEADER}\nPerson search,${month}-15T10:00:00+00:00,False,,54.6,-3.0,Male,18-24,,,Misuse of Drugs Act 1971 (section 23),Controlled drugs,Arrest,True,False\n`;

/** The files of an archive covering January and February 2024, Cumbria and Gwent. */
function archive(): Record<string, string> {
  return {
    "2024-01/2024-01-cumbria-street.csv": street("2024-01", "cumbria", [
      ["Allerdale 001A", "Burglary"],
      ["Carlisle 002B", "Burglary"],
      ["Carlisle 002B", "Robbery"],
    ]),
    "2024-01/2024-01-cumbria-outcomes.csv": outcomes("2024-01"),
    "2024-01/2024-01-cumbria-stop-and-search.csv": stops("2024-01"),
    "2024-01/2024-01-gwent-street.csv": street("2024-01", "gwent", [["Newport 001A", "Robbery"]]),
    "2024-02/2024-02-cumbria-street.csv": street("2024-02", "cumbria", [["Allerdale 001A", "Robbery"]]),
    "2024-02/2024-02-gwent-street.csv": street("2024-02", "gwent", [["Newport 001A", "Burglary"]]),
    "README.txt": "Downloaded from data.police.uk\n",
  };
}

/** A zip of `files` (deflated unless `level` says otherwise) written to the temporary folder. */
function writeZip(name: string, files: Record<string, string>, level: 0 | 6 = 6): string {
  const zippable: Zippable = {};
  for (const [path, text] of Object.entries(files)) zippable[path] = [strToU8(text), { level }];
  const path = join(dir, name);
  writeFileSync(path, zipSync(zippable));
  return path;
}

/** A folder holding `files` (their paths may hold monthly folders). */
function writeFolder(name: string, files: Record<string, string>): string {
  const root = join(dir, name);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, ".."), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

const flat = (files: Record<string, string>) => Object.fromEntries(Object.entries(files).map(([p, t]) => [p.slice(p.lastIndexOf("/") + 1), t]));

describe("policeUkFiles", () => {
  it("doc example", async () => {
    const path = writeZip("2024-02.zip", archive());
    const files = await policeUkFiles(path, { forces: ["cumbria"] });
    expect(files.street.map((f) => f.name)).toEqual(["2024-02.zip:2024-01/2024-01-cumbria-street.csv", "2024-02.zip:2024-02/2024-02-cumbria-street.csv"]);
    expect([files.forces, files.months]).toEqual([["cumbria"], ["2024-01", "2024-02"]]);
    const { cube } = await streetCrimeCube(files.street, { area: "district" });
    expect(cube.labels.month).toEqual(["2024-01", "2024-02"]);
  });

  it("groups an archive's members by kind, with force, month, size and where each is; other members are ignored", async () => {
    const files = await policeUkFiles(writeZip("all.zip", archive()));
    expect(files.street.map((f) => [f.force, f.month])).toEqual([
      ["cumbria", "2024-01"],
      ["gwent", "2024-01"],
      ["cumbria", "2024-02"],
      ["gwent", "2024-02"],
    ]);
    expect(files.outcomes.map((f) => f.name)).toEqual(["all.zip:2024-01/2024-01-cumbria-outcomes.csv"]);
    expect(files.stopAndSearch.map((f) => [f.kind, f.member])).toEqual([["stop-and-search", "2024-01/2024-01-cumbria-stop-and-search.csv"]]);
    expect(files.street[0]!.size).toBe(archive()["2024-01/2024-01-cumbria-street.csv"]!.length);
    expect(files.street[0]!.path).toBe(join(dir, "all.zip"));
    expect([files.forces, files.months, files.ignored]).toEqual([["cumbria", "gwent"], ["2024-01", "2024-02"], ["all.zip:README.txt"]]);
  });

  it("gives each file where its bytes are (an archive's path and entry, or a file's path) for reading in a worker thread", async () => {
    const path = writeZip("origin.zip", archive());
    const [member] = (await policeUkFiles(path, { kinds: ["outcomes"] })).outcomes as unknown as { origin: { path: string; entry: ZipEntry } }[];
    expect(member!.origin.path).toBe(path);
    expect(await text(readZipEntry(path, structuredClone(member!.origin.entry)))).toBe(outcomes("2024-01"));
    const root = writeFolder("origin", archive());
    const [file] = (await policeUkFiles(root, { kinds: ["outcomes"] })).outcomes as unknown as { origin: { path: string } }[];
    expect(file!.origin).toEqual({ path: join(root, "2024-01/2024-01-cumbria-outcomes.csv") });
  });

  it("also takes what the main entry takes: an archive as a Blob", async () => {
    const blob = new Blob([zipSync({ "2024-01/2024-01-cumbria-street.csv": strToU8(archive()["2024-01/2024-01-cumbria-street.csv"]!) })]);
    const files = await policeUkFiles(blob);
    expect(files.street.map((f) => f.name)).toEqual(["archive.zip:2024-01/2024-01-cumbria-street.csv"]);
    expect((await streetCrimeCube(files.street)).cube.total).toBe(3);
  });

  it.skipIf(!existsSync("/proc/self/fd"))("closes the archive once its members are read, and leaves it closed until one is read again", async () => {
    const files = await policeUkFiles(writeZip("closes.zip", archive()));
    const open = () => readdirSync("/proc/self/fd").length;
    const settle = () => new Promise((resolve) => setTimeout(resolve, 20));
    await settle();
    const before = open();
    const reading = files.street[0]!.data[Symbol.asyncIterator]();
    await reading.next();
    expect(open()).toBe(before + 1);
    await reading.return?.();
    await streetCrimeCube(files.street);
    await settle();
    expect(open()).toBe(before);
  });

  it("selects kinds, forces and months", async () => {
    const path = writeZip("select.zip", archive());
    const some = await policeUkFiles(path, { kinds: ["street"], forces: ["gwent"], from: "2024-02" });
    expect([some.street.map((f) => f.member), some.outcomes, some.stopAndSearch]).toEqual([["2024-02/2024-02-gwent-street.csv"], [], []]);
    const upTo = await policeUkFiles(path, { to: "2024-01", kinds: ["outcomes", "stop-and-search"] });
    expect([upTo.street.length, upTo.outcomes.length, upTo.stopAndSearch.length, upTo.months]).toEqual([0, 1, 1, ["2024-01"]]);
  });

  it("gives sources every reader takes as they are, read again on each iteration", async () => {
    const files = await policeUkFiles(writeZip("readers.zip", archive()));
    const count = async (reader: AsyncIterable<unknown>) => {
      let n = 0;
      for await (const _ of reader) n++;
      return n;
    };
    expect(await count(readStreetCrimes(files.street))).toBe(6);
    expect(await count(readStreetCrimes(files.street))).toBe(6);
    expect(await count(readOutcomes(files.outcomes))).toBe(1);
    expect(await count(readStopAndSearch(files.stopAndSearch))).toBe(1);
  });

  it("gives the same cube from an archive, a folder of monthly folders and a flat folder (stored or deflated members)", async () => {
    const cubes = [];
    for (const path of [
      writeZip("same.zip", archive()),
      writeZip("stored.zip", archive(), 0),
      writeFolder("monthly", archive()),
      pathToFileURL(writeFolder("flat", flat(archive()))),
    ]) {
      const files = await policeUkFiles(path);
      expect(files.street.map((f) => `${f.month} ${f.force}`)).toEqual(["2024-01 cumbria", "2024-01 gwent", "2024-02 cumbria", "2024-02 gwent"]);
      cubes.push((await streetCrimeCube(files.street, { area: "district" })).cube);
    }
    expect(cubes[0]!.labels).toEqual({
      area: ["Allerdale", "Carlisle", "Newport"],
      month: ["2024-01", "2024-02"],
      offence: ["Burglary", "Robbery"],
    });
    expect(cubes[0]!.total).toBe(6);
    for (const cube of cubes.slice(1)) expect(cube).toEqual(cubes[0]);
  });

  it("names a folder's files by their paths and ignores its other files", async () => {
    const root = writeFolder("named", { ...archive(), ".DS_Store": "x", "2024-01/notes.md": "x" });
    const files = await policeUkFiles(root, { kinds: ["street"], to: "2024-01" });
    expect(files.street.map((f) => [f.name, f.member])).toEqual([
      [join(root, "2024-01/2024-01-cumbria-street.csv"), null],
      [join(root, "2024-01/2024-01-gwent-street.csv"), null],
    ]);
    expect(files.ignored).toEqual([join(root, "2024-01/notes.md"), join(root, "README.txt")]);
  });

  it("fails the reader, with no cube, when a member read after others has a flipped byte (CRC-32)", async () => {
    const files = archive();
    const path = writeZip("flipped.zip", files, 0);
    const bytes = new Uint8Array(await import("node:fs").then((fs) => fs.readFileSync(path)));
    const at = Buffer.from(bytes).indexOf("2024-02-cumbria-0,2024-02");
    bytes[at + 20]! ^= 0x01;
    writeFileSync(path, bytes);
    const listed = await policeUkFiles(path); // the listing reads no member
    const error = await failure(() => streetCrimeCube(listed.street, { area: "district" }));
    expect(error.code).toBe("invalid-archive");
    expect(error.message).toContain('member "2024-02/2024-02-cumbria-street.csv" of the archive');
    expect(error.message).toContain("flipped.zip");
    expect(error.message).toMatch(/CRC-32/);
    // the members before it read well on their own
    expect((await streetCrimeCube(listed.street.slice(0, 2))).cube.total).toBe(4);
  });

  it("reports a corrupt member as such to a record reader, not as the bad header its bytes give first", async () => {
    const path = writeZip("header.zip", archive(), 0);
    const bytes = readFileSync(path);
    bytes[bytes.indexOf("Crime ID,Month", bytes.indexOf("2024-02/2024-02-cumbria-street.csv"))]! ^= 0x01;
    writeFileSync(path, bytes);
    const files = await policeUkFiles(path);
    const error = await failure(async () => {
      for await (const _ of readStreetCrimes(files.street));
    });
    expect([error.code, error.details["member"]]).toEqual(["invalid-archive", "2024-02/2024-02-cumbria-street.csv"]);
  });

  it("fails the reader when a deflated member is corrupt", async () => {
    const big = street(
      "2024-01",
      "cumbria",
      Array.from({ length: 3000 }, (_, i) => [`Carlisle ${String(i % 50).padStart(3, "0")}A`, i % 3 ? "Burglary" : "Robbery"] as const),
    );
    const path = writeZip("deflated.zip", { "2024-01/2024-01-cumbria-street.csv": big });
    const bytes = await import("node:fs").then((fs) => fs.readFileSync(path));
    bytes[Math.floor(bytes.length / 3)]! ^= 0xff; // inside the member's data
    writeFileSync(path, bytes);
    const error = await failure(async () => streetCrimeCube((await policeUkFiles(path)).street));
    expect(error.code).toBe("invalid-archive");
    expect(error.details).toMatchObject({ member: "2024-01/2024-01-cumbria-street.csv" });
  });

  it("fails with invalid-archive for a truncated archive and for an HTML page saved as the archive", async () => {
    const path = writeZip("cut.zip", archive());
    const bytes = await import("node:fs").then((fs) => fs.readFileSync(path));
    writeFileSync(path, bytes.subarray(0, Math.floor(bytes.length * 0.8)));
    const cut = await failure(() => policeUkFiles(path));
    expect([cut.code, cut.message]).toEqual(["invalid-archive", expect.stringMatching(/cut\.zip.*not a zip archive, or it is cut short/)]);
    const page = join(dir, "page.zip");
    writeFileSync(page, "<!DOCTYPE html>\n<html><head><title>502 Bad Gateway</title></head><body></body></html>\n");
    const html = await failure(() => policeUkFiles(page));
    expect([html.code, html.details["file"]]).toEqual(["invalid-archive", page]);
  });

  it("fails with invalid-header naming the archive and member when a member is not the kind its name says", async () => {
    const files = { ...archive(), "2024-02/2024-02-cumbria-street.csv": outcomes("2024-02") };
    const error = await failure(async () => streetCrimeCube((await policeUkFiles(writeZip("wrong.zip", files))).street));
    expect(error.code).toBe("invalid-header");
    expect(error.message).toContain("wrong.zip:2024-02/2024-02-cumbria-street.csv");
  });

  it("fails with invalid-data when the same kind, force and month is kept twice", async () => {
    const root = writeFolder("twice", { ...archive(), "copy/2024-01-gwent-street.csv": street("2024-01", "gwent", []) });
    const error = await failure(() => policeUkFiles(root));
    expect(error.code).toBe("invalid-data");
    expect(error.message).toContain("2024-01-gwent-street.csv");
    expect(error.details["files"]).toEqual([join(root, "2024-01/2024-01-gwent-street.csv"), join(root, "copy/2024-01-gwent-street.csv")]);
    // left out by the options, the copy does no harm
    expect((await policeUkFiles(root, { forces: ["cumbria"] })).street).toHaveLength(2);
  });

  it("fails with invalid-argument for a missing path and invalid-option for a bad option", async () => {
    expect((await failure(() => policeUkFiles(join(dir, "absent.zip")))).code).toBe("invalid-argument");
    expect((await failure(() => policeUkFiles(new URL("https://data.police.uk/archive.zip")))).code).toBe("invalid-argument");
    const path = writeZip("options.zip", archive());
    for (const options of [{ kinds: ["crime"] }, { forces: "cumbria" }, { from: "2024-13" }, { from: "2024-02", to: "2024-01" }, []]) {
      const error = await failure(() => policeUkFiles(path, options as never));
      expect(error.code).toBe("invalid-option");
    }
  });
});
