import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { addMonths, customPeriod, fromDate, monthsIn, parseMonthKey, rollingYear, samePeriodLastYear } from "../src/index.js";

const dataDir = process.env["CRIMESTATS_DATA_DIR"] ?? "";
const streetDirs = ["police-uk-metropolitan-burglary/street", "police-uk-city-of-london-street-2022-07_2023-06"].map((d) => join(dataDir, d));
const stopSearchDir = join(dataDir, "police-uk-metropolitan-stop-and-search");
const present = dataDir !== "" && streetDirs.every((d) => existsSync(d)) && existsSync(stopSearchDir);

/** The second comma-separated field of each data line (both file types have no quoted field before it). */
function secondColumn(file: string): string[] {
  const lines = readFileSync(file, "utf8").split("\n");
  const out: string[] = [];
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!;
    if (line === "") continue;
    const a = line.indexOf(",");
    out.push(line.slice(a + 1, line.indexOf(",", a + 1)));
  }
  return out;
}

// Reading every file takes seconds on a loaded machine: a generous bound, since this checks data, not speed.
describe.skipIf(!present)("real data.police.uk files (CRIMESTATS_DATA_DIR; skipped when absent)", { timeout: 60_000 }, () => {
  it("every street-level Month value is a strict month key equal to its file's month", () => {
    for (const dir of streetDirs) {
      const files = readdirSync(dir)
        .filter((f) => f.endsWith(".csv"))
        .sort();
      expect(files.length).toBeGreaterThan(0);
      for (const file of files) {
        const fileMonth = parseMonthKey(file.slice(0, 7));
        const months = secondColumn(join(dir, file));
        expect(months.length).toBeGreaterThan(0);
        for (const value of months) expect(parseMonthKey(value)).toBe(fileMonth);
      }
      // The files are consecutive months, so the months of a custom period over them are the file months.
      const fileMonths = files.map((f) => f.slice(0, 7));
      expect(monthsIn(customPeriod(fileMonths[0]!, fileMonths.at(-1)!))).toEqual(fileMonths);
    }
  });

  it("the 24 burglary months hold two rolling years: to Feb 2025 and the same period last year", () => {
    const files = readdirSync(streetDirs[0]!)
      .filter((f) => f.endsWith(".csv"))
      .map((f) => f.slice(0, 7))
      .sort();
    const current = rollingYear("2025-02");
    expect(files).toEqual([...monthsIn(samePeriodLastYear(current)), ...monthsIn(current)]);
  });

  it("stop-and-search Date values read in UTC: file month, or the previous month only in the last UTC hour of BST months", () => {
    let shifted = 0;
    for (const file of readdirSync(stopSearchDir)
      .filter((f) => f.endsWith(".csv"))
      .sort()) {
      const fileMonth = parseMonthKey(file.slice(0, 7));
      const bst = Number(fileMonth.slice(5)) >= 4 && Number(fileMonth.slice(5)) <= 10;
      for (const value of secondColumn(join(stopSearchDir, file))) {
        const date = new Date(value);
        const month = fromDate(date);
        if (month === fileMonth) continue;
        // The data.police.uk stop-and-search files give dates with +00:00, so a search just after local midnight on the 1st of a
        // BST month is 23:xx UTC on the last day of the previous month.
        expect(bst).toBe(true);
        expect(month).toBe(addMonths(fileMonth, -1));
        expect(date.getUTCHours()).toBe(23);
        shifted++;
      }
    }
    expect(shifted).toBeGreaterThan(0);
  });
});
