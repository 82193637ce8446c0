/**
 * The months of the shipped Metropolitan Police recording breaks, checked against the monthly
 * counts of the London Datastore borough files in CRIMESTATS_DATA_DIR (read in place).
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { recordingBreaks } from "../src/index.js";

const dir = join(process.env["CRIMESTATS_DATA_DIR"] ?? "", "london-datastore-mps-borough-crime");
const HISTORICAL = "MPS Borough Level Crime (Historical).csv";
const RELEASE_2023 = "MPS Borough Level Crime (most recent 24 months) 2023-03_2025-02.csv";
const RELEASE_2024 = "MPS Borough Level Crime (most recent 24 months) 2024-01_2025-12.csv";
const AIRPORTS = "London Heathrow and London City Airports";

/** Monthly totals of one file by borough and by MinorText ("YYYYMM" columns become "YYYY-MM"). */
function totals(file: string): { months: string[]; area: (a: string) => Map<string, number>; offence: (o: string) => Map<string, number> } {
  const lines = readFileSync(join(dir, file), "utf8")
    .replace(/^\uFEFF/, "")
    .split(/\r?\n/)
    .filter((l) => l !== "");
  const header = (lines[0] ?? "").split(",");
  const months = header.slice(3).map((m) => `${m.slice(0, 4)}-${m.slice(4)}`);
  const byArea = new Map<string, Map<string, number>>();
  const byOffence = new Map<string, Map<string, number>>();
  const add = (table: Map<string, Map<string, number>>, key: string, month: string, n: number): void => {
    const row = table.get(key) ?? new Map<string, number>();
    row.set(month, (row.get(month) ?? 0) + n);
    table.set(key, row);
  };
  for (const line of lines.slice(1)) {
    // MajorText, MinorText and BoroughName hold no commas in these files.
    const cells = line.split(",");
    months.forEach((m, i) => {
      const n = Number(cells[3 + i] ?? 0);
      add(byArea, cells[2] ?? "", m, n);
      add(byOffence, cells[1] ?? "", m, n);
    });
  }
  const empty = new Map<string, number>();
  return { months, area: (a) => byArea.get(a) ?? empty, offence: (o) => byOffence.get(o) ?? empty };
}

const at = (row: Map<string, number>, month: string): number => row.get(month) ?? 0;
const mean = (row: Map<string, number>, months: readonly string[]): number => months.reduce((s, m) => s + at(row, m), 0) / months.length;
const between = (months: readonly string[], first: string, last: string): string[] => months.filter((m) => first <= m && m <= last);
const monthOf = (id: string): string | undefined => recordingBreaks.find((b) => b.id === id)?.month;

