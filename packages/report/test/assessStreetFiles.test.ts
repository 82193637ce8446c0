import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { crc32 } from "node:zlib";
import { describe, expect, it } from "vitest";
import type { StrategicAssessmentResult } from "../src/types.js";
import { TERRITORIAL_FORCES } from "../src/internal/assess/loadStreetData.js";
import { run } from "./runCli.js";

const HEADER = "Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,Crime type,Last outcome category,Context";

/** Crimes of one district in one month: `n` rows of each type, numbered from `id`. */
interface Cell {
  readonly district: string;
  readonly type: string;
  readonly n: number;
}

/**
 * A data.police.uk street-file folder made in the test: one file per month of `months`, every
 * month holding the same `cells` (plus `noLocation` rows without an LSOA, a number or one by month), for the force
 * "Testshire Police"; and an ONS mid-year estimates CSV (mid-2024) of `populations`.
 */
function dataFolder(
  months: readonly string[],
  cells: readonly Cell[],
  populations: Readonly<Record<string, number>>,
  noLocation: number | ((month: string) => number) = 0,
): string {
  const dir = mkdtempSync(join(tmpdir(), "crimestats-street-"));
  let id = 0;
  for (const month of months) {
    const rows = [HEADER];
    for (const c of cells) {
      for (let i = 0; i < c.n; i += 1) {
        id += 1;
        const crimeId = c.type === "Anti-social behaviour" ? "" : `id${id}`;
        rows.push(`${crimeId},${month},Testshire Police,Testshire Police,-1.0,54.0,On or near Main Street,E01000${id % 900},${c.district} 001A,${c.type},,`);
      }
    }
    const unlocated = typeof noLocation === "number" ? noLocation : noLocation(month);
    for (let i = 0; i < unlocated; i += 1) rows.push(`nl${month}${i},${month},Testshire Police,Testshire Police,,,No Location,,,Burglary,,`);
    writeFileSync(join(dir, `${month}-testshire-street.csv`), `${rows.join("\r\n")}\r\n`);
  }
  const mye = [
    "Code,Name,Geography,All ages",
    ...Object.entries(populations).map(([name, p], i) => `E0700${String(9000 + i)},${name},Non-metropolitan District,${p}`),
  ];
  writeFileSync(join(dir, "mye24tablesew.csv"), `${mye.join("\n")}\n`);
  return dir;
}

/** `YYYY-MM` of `count` months from January 2024. */
function monthsFrom2024(count: number): string[] {
  return Array.from({ length: count }, (_, i) => `${2024 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, "0")}`);
}

/** Runs `crimestats assess` (JSON only) into a new folder; the exit code, stderr, the folder and the result when written. */
async function assess(data: string, args: readonly string[]): Promise<{ code: number; err: string; out: string; result: StrategicAssessmentResult | null }> {
  const out = join(mkdtempSync(join(tmpdir(), "crimestats-street-out-")), "out");
  const { code, err } = await run(["assess", "--data", data, "--out", out, "--format", "json", "--quiet", ...args]);
  const file = join(out, "strategic-assessment.json");
  return { code, err, out, result: existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as StrategicAssessmentResult) : null };
}

const CELLS: readonly Cell[] = [
  { district: "Northam", type: "Burglary", n: 30 },
  { district: "Northam", type: "Violence and sexual offences", n: 50 },
  { district: "Northam", type: "Anti-social behaviour", n: 20 },
  { district: "Southam", type: "Burglary", n: 10 },
  { district: "Southam", type: "Violence and sexual offences", n: 40 },
  { district: "Southam", type: "Anti-social behaviour", n: 5 },
  { district: "Eastam", type: "Burglary", n: 10 },
  { district: "Eastam", type: "Violent crime", n: 10 },
  // A neighbouring city: 2 crimes a month are over 1% of the force's crimes, but a handful for its 300,000 residents.
  { district: "Bigtown", type: "Burglary", n: 2 },
];
const POPULATIONS = { Northam: 20_000, Southam: 40_000, Eastam: 25_000, Bigtown: 300_000 };

