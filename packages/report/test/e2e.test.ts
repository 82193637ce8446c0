import { existsSync, mkdtempSync, readFileSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import MarkdownIt from "markdown-it";
import { describe, expect, it } from "vitest";
import { auditTable, discloseCount, disclosurePreset, type ReleasedTable } from "@crimestats/disclosure";
import { run } from "./runCli.js";
import { assessHarrow } from "./realData.js";
import { csv } from "./csv.js";
import { externalReferences, wellFormedProblems } from "./html.js";

const dataDir = process.env["CRIMESTATS_DATA_DIR"] ?? "";
const boroughFile = join(dataDir, "london-datastore-mps-borough-crime/MPS Borough Level Crime (most recent 24 months) 2023-03_2025-02.csv");
const wardFile = join(dataDir, "london-datastore-mps-ward-crime/MPS Ward Level Crime (most recent 24 months) 2024-01_2025-12.csv");
const populationFile = join(dataDir, "ons-lsoa-population-london/london-mid2020-pop.csv");
const hasData = dataDir !== "" && [boroughFile, wardFile, populationFile].every((f) => existsSync(f));

describe.skipIf(!hasData)("crimestats assess on the real London Datastore and ONS files (skipped: CRIMESTATS_DATA_DIR absent)", () => {
  it("writes figures that agree with a direct computation from the CSV files, and a well-formed self-contained HTML file", { timeout: 120_000 }, async () => {
    const { out, ...result } = await assessHarrow(
      ["--borough-file", boroughFile, "--ward-file", wardFile, "--population-file", populationFile],
      "2025-02",
      "crimestats-e2e",
    );
    expect(result.err).toBe("");
    expect(result.code).toBe(0);

    // Independent computation: Harrow's all-offence total over Mar 2024 .. Feb 2025 straight from
    // the borough CSV, and Harrow's mid-2020 population summed over its LSOAs.
    const rows = csv(boroughFile);
    const header = rows[0] ?? [];
    const cols = ["202403", "202404", "202405", "202406", "202407", "202408", "202409", "202410", "202411", "202412", "202501", "202502"].map((m) =>
      header.indexOf(m),
    );
    const prevCols = ["202303", "202304", "202305", "202306", "202307", "202308", "202309", "202310", "202311", "202312", "202401", "202402"].map((m) =>
      header.indexOf(m),
    );
    expect([...cols, ...prevCols].every((c) => c > 2)).toBe(true);
    let harrowTotal = 0;
    let harrowPrevious = 0;
    for (const r of rows.slice(1)) {
      if (r[2] !== "Harrow") continue;
      for (const c of cols) harrowTotal += Number(r[c]);
      for (const c of prevCols) harrowPrevious += Number(r[c]);
    }
    const pop = csv(populationFile);
    const lad = (pop[0] ?? []).indexOf("LAD11NM");
    const persons = (pop[0] ?? []).indexOf("Persons_All-Ages");
    const harrowPopulation = pop
      .slice(1)
      .filter((r) => r[lad] === "Harrow")
      .reduce((s, r) => s + Number(r[persons]), 0);
    expect(harrowPopulation).toBe(252_338); // ONS small-area (LSOA) mid-2020 population estimates: Harrow 252,338

    // The first section is all recorded offences; its quick facts must match.
    const md = readFileSync(join(out, "strategic-assessment.md"), "utf8");
    // Read as a CommonMark renderer reads it: only the document's own structure, every table row complete.
    const rendered = new MarkdownIt({ html: true }).render(md);
    const tags = new Set([...rendered.matchAll(/<([a-z][\w-]*)/g)].map((m) => m[1]));
    for (const tag of tags)
      expect(["h1", "h2", "h3", "p", "ul", "li", "strong", "em", "a", "table", "thead", "tbody", "tr", "th", "td", "blockquote"]).toContain(tag);
    for (const table of rendered.match(/<table>[\s\S]*?<\/table>/g) ?? []) {
      expect(new Set((table.match(/<tr>[\s\S]*?<\/tr>/g) ?? []).map((r) => (r.match(/<t[hd][ >]/g) ?? []).length)).size).toBe(1);
    }
    const section = md.slice(md.indexOf("\n## All offences"));
    const fact = (label: string): string => new RegExp(`^- ${label}: \\*\\*([^*]+)\\*\\*$`, "m").exec(section)?.[1] ?? "missing";
    const number = (text: string): number => Number(text.replace(/,/g, ""));
    expect(number(fact("Offences, 12 months to Feb 2025"))).toBe(harrowTotal);
    expect(number(fact("Offences, 12 months to Feb 2024"))).toBe(harrowPrevious);
    const exactRate = (harrowTotal / harrowPopulation) * 1000;
    expect(Math.abs(number(fact("Rate per 1,000 residents")) - exactRate)).toBeLessThanOrEqual(0.005);
    const exactChange = exactRate - (harrowPrevious / harrowPopulation) * 1000;
    const shownChange = fact("Rate change per 1,000");
    if (shownChange === "not comparable") {
      // Only when a change in recording inside the comparison affects Harrow's figure.
      const written = JSON.parse(readFileSync(join(out, "strategic-assessment.json"), "utf8")) as { priorities: { breaks: { areas: string[] }[] }[] };
      expect(written.priorities[0]?.breaks.some((b) => b.areas.includes("Harrow"))).toBe(true);
    } else expect(Math.abs(number(shownChange) - exactChange)).toBeLessThanOrEqual(0.005);

    const html = readFileSync(join(out, "strategic-assessment.html"), "utf8");
    expect(wellFormedProblems(html)).toEqual([]);
    expect(externalReferences(html)).toEqual([]);
    expect(html).not.toContain("SYNTHETIC");

    // The ward section: each priority's released table audited again here from the released cells
    // alone (auditTable), and every released figure checked against the policy applied to a direct
    // count from the ward CSV.
    type Released = { value: number | null; display: string; status: string };
    const json = JSON.parse(readFileSync(join(out, "strategic-assessment.json"), "utf8")) as {
      wards: {
        priorities: { id: string; released: { current: ReleasedTable; previous: ReleasedTable | null }; rows: { ward: string; current: Released }[] }[];
      } | null;
      priorities: { id: string; categories: string[] }[];
    };
    const wards = json.wards;
    expect(wards).not.toBeNull();
    if (wards === null) return;
    const policy = disclosurePreset("suppress-1-4-round-5");
    const wardRows = csv(wardFile);
    const wardHeader = wardRows[0] ?? [];
    const wardCols = ["202403", "202404", "202405", "202406", "202407", "202408", "202409", "202410", "202411", "202412", "202501", "202502"].map((m) =>
      wardHeader.indexOf(m),
    );
    const harrowWards = wardRows.slice(1).filter((r) => r[4] === "Harrow");
    let checked = 0;
    for (const section of wards.priorities) {
      expect(auditTable(section.released.current).disclosed).toEqual([]);
      if (section.released.previous !== null) expect(auditTable(section.released.previous).disclosed).toEqual([]);
      expect(section.rows.length).toBe(new Set(harrowWards.map((r) => r[2]?.trim())).size);
      const categories = new Set(json.priorities.find((p) => p.id === section.id)?.categories ?? []);
      for (const row of section.rows) {
        let exact = 0;
        for (const r of harrowWards) if (r[2]?.trim() === row.ward && categories.has(r[1] ?? "")) for (const c of wardCols) exact += Number(r[c]);
        const primary = discloseCount(exact, policy);
        // Either the policy's own release of the exact count (shown with thousands separators), or a secondary suppression.
        const shown = row.current.display;
        expect(
          shown === primary.display.replace(/\B(?=(\d{3})+(?!\d))/g, ",") || shown === "*",
          `${row.ward} / ${section.id}: exact ${exact}, shown ${shown}`,
        ).toBe(true);
        if (primary.display === "*") expect(shown).toBe("*");
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(100);
  });
});

const hasFolder =
  dataDir !== "" && existsSync(join(dataDir, "london-datastore-mps-borough-crime")) && existsSync(join(dataDir, "ons-mid-year-population-estimates-lad"));

describe.skipIf(!hasFolder)(
  "crimestats assess --data on the real folder: every release joined, estimates by year (skipped: CRIMESTATS_DATA_DIR absent)",
  () => {
    const out = mkdtempSync(join(tmpdir(), "crimestats-find-"));
    interface Written {
      sources: string[];
      notes: string[];
      populations: { previous: { year: number | null }; current: { year: number | null } };
      reconciliation: { files: { file: string }[] };
      current: { first: string; last: string };
      priorities: { name: string; breaks: { month: string; areas: string[] }[] }[];
    }
    const assess = async (...args: string[]): Promise<{ json: Written; md: string }> => {
      const result = await run(["assess", "--data", dataDir, "--area", "Harrow", "--out", out, "--quiet", ...args]);
      expect(result.err).toBe("");
      expect(result.code).toBe(0);
      return {
        json: JSON.parse(readFileSync(join(out, "strategic-assessment.json"), "utf8")) as Written,
        md: readFileSync(join(out, "strategic-assessment.md"), "utf8"),
      };
    };

    it("to February 2025 and to December 2025: all three borough releases joined from April 2010, each period with the mid-2024 estimate", {
      timeout: 300_000,
    }, async () => {
      for (const to of ["2025-02", "2025-12"]) {
        const { json, md } = await assess("--to", to);
        const boroughFiles = json.reconciliation.files.map((f) => f.file).filter((f) => f.startsWith("MPS Borough Level Crime"));
        expect(boroughFiles).toEqual([
          "MPS Borough Level Crime (Historical).csv",
          "MPS Borough Level Crime (most recent 24 months) 2023-03_2025-02.csv",
          "MPS Borough Level Crime (most recent 24 months) 2024-01_2025-12.csv",
        ]);
        expect(json.current.last).toBe(to);
        // The notes say which months each release supplied: the historical file from April 2010, the newest from January 2024.
        // Each release is named by the months it covers and its file, not by an id.
        expect(json.notes).toContainEqual(
          expect.stringMatching(
            /^The release covering April 2010 to February 2023 \(MPS Borough Level Crime \(Historical\)\.csv\): the counts for April 2010 to February 2023 come from it\./,
          ),
        );
        expect(json.notes).toContainEqual(
          expect.stringMatching(
            /^The release covering March 2023 to February 2025 \(.*\): the counts for March 2023 to December 2023 come from it\. The release covering January 2024 to December 2025 \(.*\) revised /,
          ),
        );
        expect(json.notes).toContainEqual(
          expect.stringMatching(/^The release covering January 2024 to December 2025 \(.*\): the counts for January 2024 to December 2025 come from it\./),
        );
        // mid-2024 is the estimate of 2024 and the nearest to 2025 (there is no mid-2023 or mid-2025 file).
        expect(json.populations.current.year).toBe(2024);
        expect(json.sources).toContainEqual(expect.stringContaining("mye24tablesew.csv"));
        if (to === "2025-02") {
          // The airports row folded into Hillingdon from March 2024 falls inside this comparison:
          // Hillingdon's change in all offences is not comparable, so it is not ranked on it.
          const all = json.priorities.find((p) => p.name === "All offences");
          expect(all?.breaks.some((b) => b.month === "2024-03" && b.areas.includes("Hillingdon"))).toBe(true);
          const section = md.slice(md.indexOf("\n## All offences"), md.indexOf("\n## ", md.indexOf("\n## All offences") + 5));
          expect(section).toContain("Hillingdon's change is not compared");
          expect(section).not.toMatch(/Hillingdon saw the largest rate increase/);
        }
      }
    });

    it("runs to March 2019 from the historical release, with the mid-2021 estimate as the nearest", { timeout: 300_000 }, async () => {
      const { json } = await assess("--to", "2019-03");
      expect(json.current).toMatchObject({ first: "2018-04", last: "2019-03" });
      expect([json.populations.previous.year, json.populations.current.year]).toEqual([2021, 2021]);
    });

    it("takes several --population-file estimates, each period the estimate of its own year (a tie goes to the later)", { timeout: 300_000 }, async () => {
      const lad = join(dataDir, "ons-mid-year-population-estimates-lad");
      const { json } = await assess("--population-file", join(lad, "mye22final.xlsx"), "--population-file", join(lad, "mye24tablesew.csv"), "--to", "2023-12");
      // 2023 is as near to mid-2022 as to mid-2024: the later is used.
      expect([json.populations.previous.year, json.populations.current.year]).toEqual([2022, 2024]);
    });

    it.skipIf(!existsSync(join(dataDir, "ons-lsoa-population-london/london-mid2019-pop.csv")))(
      "falls back to the LSOA population files, by the year in their names, when the folder has no mid-year estimates",
      { timeout: 300_000 },
      async () => {
        const folder = mkdtempSync(join(tmpdir(), "crimestats-lsoa-"));
        symlinkSync(join(dataDir, "london-datastore-mps-borough-crime"), join(folder, "borough"));
        symlinkSync(join(dataDir, "ons-lsoa-population-london"), join(folder, "population"));
        const result = await run(["assess", "--data", folder, "--to", "2020-12", "--out", join(folder, "out"), "--quiet"]);
        expect([result.code, result.err]).toEqual([0, ""]);
        const json = JSON.parse(readFileSync(join(folder, "out", "strategic-assessment.json"), "utf8")) as Written;
        expect([json.populations.previous.year, json.populations.current.year]).toEqual([2019, 2020]);
        expect(json.sources.filter((s) => s.includes("pop.csv"))).toEqual([
          "london-mid2019-pop.csv (resident population by LSOA, summed to boroughs)",
          "london-mid2020-pop.csv (resident population by LSOA, summed to boroughs)",
        ]);
      },
    );

    it("names the months the joined series cannot compare", { timeout: 300_000 }, async () => {
      const late = await run(["assess", "--data", dataDir, "--to", "2026-03", "--out", out, "--quiet"]);
      expect(late.code).toBe(1);
      expect(late.err).toBe(
        "crimestats: End month 2026-03 needs counts from 2024-04 to 2026-03, but the data run from 2010-04 to 2025-12: expected an end month from 2012-03 to 2025-12.\n",
      );
    });
  },
);
