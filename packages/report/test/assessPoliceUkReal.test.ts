import { readCsv } from "@crimestats/police-data";
import { existsSync, mkdtempSync, readdirSync, readFileSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { StrategicAssessmentResult } from "../src/types.js";
import { run } from "./runCli.js";

const dataDir = process.env["CRIMESTATS_DATA_DIR"] ?? "";
const ESTIMATES = join(dataDir, "ons-mid-year-population-estimates-lad");
const CUMBRIA = join(dataDir, "police-uk-cumbria-street-2022-01_2022-11");
const CITY = join(dataDir, "police-uk-city-of-london-street-2022-07_2023-06");
const GWENT = join(dataDir, "police-uk-gwent-street-2023-07_2025-06");

/** A new folder of links: the street files' folder and every ONS estimates file (`--data`). */
function linked(streets: string): string {
  const data = mkdtempSync(join(tmpdir(), "crimestats-police-uk-"));
  symlinkSync(streets, join(data, "street"));
  for (const f of readdirSync(ESTIMATES)) if (!f.endsWith(".md")) symlinkSync(join(ESTIMATES, f), join(data, f));
  return data;
}

/** Crimes (anti-social behaviour excluded) per district of the LSOA name, and per district and category, counted straight from the CSV rows. */
async function directCount(dir: string): Promise<{ byDistrict: Map<string, number>; byCategory: Map<string, number> }> {
  const byDistrict = new Map<string, number>();
  const byCategory = new Map<string, number>();
  for (const file of readdirSync(dir).filter((f) => f.endsWith("-street.csv"))) {
    let header: readonly string[] = [];
    for await (const row of readCsv({ name: file, data: readFileSync(join(dir, file)) })) {
      if (row.line === 1) {
        header = row.fields;
        continue;
      }
      const type = row.fields[header.indexOf("Crime type")] ?? "";
      const lsoaName = row.fields[header.indexOf("LSOA name")] ?? "";
      if (type === "Anti-social behaviour" || lsoaName === "") continue;
      const district = lsoaName.replace(/ \S+$/, "");
      byDistrict.set(district, (byDistrict.get(district) ?? 0) + 1);
      byCategory.set(`${district}|${type}`, (byCategory.get(`${district}|${type}`) ?? 0) + 1);
    }
  }
  return { byDistrict, byCategory };
}

/** Runs `crimestats assess` on the folder into a new output folder: exit code, stderr, the JSON result and the Markdown. */
async function assess(data: string, args: readonly string[]): Promise<{ code: number; err: string; result: StrategicAssessmentResult; markdown: string }> {
  const out = mkdtempSync(join(tmpdir(), "crimestats-police-uk-out-"));
  const { code, err } = await run(["assess", "--data", data, "--out", out, "--format", "json,md", "--quiet", ...args]);
  if (!existsSync(join(out, "strategic-assessment.json"))) throw new Error(`no document written: ${err}`);
  return {
    code,
    err,
    result: JSON.parse(readFileSync(join(out, "strategic-assessment.json"), "utf8")) as StrategicAssessmentResult,
    markdown: readFileSync(join(out, "strategic-assessment.md"), "utf8"),
  };
}

/** The all-offences count of an area in the first priority's benchmark table. */
function allOffences(result: StrategicAssessmentResult, area: string): number | undefined {
  return result.priorities[0]?.table.find((r) => r.area === area)?.current.count;
}

const hasCumbria = dataDir !== "" && existsSync(CUMBRIA) && existsSync(ESTIMATES);
const hasCity = dataDir !== "" && existsSync(CITY) && existsSync(ESTIMATES);

describe.skipIf(!hasCumbria)(
  hasCumbria ? "assess Cumberland on the 2022 Cumbria street files" : `skipped: ${CUMBRIA} or ${ESTIMATES} is absent`,
  { timeout: 120_000 },
  () => {
    it("maps the 2022 districts to Cumberland and Westmorland and Furness, says so with codes and date, and counts what the CSV rows hold", async () => {
      const { result, markdown } = await assess(linked(CUMBRIA), ["--area", "Cumberland"]);
      const direct = await directCount(CUMBRIA);
      const sum = (names: readonly string[]): number => names.reduce((n, d) => n + (direct.byDistrict.get(d) ?? 0), 0);
      expect(result.benchmarkArea.name).toBe("Cumbria Constabulary area");
      expect(result.comparatorGroup.members).toEqual(["Westmorland and Furness"]);
      expect([result.current.first, result.current.last, result.previous]).toEqual(["2022-01", "2022-11", null]);
      expect(result.populations.current?.year).toBe(2022);
      expect(allOffences(result, "Cumberland")).toBe(sum(["Allerdale", "Carlisle", "Copeland"]));
      expect(allOffences(result, "Westmorland and Furness")).toBe(sum(["Barrow-in-Furness", "Eden", "South Lakeland"]));
      // The force area is the six old districts: the crimes recorded over the border (Lancaster, …) are in no figure.
      expect(allOffences(result, "Cumbria Constabulary area")).toBe(sum(["Allerdale", "Carlisle", "Copeland", "Barrow-in-Furness", "Eden", "South Lakeland"]));
      const burglary = result.priorities.find((p) => p.name === "Burglary");
      expect(burglary?.table.find((r) => r.area === "Cumberland")?.current.count).toBe(
        ["Allerdale", "Carlisle", "Copeland"].reduce((n, d) => n + (direct.byCategory.get(`${d}|Burglary`) ?? 0), 0),
      );
      const mapping =
        "The street files name places by the districts before 1 April 2023, but the population estimates used (mid-2022) are on the councils created that day by The Cumbria (Structural Changes) Order 2022, so the crimes of Allerdale (E07000026), Carlisle (E07000028) and Copeland (E07000029) are counted in Cumberland (E06000063), and those of Barrow-in-Furness (E07000027), Eden (E07000030) and South Lakeland (E07000031) in Westmorland and Furness (E06000064).";
      expect(result.notes).toContain(mapping);
      expect(markdown).toContain(mapping);
      expect(result.notes.find((n) => n.includes("not counted in any area's figures"))).toMatch(
        /^221 crimes recorded by Cumbria Constabulary in 72 other districts .*: Lancaster 55, /,
      );
      // Every section of the document is there.
      for (const heading of [
        "## Key findings",
        "## Summary",
        "## All offences",
        "## Burglary",
        "## Anti-social behaviour",
        "## Notes on method",
        "## Data sources and licences",
      ]) {
        expect(markdown).toContain(heading);
      }
    });

    it.skipIf(!existsSync(GWENT) || !existsSync(CITY))(
      "takes the period and counts from Cumbria's own files in a folder of three forces' files of different months",
      async () => {
        const data = linked(CUMBRIA);
        symlinkSync(GWENT, join(data, "gwent"));
        symlinkSync(CITY, join(data, "city"));
        const alone = await assess(linked(CUMBRIA), ["--area", "Cumberland"]);
        const mixed = await assess(data, ["--area", "Cumberland"]);
        expect([mixed.result.current.first, mixed.result.current.last]).toEqual(["2022-01", "2022-11"]);
        expect(mixed.result.priorities[0]?.table).toEqual(alone.result.priorities[0]?.table);
        expect(mixed.result.notes).toContain("The street files of 2 other forces are read but not counted: Cumberland is in the Cumbria Constabulary area.");
      },
    );

    it("refuses Allerdale, saying it was merged into Cumberland", async () => {
      const { code, err } = await run(["assess", "--data", linked(CUMBRIA), "--area", "Allerdale", "--out", join(tmpdir(), "never-written"), "--quiet"]);
      expect(code).toBe(2);
      expect(err).toContain("Allerdale (E07000026) was merged into Cumberland (E06000063) with Carlisle and Copeland on 1 April 2023");
      expect(err).toContain('expected --area "Cumberland"');
    });
  },
);

describe.skipIf(!hasCity)(
  hasCity ? "assess the City of London on its police force's street files" : `skipped: ${CITY} or ${ESTIMATES} is absent`,
  { timeout: 120_000 },
  () => {
    it("is a force area of one district, counts what the CSV rows hold and says that rates per resident overstate the risk", async () => {
      const { result, markdown } = await assess(linked(CITY), ["--area", "City of London"]);
      const direct = await directCount(CITY);
      expect(result.benchmarkArea.name).toBe("City of London Police area");
      expect(result.comparatorGroup.members).toEqual([]);
      expect([result.current.first, result.current.last, result.previous]).toEqual(["2022-07", "2023-06", null]);
      expect(allOffences(result, "City of London")).toBe(direct.byDistrict.get("City of London"));
      // Tower Hamlets holds 1.7% of the force's located crimes but a handful for its residents: a stray, not a member.
      expect(result.notes.find((n) => n.includes("not counted in any area's figures"))).toMatch(/: Tower Hamlets 129, Camden 74, /);
      // July 2022 to June 2023: its middle, 1 January 2023, is 6 months after mid-2022 and 18 before mid-2024.
      expect(result.populations.current.year).toBe(2022);
      const caveat = result.notes.find((n) => n.startsWith("City of London has 10,847 residents (mid-2022)"));
      expect(caveat).toContain("overstate the risk to the people present");
      expect(markdown).toContain("overstate the risk to the people present");
      expect(result.keyFindings[0]?.explanation).toMatch(
        /^All offences in City of London: .* so a rate per 1,000 residents overstates the risk to the people present\.$/,
      );
      for (const heading of ["## Key findings", "## Summary", "## Anti-social behaviour", "## Notes on method"]) expect(markdown).toContain(heading);
      // No neighbour, no benchmark area apart from the City and no year earlier: a section per priority would only repeat its Summary row.
      expect(markdown).not.toContain("## All offences");
      expect(markdown).toContain("There is no section for each priority");
    });
  },
);
