/**
 * Every offence-category string in every file of the published data folder
 * (CRIMESTATS_DATA_DIR) must map to a category, with the right
 * parent, and be in force in the month of the row. The data is read in place, never copied.
 */
import { closeSync, existsSync, openSync, readFileSync, readSync, readdirSync, statSync } from "node:fs";
import { basename, join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import type { Category, Taxonomy } from "@crimestats/schema";
import {
  findCategory,
  metropolitanPoliceCategories as mps,
  metropolitanPoliceLegacyCategories as legacy,
  policeUkCategories as policeUk,
} from "../src/index.js";

const dataDir = process.env["CRIMESTATS_DATA_DIR"] ?? "";
const present = dataDir !== "" && existsSync(dataDir);

function csvFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return csvFiles(path);
    return name.toLowerCase().endsWith(".csv") ? [path] : [];
  });
}

/** Splits one CSV line, honouring double quotes ("St Mary's & St James"). */
function splitCsv(line: string): string[] {
  const out: string[] = [];
  let cur = "";
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        cur += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cur += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") {
      out.push(cur);
      cur = "";
    } else cur += ch;
  }
  out.push(cur);
  return out;
}

function headerOf(path: string): string[] {
  const fd = openSync(path, "r");
  const buf = Buffer.alloc(8192);
  const n = readSync(fd, buf, 0, buf.length, 0);
  closeSync(fd);
  const first =
    buf
      .subarray(0, n)
      .toString("utf8")
      .replace(/^\uFEFF/, "")
      .split(/\r?\n/)[0] ?? "";
  return splitCsv(first);
}

function rows(path: string): string[][] {
  return readFileSync(path, "utf8")
    .replace(/^\uFEFF/, "")
    .split(/\r?\n/)
    .slice(1)
    .filter((l) => l !== "")
    .map(splitCsv);
}

function inForce(c: Category, month: string): boolean {
  return (c.validFrom === undefined || c.validFrom <= month) && (c.validTo === undefined || month <= c.validTo);
}

/** Maps a (major, minor) pair, noting a minor filed under the wrong major; throws (via findCategory) on unknown text. */
function pair(t: Taxonomy, major: string, minor: string, problems: string[]): { major: Category; minor: Category } {
  const maj = findCategory(t, major, { level: 1 });
  const min = findCategory(t, minor, { level: 2 });
  if (min.parent !== maj.code) problems.push(`${minor} is not under ${major}`);
  return { major: maj, minor: min };
}

describe.skipIf(!present)(`published data in CRIMESTATS_DATA_DIR (${present ? dataDir : "absent: tests skipped"})`, () => {
  const files = present ? csvFiles(dataDir) : [];
  const seen = { mps: new Set<string>(), policeUk: new Set<string>(), legacy: new Set<string>() };
  const withoutCategories: string[] = [];

  it("finds the 80 or more CSV files of the published data folder", () => {
    expect(files.length).toBeGreaterThanOrEqual(80);
  });

  it.each(files.map((f) => [relative(dataDir, f), f] as const))(
    "%s: every category string maps",
    (_name, path) => {
      const header = headerOf(path);
      const problems: string[] = [];
      const note = (ok: boolean, what: string): void => {
        if (!ok && !problems.includes(what)) problems.push(what);
      };
      const col = (name: string): number => header.indexOf(name);
      if (col("MajorText") >= 0 && col("MinorText") >= 0) {
        // London Datastore MPS borough/ward files: months are YYYYMM columns.
        const months = header.map((h, i) => [h, i] as const).filter(([h]) => /^\d{6}$/.test(h));
        expect(months.length).toBeGreaterThan(0);
        for (const r of rows(path)) {
          const { major, minor } = pair(mps, r[col("MajorText")] ?? "", r[col("MinorText")] ?? "", problems);
          seen.mps.add(`${major.name} / ${minor.name}`);
          for (const [h, i] of months) {
            const v = (r[i] ?? "").trim();
            if (v === "" || v === "0") continue;
            const month = `${h.slice(0, 4)}-${h.slice(4)}`;
            note(inForce(minor, month), `${minor.name} has counts in ${month}, outside its validity`);
            note(inForce(major, month), `${major.name} has counts in ${month}, outside its validity`);
          }
        }
      } else if (col("Crime type") >= 0) {
        // data.police.uk street files.
        const checked = new Set<string>();
        for (const r of rows(path)) {
          const text = r[col("Crime type")] ?? "";
          const month = r[col("Month")] ?? "";
          if (checked.has(`${text}|${month}`)) continue;
          checked.add(`${text}|${month}`);
          const c = findCategory(policeUk, text);
          note(c.name === text, `${text} is not the exact name of ${c.code}`);
          seen.policeUk.add(text);
          note(inForce(c, month), `${text} in ${month}, outside its validity`);
        }
      } else if (col("major_category") >= 0 && col("minor_category") >= 0) {
        // Kaggle repackaging of the legacy MPS LSOA file.
        for (const r of rows(path)) {
          const { major, minor } = pair(legacy, r[col("major_category")] ?? "", r[col("minor_category")] ?? "", problems);
          seen.legacy.add(`${major.name} / ${minor.name}`);
          const month = `${r[col("year")] ?? ""}-${(r[col("month")] ?? "").padStart(2, "0")}`;
          note(inForce(minor, month), `${minor.name} in ${month}, outside its validity`);
        }
      } else {
        // No category column. The only category such a file carries is in its name
        // ("london-2011-2021-major-burglary.csv": MPS major class Burglary).
        const m = /-major-([a-z-]+)\.csv$/.exec(basename(path));
        if (m !== null) expect(findCategory(mps, m[1] ?? "", { level: 1 }).name).toBe("BURGLARY");
        expect(
          header.some((h) => /categor|crime type|majortext|minortext/i.test(h)),
          header.join(","),
        ).toBe(false);
        withoutCategories.push(relative(dataDir, path));
      }
      expect(problems).toEqual([]);
    },
    60_000,
  );

  it("saw every category string the files hold (counts of distinct strings in the files)", () => {
    // 28 pairs in the historical file + 3 new in 2023-03..2025-02 + 4 new in 2024-01..2025-12.
    expect(seen.mps.size).toBe(35);
    // The 14 current data.police.uk crime types (City of London files hold all of them).
    expect(seen.policeUk.size).toBe(14);
    // The sample of the Kaggle dataset "London Crime Data, 2008-2016" (london_crime_by_lsoa.csv): 9 major and 32 minor categories.
    expect(seen.legacy.size).toBe(32);
    // Files without an offence-category column: outcomes, stop and search, populations, the LSOA sums.
    expect(
      withoutCategories.every((f) => /outcomes|stop-and-search|pop|major-burglary/.test(f)),
      withoutCategories.join("\n"),
    ).toBe(true);
  });
});