describe.skipIf(!existsSync(join(dir, RELEASE_2023)))("the Metropolitan Police breaks are where the published files show them", () => {
  const historical = totals(HISTORICAL);
  const r2023 = totals(RELEASE_2023);
  const r2024 = totals(RELEASE_2024);

  it("April 2017: burglary in a dwelling rises and business and community burglary falls, their sum runs on", () => {
    expect(monthOf("mps-burglary-outbuildings-to-residential")).toBe("2017-04");
    const before = between(historical.months, "2016-04", "2017-03");
    const after = between(historical.months, "2017-04", "2018-03");
    const dwelling = historical.offence("BURGLARY IN A DWELLING");
    const business = historical.offence("BURGLARY BUSINESS AND COMMUNITY");
    expect(at(business, "2017-04") / at(business, "2017-03")).toBeLessThan(0.75);
    expect(mean(business, after) / mean(business, before)).toBeLessThan(0.8);
    expect(mean(dwelling, after) / mean(dwelling, before)).toBeGreaterThan(1.05);
  });

  it("the airports row is empty before April 2023 (but for March 2020), then in use until February 2024, and empty from March 2024", () => {
    expect(monthOf("mps-airports-row-starts")).toBe("2023-04");
    expect(monthOf("mps-airports-row-to-hillingdon")).toBe("2024-03");
    const airports = historical.area(AIRPORTS);
    expect(historical.months.filter((m) => at(airports, m) > 0)).toEqual(["2020-03"]);
    const recent = r2023.area(AIRPORTS);
    expect(at(recent, "2023-03")).toBe(0);
    expect(between(r2023.months, "2023-04", "2024-02").every((m) => at(recent, m) > 0)).toBe(true);
    expect(between(r2023.months, "2024-03", "2025-02").every((m) => at(recent, m) === 0)).toBe(true);
    expect(between(r2024.months, "2024-03", "2025-12").every((m) => at(r2024.area(AIRPORTS), m) === 0)).toBe(true);
  });

  it("Hillingdon rises from March 2024 by about the airports row's level before it", () => {
    const before = between(r2023.months, "2023-03", "2024-02");
    const after = between(r2023.months, "2024-03", "2025-02");
    const rise = mean(r2023.area("Hillingdon"), after) - mean(r2023.area("Hillingdon"), before);
    const airports = mean(r2023.area(AIRPORTS), between(r2023.months, "2023-05", "2024-02"));
    expect(rise / airports).toBeGreaterThan(0.7);
    expect(rise / airports).toBeLessThan(1.3);
  });

  it("release 2023-03..2025-02: burglary in a dwelling stops after February 2024, burglary - residential starts, the burglary total runs on", () => {
    expect(monthOf("mps-burglary-in-a-dwelling-relabelled-residential")).toBe("2024-03");
    const dwelling = r2023.offence("BURGLARY IN A DWELLING");
    const residential = r2023.offence("BURGLARY - RESIDENTIAL");
    expect(between(r2023.months, "2023-03", "2024-02").every((m) => at(dwelling, m) > 1000)).toBe(true);
    expect(between(r2023.months, "2024-03", "2025-02").every((m) => at(dwelling, m) === 0)).toBe(true);
    expect(between(r2023.months, "2023-03", "2024-01").every((m) => at(residential, m) === 0)).toBe(true);
    expect(at(residential, "2024-02")).toBeLessThan(at(dwelling, "2024-02") / 5);
    expect(between(r2023.months, "2024-03", "2025-02").every((m) => at(residential, m) > 1000)).toBe(true);
  });

  it("release 2024-01..2025-12 has the two residential classes from its first month, adding up to the older release's dwelling burglary", () => {
    expect(monthOf("mps-burglary-residential-home-and-unconnected")).toBe("2024-01");
    expect(r2024.months[0]).toBe("2024-01");
    const home = r2024.offence("RES BURGLARY OF A HOME");
    const unconnected = r2024.offence("RES BURGLARY OF UNCONNECTED BUILDING");
    expect(at(r2024.offence("BURGLARY IN A DWELLING"), "2024-01")).toBe(0);
    for (const m of ["2024-01", "2024-02"]) {
      const older =
        at(r2023.offence("BURGLARY IN A DWELLING"), m) + at(r2023.offence("BURGLARY - RESIDENTIAL"), m) + at(r2023.offence("BURGLARY NON-DWELLING"), m);
      expect(Math.abs(at(home, m) + at(unconnected, m) - older) / older).toBeLessThan(0.01);
    }
  });

  it("release 2024-01..2025-12 lists stalking and harassment and death or serious injury by illegal driving apart, from its first month", () => {
    expect(monthOf("mps-stalking-harassment-split-from-violence-without-injury")).toBe("2024-01");
    const parts = ["VIOLENCE WITHOUT INJURY", "STALKING AND HARASSMENT", "DEATH SERIOUS INJURY ILLEGAL DRIVING"];
    expect(at(r2024.offence("STALKING AND HARASSMENT"), "2024-01")).toBeGreaterThan(1000);
    expect(r2023.months.every((m) => at(r2023.offence("STALKING AND HARASSMENT"), m) === 0)).toBe(true);
    const older = at(r2023.offence("VIOLENCE WITHOUT INJURY"), "2024-01");
    const newer = parts.reduce((s, p) => s + at(r2024.offence(p), "2024-01"), 0);
    expect(Math.abs(newer - older) / older).toBeLessThan(0.01);
  });

  it("the Unknown row holds over 1,000 offences a month until August 2024 and fewer than 1,000 from September 2024, in both releases", () => {
    expect(monthOf("mps-unknown-row-falls")).toBe("2024-09");
    for (const release of [r2023, r2024]) {
      const unknown = release.area("Unknown");
      expect(between(release.months, "2024-01", "2024-08").every((m) => at(unknown, m) > 1000)).toBe(true);
      expect(between(release.months, "2024-09", "2025-12").every((m) => at(unknown, m) < 1000)).toBe(true);
      expect(mean(unknown, between(release.months, "2024-10", "2025-12"))).toBeLessThan(500);
    }
  });
});