describe("assess on data.police.uk street files (any local authority)", { timeout: 60_000 }, () => {
  it("counts the focus district from the LSOA names, keeps anti-social behaviour out of recorded crime and compares with the other districts of the force area", async () => {
    const data = dataFolder(monthsFrom2024(12), CELLS, POPULATIONS, 1);
    const { code, err, result } = await assess(data, ["--area", "Northam"]);
    expect(err).toBe("");
    expect(code).toBe(0);
    if (result === null) throw new Error("no result");
    expect(result.benchmarkArea).toEqual({ name: "Testshire Police area", membersName: "districts of the force area" });
    expect(result.comparatorGroup.members).toEqual(["Eastam", "Southam"]);
    const all = result.priorities.find((p) => p.id === "all-offences");
    // 12 months of 30 burglaries and 50 violent crimes; the 20 anti-social behaviour incidents a month are not offences.
    expect(all?.quickFacts.current.count.value).toBe(12 * 80);
    expect(result.priorities.map((p) => p.name)).toEqual(["All offences", "Burglary", "Violence and sexual offences"]);
    // "Violent crime" (Eastam's rows) is the taxonomy's old name of "Violence and sexual offences": 12 × (50 + 40 + 10).
    const violence = result.priorities.find((p) => p.name === "Violence and sexual offences");
    expect(violence?.table.find((r) => r.area === "Testshire Police area")?.current.count).toBe(12 * 100);
    expect(result.local?.sections.map((s) => s.name)).toContain("Anti-social behaviour");
    const notes = result.notes.join("\n");
    expect(notes).toContain("The Testshire Police area is the 3 districts holding Testshire Police's crimes (Eastam, Northam and Southam)");
    expect(notes).toContain(
      "24 crimes recorded by Testshire Police in 1 other district (just over its border, or recorded where the victim lives) are not counted in any area's figures: Bigtown 24.",
    );
    expect(notes).toContain("12 crimes of Testshire Police without a location (no LSOA) are in no district's figures.");
    expect(notes).toContain("The comparator group is the other districts of the Testshire Police area: Eastam and Southam.");
    // Every row counted is accounted for: 12 × (80 + 50 + 20) in the districts, 24 in Bigtown, 12 without a location, 12 × 25 ASB.
    expect(result.reconciliation?.accounted).toEqual([
      "1,800 crimes in the districts of the Testshire Police area: in the figures.",
      "24 crimes in other districts: left out (see Notes on method).",
      "12 crimes without a location: left out.",
      "300 anti-social behaviour incidents in the districts of the force area: in their own section.",
      "Total: 2,136 rows, every row counted from Testshire Police's street files (January 2024 to December 2024).",
    ]);
    expect(1800 + 24 + 12 + 300).toBe(result.reconciliation?.files.reduce((n, f) => n + f.accepted, 0));
    // The street files are one source, of crimes and anti-social behaviour, listed once; the rows' source is not listed again.
    expect(result.sources.filter((s) => s.includes("testshire-street.csv"))).toEqual([
      "12 files, 2024-01-testshire-street.csv to 2024-12-testshire-street.csv (data.police.uk street-level crimes and anti-social behaviour of Testshire Police, January 2024 to December 2024, counted by the district of each LSOA name)",
    ]);
    expect(result.sources.some((s) => s.includes("a source named in the rows"))).toBe(false);
  });

  it("assesses an area named in other letter case under the name the files spell", async () => {
    const data = dataFolder(monthsFrom2024(12), CELLS, POPULATIONS);
    const { code, err, result } = await assess(data, ["--area", "northam"]);
    expect(err).not.toContain("Unknown area");
    expect(code).toBe(0);
    expect(result?.area).toBe("Northam");
  });

  it("gives the crimes without a location of each period and warns when they change by more than a fifth", async () => {
    const data = dataFolder(monthsFrom2024(24), CELLS, POPULATIONS, (month) => (month.startsWith("2024") ? 1 : 2));
    const { result } = await assess(data, ["--area", "Northam"]);
    expect(result?.reconciliation?.accounted?.at(-1)).toBe(
      "Crimes without a location: 12 in the 12 months to December 2024 and 24 in the 12 months to December 2025 (+100%): more than a fifth more, so part of a change in a district's count may be a change in how many crimes were given a location.",
    );
    const steady = await assess(dataFolder(monthsFrom2024(24), CELLS, POPULATIONS, 1), ["--area", "Northam"]);
    expect(steady.result?.reconciliation?.accounted?.at(-1)).toBe(
      "Crimes without a location: 12 in the 12 months to December 2024 and 12 in the 12 months to December 2025.",
    );
  });

  it("gives a single-period assessment of the last 12 months when the files hold fewer than 24, and of all months when fewer than 12", async () => {
    const eighteen = await assess(dataFolder(monthsFrom2024(18), CELLS, POPULATIONS), ["--area", "Southam"]);
    expect(eighteen.result?.previous).toBeNull();
    expect([eighteen.result?.current.first, eighteen.result?.current.last]).toEqual(["2024-07", "2025-06"]);
    const seven = await assess(dataFolder(monthsFrom2024(7), CELLS, POPULATIONS), ["--area", "Southam"]);
    expect(seven.result?.previous).toBeNull();
    expect([seven.result?.current.first, seven.result?.current.last]).toEqual(["2024-01", "2024-07"]);
    const full = await assess(dataFolder(monthsFrom2024(24), CELLS, POPULATIONS), ["--area", "Southam"]);
    expect([full.result?.previous?.first, full.result?.current.first]).toEqual(["2024-01", "2025-01"]);
  });

  it("takes the comparator group from --neighbours (and its alias --comparators) and says so", async () => {
    const data = dataFolder(monthsFrom2024(12), CELLS, POPULATIONS);
    for (const option of ["--neighbours", "--comparators"]) {
      const { result } = await assess(data, ["--area", "Northam", option, "eastam"]);
      expect(result?.comparatorGroup.members).toEqual(["Eastam"]);
      expect(result?.notes).toContain("The comparator group is the districts given with --neighbours: Eastam.");
    }
  });

  it("refuses a neighbour outside the force area, a district the files do not hold and both comparator options, writing nothing", async () => {
    const data = dataFolder(monthsFrom2024(12), CELLS, POPULATIONS);
    const stray = await assess(data, ["--area", "Northam", "--neighbours", "Bigtown"]);
    expect([stray.code, stray.err, existsSync(stray.out)]).toEqual([
      2,
      'crimestats: "Bigtown" is not a district of the Testshire Police area in the street files: expected comparators among Eastam and Southam.\n',
      false,
    ]);
    const unknown = await assess(data, ["--area", "Westam"]);
    expect(unknown.err).toMatch(
      /The street files hold no crime in "Westam": expected a local authority district of the files, as the LSOA names spell it \(Eastam, Northam and Southam\)/,
    );
    expect(existsSync(unknown.out)).toBe(false);
    const elsewhere = await assess(data, ["--area", "Bigtown"]);
    expect(elsewhere.err).toBe(
      "crimestats: The street files hold only 24 crimes in Bigtown, recorded by Testshire Police outside its area (fewer than 5 a year per 1,000 residents): expected the street files of the force that polices Bigtown.\n",
    );
    expect(existsSync(elsewhere.out)).toBe(false);
    const both = await assess(data, ["--area", "Northam", "--neighbours", "Eastam", "--comparators", "Eastam"]);
    expect(both.err).toContain('"--neighbours" and "--comparators" are the same option');
  });

  it("says that rates per 1,000 residents overstate the risk where fewer than 20,000 people live, and not where more do", async () => {
    const small = await assess(dataFolder(monthsFrom2024(12), CELLS, { ...POPULATIONS, Northam: 19_999 }), ["--area", "Northam"]);
    expect(small.result?.notes.some((n) => n.startsWith("Northam has 19,999 residents") && n.includes("overstate the risk"))).toBe(true);
    const large = await assess(dataFolder(monthsFrom2024(12), CELLS, POPULATIONS), ["--area", "Northam"]);
    expect(large.result?.notes.some((n) => n.includes("overstate the risk"))).toBe(false);
  });

  it("stops with one error naming a street file whose header is wrong, and writes nothing", async () => {
    const data = dataFolder(monthsFrom2024(3), CELLS, POPULATIONS);
    writeFileSync(join(data, "2024-02-testshire-street.csv"), "Crime ID,Month,Reported by\r\nx,2024-02,T\r\n");
    const { code, err, out } = await assess(data, ["--area", "Northam"]);
    expect(code).not.toBe(0);
    expect(err).toContain("2024-02-testshire-street.csv");
    expect(err.trim().split("\n")).toHaveLength(1);
    expect(existsSync(out)).toBe(false);
  });

  it("reads street files in monthly folders as downloaded", async () => {
    const flat = dataFolder(monthsFrom2024(3), CELLS, POPULATIONS);
    const nested = mkdtempSync(join(tmpdir(), "crimestats-street-nested-"));
    for (const f of readdirSync(flat)) {
      const month = /^(\d{4}-\d{2})-/.exec(f)?.[1];
      const dir = month === undefined ? nested : join(nested, month);
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, f), readFileSync(join(flat, f)));
    }
    const [a, b] = await Promise.all([assess(flat, ["--area", "Northam"]), assess(nested, ["--area", "Northam"])]);
    expect(b.result?.priorities[0]?.quickFacts.current.count.value).toBe(a.result?.priorities[0]?.quickFacts.current.count.value);
    expect(b.result?.priorities[0]?.quickFacts.current.count.value).toBe(3 * 80);
  });

  it("reads an archive zip of monthly folders as data.police.uk publishes it, and names the member of a corrupt one, writing nothing", async () => {
    const flat = dataFolder(monthsFrom2024(3), CELLS, POPULATIONS);
    const members = readdirSync(flat)
      .filter((f) => f.endsWith("-street.csv"))
      .map((f) => ({ name: `${f.slice(0, 7)}/${f}`, data: readFileSync(join(flat, f)) }));
    const dir = mkdtempSync(join(tmpdir(), "crimestats-archive-"));
    writeFileSync(join(dir, "archive.zip"), storedZip(members));
    writeFileSync(join(dir, "mye24tablesew.csv"), readFileSync(join(flat, "mye24tablesew.csv")));
    const [fromFolder, fromArchive] = await Promise.all([assess(flat, ["--area", "Northam"]), assess(dir, ["--area", "Northam"])]);
    expect(fromArchive.err).toBe("");
    expect(fromArchive.result?.priorities[0]?.table).toEqual(fromFolder.result?.priorities[0]?.table);
    expect(fromArchive.result?.sources[0]).toMatch(/^3 files, 2024-01-testshire-street\.csv to 2024-03-testshire-street\.csv /);
    // One byte of the February member changed: its CRC-32 no longer matches.
    const bytes = storedZip(members);
    const at = bytes.indexOf(Buffer.from("2024-02,Testshire")) + 3;
    bytes[at] = (bytes[at] ?? 0) ^ 1;
    writeFileSync(join(dir, "archive.zip"), bytes);
    const corrupt = await assess(dir, ["--area", "Northam"]);
    expect(corrupt.code).not.toBe(0);
    expect(corrupt.err).toContain("2024-02/2024-02-testshire-street.csv");
    expect(corrupt.err.trim().split("\n")).toHaveLength(1);
    expect(existsSync(corrupt.out)).toBe(false);
  });

  it("takes the priorities of a strategy whose indicators select data.police.uk categories, and says which indicators it cannot assess", async () => {
    const data = dataFolder(monthsFrom2024(12), CELLS, POPULATIONS);
    const indicator = (id: string, name: string, offences: object) => ({
      id,
      name,
      measure: "count",
      numerator: { offences, unit: "offences" },
      denominator: null,
      polarity: "lower-is-better",
      decimals: 0,
    });
    const strategy = {
      id: "testshire-2024",
      title: "Testshire Community Safety Strategy",
      area: "E07009000",
      period: { kind: "custom", first: "2024-01", last: "2024-12", label: "2024" },
      mandatoryPriorities: [],
      priorities: [
        {
          id: "homes",
          title: "Safer homes",
          kind: "other",
          offences: [],
          targets: [],
          indicators: [
            indicator("burglary", "Burglary", { taxonomy: "police-uk", codes: ["burglary"] }),
            indicator("asb", "Anti-social behaviour", { description: "anti-social behaviour incidents" }),
            indicator("dwelling", "Burglary in a dwelling", { taxonomy: "mps", codes: ["burglary.burglary-in-a-dwelling"] }),
          ],
        },
      ],
    };
    const file = join(data, "strategy.json");
    writeFileSync(file, JSON.stringify(strategy));
    const { err, result } = await assess(data, ["--area", "Northam", "--framework", file]);
    expect(err).toBe("");
    expect(result?.priorities.map((p) => [p.name, p.quickFacts.current.count.value])).toEqual([
      ["All offences", 12 * 80],
      ["Burglary", 12 * 30],
    ]);
    expect(result?.notes).toEqual(
      expect.arrayContaining([
        'Testshire Community Safety Strategy, Safer homes: "Anti-social behaviour" is assessed from the anti-social behaviour of the street files (section "Anti-social behaviour").',
        'Testshire Community Safety Strategy, Safer homes: "Burglary in a dwelling" is not assessed here (it does not select data.police.uk crime categories).',
      ]),
    );
  });

  it("maps districts abolished in 2023 to their successor only when the estimates used are on the new councils", async () => {
    const cells: Cell[] = [
      { district: "Allerdale", type: "Burglary", n: 100 },
      { district: "Carlisle", type: "Burglary", n: 200 },
      { district: "Eden", type: "Burglary", n: 100 },
    ];
    const onOld = await assess(dataFolder(monthsFrom2024(12), cells, { Allerdale: 96_000, Carlisle: 110_000, Eden: 55_000 }), ["--area", "Allerdale"]);
    expect(onOld.result?.priorities[0]?.quickFacts.current.count.value).toBe(12 * 100);
    expect(onOld.result?.notes.some((n) => n.includes("Structural Changes"))).toBe(false);
    const onNew = dataFolder(monthsFrom2024(12), cells, { Cumberland: 275_000, "Westmorland and Furness": 227_000 });
    const merged = await assess(onNew, ["--area", "Cumberland"]);
    expect(merged.result?.priorities[0]?.quickFacts.current.count.value).toBe(12 * 300);
    expect(merged.result?.comparatorGroup.members).toEqual(["Westmorland and Furness"]);
    expect(merged.result?.notes).toContain(
      "The street files name places by the districts before 1 April 2023, but the population estimates used (mid-2024) are on the councils created that day by The Cumbria (Structural Changes) Order 2022, so the crimes of Allerdale (E07000026) and Carlisle (E07000028) are counted in Cumberland (E06000063), and those of Eden (E07000030) in Westmorland and Furness (E06000064).",
    );
    // Said at the front too, next to the focus area's name (all three former districts, though the files hold two).
    expect(merged.result?.areaNote).toBe(
      "Cumberland here is the area of the former Allerdale, Carlisle and Copeland districts (Cumberland Council from 1 April 2023): see Notes on method.",
    );
    expect(onOld.result?.areaNote).toBeUndefined();
    const front = readFileSync(join((await assess(onNew, ["--area", "Cumberland", "--format", "md"])).out, "strategic-assessment.md"), "utf8");
    expect(front).toMatch(/^Focus area: Cumberland\. Cumberland here is the area of the former Allerdale, Carlisle and Copeland districts/m);
    const old = await assess(onNew, ["--area", "Allerdale"]);
    expect([old.code, existsSync(old.out)]).toEqual([2, false]);
    expect(old.err).toContain("Allerdale (E07000026) was merged into Cumberland (E06000063) with Carlisle and Copeland on 1 April 2023");
  });

  it("stops when no estimate names the focus area, and lists other districts without one as a gap", async () => {
    const noFocus = await assess(dataFolder(monthsFrom2024(12), CELLS, { Southam: 40_000, Eastam: 25_000 }), ["--area", "Northam"]);
    expect([noFocus.code, existsSync(noFocus.out)]).toEqual([1, false]);
    expect(noFocus.err).toContain("No population estimate for Northam in mye24tablesew.csv");
    const gap = await assess(dataFolder(monthsFrom2024(12), CELLS, { Northam: 20_000, Southam: 40_000 }), ["--area", "Northam"]);
    // Without an estimate the share part of the rule decides: Bigtown's 1.3% makes it a district of the force area too.
    expect(gap.code).toBe(3);
    expect(gap.result?.reconciliation?.missing.join(" ")).toContain("no population for 2 areas with counts (Bigtown and Eastam)");
    expect(gap.result?.comparatorGroup.members).toEqual(["Southam"]);
  });

  it("benchmarks against England and Wales only with the files of all 43 territorial forces, naming those missing", async () => {
    const one = await assess(dataFolder(monthsFrom2024(3), CELLS, POPULATIONS), ["--area", "Northam", "--benchmark", "england-and-wales"]);
    expect(one.code).toBe(2);
    expect(one.err).toMatch(
      /needs the street files of all 43 territorial police forces of England and Wales: ".*" lacks 43 \(avon-and-somerset, bedfordshire, .* and wiltshire\)/,
    );
    expect(existsSync(one.out)).toBe(false);
    // Every force: two districts each (100 and 50 crimes a month), one shared stray.
    const dir = mkdtempSync(join(tmpdir(), "crimestats-national-"));
    const populations: Record<string, number> = {};
    for (const force of TERRITORIAL_FORCES) {
      for (const month of monthsFrom2024(3)) {
        const rows = [HEADER];
        for (const [district, n] of [
          [`${force} one`, 100],
          [`${force} two`, 50],
          ["Bigtown", 1],
        ] as const) {
          for (let i = 0; i < n; i += 1)
            rows.push(`${force}${month}${district}${i},${month},${force},${force} Police,,,On or near X,E01,${district} 001A,Burglary,,`);
        }
        writeFileSync(join(dir, `${month}-${force}-street.csv`), `${rows.join("\r\n")}\r\n`);
      }
      populations[`${force} one`] = 50_000;
      populations[`${force} two`] = 40_000;
    }
    const mye = [
      "Code,Name,Geography,All ages",
      ...Object.entries(populations).map(([name, p], i) => `E0700${String(1000 + i)},${name},Non-metropolitan District,${p}`),
    ];
    writeFileSync(join(dir, "mye24tablesew.csv"), `${mye.join("\n")}\n`);
    const { result } = await assess(dir, ["--area", "kent one", "--benchmark", "england-and-wales", "--neighbours", "surrey one"]);
    expect(result?.benchmarkArea).toEqual({ name: "England and Wales", membersName: "local authorities" });
    expect(result?.priorities[0]?.table.find((r) => r.area === "England and Wales")?.current.count).toBe(43 * 3 * 150);
    expect(result?.priorities[0]?.table.find((r) => r.area === "kent one")?.current.count).toBe(3 * 100);
    expect(result?.comparatorGroup.members).toEqual(["surrey one"]);
  });
});

/** A zip archive of `files`, stored (not compressed), with each member's CRC-32: the layout data.police.uk archives have, without deflate. */
function storedZip(files: readonly { name: string; data: Buffer }[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const f of files) {
    const name = Buffer.from(f.name);
    const crc = crc32(f.data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(f.data.length, 18);
    local.writeUInt32LE(f.data.length, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(f.data.length, 20);
    central.writeUInt32LE(f.data.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, f.data);
    centrals.push(central, name);
    offset += 30 + name.length + f.data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}
