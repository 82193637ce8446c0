import { fileURLToPath } from "node:url";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { externalReferences, wellFormedProblems } from "./html.js";
import { run } from "./runCli.js";

describe("crimestats assess with no arguments (the README's main command) on the embedded SYNTHETIC data", () => {
  it("writes both documents, labelled SYNTHETIC, well-formed, self-contained, with progress on stderr", { timeout: 120_000 }, async () => {
    const out = mkdtempSync(join(tmpdir(), "crimestats-demo-"));
    const result = await run(["assess", "--out", out]);
    expect(result.code).toBe(0);
    expect(result.out).toBe(["html", "md", "json"].map((x) => `${join(out, `strategic-assessment.${x}`)}\n`).join(""));
    expect(result.err).toContain("Using the embedded SYNTHETIC demonstration data");
    expect(result.err).toContain("Reading SYNTHETIC-demo-borough-crime-2020-01_2024-12.csv...");
    expect(result.err).toContain("Reading SYNTHETIC-demo-borough-crime-2024-01_2025-12.csv...");
    expect(result.err).toMatch(/Wrote strategic-assessment\.html, strategic-assessment\.md and strategic-assessment\.json for Harrow, 12 months to Dec 2025/);

    const md = readFileSync(join(out, "strategic-assessment.md"), "utf8");
    const html = readFileSync(join(out, "strategic-assessment.html"), "utf8");
    expect(md.startsWith("# Strategic Assessment: Harrow (SYNTHETIC DEMONSTRATION DATA)\n\n> **SYNTHETIC DEMONSTRATION DATA:")).toBe(true);
    expect(html).toContain("<title>Strategic Assessment: Harrow (SYNTHETIC DEMONSTRATION DATA)</title>");
    expect(html.match(/class="synthetic"/g)).toHaveLength(2);
    expect(wellFormedProblems(html)).toEqual([]);
    expect(externalReferences(html)).toEqual([]);
    // Every priority's charts are named by the title they draw and have a text alternative: at least one chart per priority section.
    const priorities = md.match(/^### Quick facts$/gm)?.length ?? 0;
    expect(priorities).toBeGreaterThan(5);
    const named = [...html.matchAll(/<svg[^>]* role="img" aria-labelledby="([\w-]+)-title" aria-describedby="\1-caption">/g)].map((m) => m[1]);
    const charts = named.filter((id) => html.includes(`<text id="${id}-title"`) && html.includes(`<figcaption id="${id}-caption"`)).length;
    expect(charts).toBeGreaterThanOrEqual(priorities);
    expect(named).toHaveLength(charts);
    expect(html.match(/<svg[^>]* role="img"/g)?.length ?? 0).toBe(charts);
    // The ward section is there, with its footnote, and says its audit found nothing.
    expect(md).toContain("## Wards of Harrow");
    // The rule in words from the policy itself, never the preset's id.
    expect(md).toContain('released under a disclosure rule: counts of 1 to 4 are hidden (shown as "\\*") and the others rounded to the nearest 5');
    expect(md).not.toContain("suppress-1-4-round-5");
    expect(md).toContain("Checked: no count that may be small (1 to 4) can be narrowed");
  });

  it("names an unknown area and a month outside the data in one sentence, with a non-zero exit", { timeout: 60_000 }, async () => {
    const unknown = await run(["assess", "--area", "Harow", "--out", mkdtempSync(join(tmpdir(), "crimestats-x-")), "--quiet"]);
    expect(unknown.code).toBe(1);
    expect(unknown.err).toBe('crimestats: Unknown area "Harow": expected one of the 32 areas in the data (did you mean Haringey or Harrow?).\n');
    const late = await run(["assess", "--to", "2026-06", "--quiet"]);
    expect(late.code).toBe(1);
    expect(late.err).toBe(
      "crimestats: End month 2026-06 needs counts from 2024-07 to 2026-06, but the data run from 2020-01 to 2025-12: expected an end month from 2021-12 to 2025-12.\n",
    );
    const bad = await run(["assess", "--to", "Feb 2025"]);
    expect(bad.code).toBe(2);
    expect(bad.err).toBe('crimestats: Month "Feb 2025" given to --to is not a month: expected YYYY-MM, e.g. 2025-02.\n');
    const missing = await run(["assess", "--borough-file", "/nope.csv", "--population-file", "/nope2.csv"]);
    expect(missing.err).toBe('crimestats: The borough file "/nope.csv" does not exist: expected a CSV file.\n');
  });
});

interface BreakJson {
  id: string;
  month: string;
  origin: string;
  areas: string[];
}
interface PriorityJson {
  id: string;
  name: string;
  breaks: BreakJson[];
}

describe("crimestats assess joins the demonstration data's two releases", () => {
  it("says which months each release supplied and how the newer one revised the 12 months both hold, as summed from the files", {
    timeout: 120_000,
  }, async () => {
    const out = mkdtempSync(join(tmpdir(), "crimestats-releases-"));
    expect((await run(["assess", "--out", out, "--quiet"])).code).toBe(0);
    const notes = (JSON.parse(readFileSync(join(out, "strategic-assessment.json"), "utf8")) as { notes: string[] }).notes;
    // Direct sums of every cell of 2024 in each file (independent of the package's readers).
    const data = fileURLToPath(new URL("../data", import.meta.url));
    const total2024 = (file: string): number => {
      const [header = "", ...rows] = readFileSync(join(data, file), "utf8").trim().split("\n");
      const columns = header.split(",").flatMap((h, i) => (h.startsWith("2024") ? [i] : []));
      return rows.reduce((sum, row) => {
        const cells = row.split(",");
        return sum + columns.reduce((s, c) => s + Number(cells[c]), 0);
      }, 0);
    };
    const older = total2024("SYNTHETIC-demo-borough-crime-2020-01_2024-12.csv");
    const newer = total2024("SYNTHETIC-demo-borough-crime-2024-01_2025-12.csv");
    expect(newer).toBeGreaterThan(older);
    const grouped = (n: number) => n.toLocaleString("en-GB");
    // Releases are named by their months and file, never by an id such as "2020-01_2024-12".
    const note = notes.find((n) => n.startsWith("The release covering January 2020 to December 2024 (SYNTHETIC-demo-borough-crime-2020-01_2024-12.csv): "));
    expect(note).toContain("the counts for January 2020 to December 2023 come from it.");
    expect(note).toContain(
      `Over all categories, January 2024 to December 2024 count ${grouped(older)} offences in this release and ${grouped(newer)} in the release covering January 2024 to December 2025 (SYNTHETIC-demo-borough-crime-2024-01_2025-12.csv) (+${grouped(newer - older)}).`,
    );
    expect(notes).toContainEqual(
      "The release covering January 2024 to December 2025 (SYNTHETIC-demo-borough-crime-2024-01_2025-12.csv): the counts for January 2024 to December 2025 come from it.",
    );
    expect(notes.join(" ")).not.toMatch(/\b\d{4}-\d{2}_\d{4}-\d{2}\b(?!\.csv)/);
    // The releases table gives the same change over all categories of the 12 months both hold (a restated category
    // moves between cells but stays in the total), labelled for what it is.
    const md = readFileSync(join(out, "strategic-assessment.md"), "utf8");
    expect(md).toContain("| Release | Months used | Cells revised by the newer release | Change in all offences over the months both hold |");
    expect(md).toMatch(
      new RegExp(
        `\\| SYNTHETIC-demo-borough-crime-2020-01\\\\_2024-12\\.csv \\(January 2020 to December 2024\\) \\| [^|]+ \\| [^|]+ \\| \\+${grouped(newer - older)} \\|`,
      ),
    );
  });
});

describe("crimestats assess on the demonstration data's planted recording breaks", () => {
  it("finds the airports row folded into Hillingdon and does not rank Hillingdon on its change", { timeout: 120_000 }, async () => {
    const out = mkdtempSync(join(tmpdir(), "crimestats-breaks-"));
    expect((await run(["assess", "--out", out, "--quiet"])).code).toBe(0);
    const json = JSON.parse(readFileSync(join(out, "strategic-assessment.json"), "utf8")) as { priorities: PriorityJson[] };
    const all = json.priorities[0];
    expect(all?.name).toBe("All offences");
    const found = all?.breaks.filter((b) => b.origin === "detected" && b.areas.includes("Hillingdon")) ?? [];
    expect(found.map((b) => b.month)).toContain("2024-09");
    // The published breaks describe the real files, so none is applied to the invented counts.
    expect(json.priorities.flatMap((p) => p.breaks).filter((b) => b.origin === "known")).toEqual([]);
    const md = readFileSync(join(out, "strategic-assessment.md"), "utf8");
    const section = md.slice(md.indexOf("\n## All offences"), md.indexOf("\n## ", md.indexOf("\n## All offences") + 5));
    expect(section).toContain("Hillingdon's change is not compared");
    expect(section).not.toMatch(/Hillingdon saw the largest rate (increase|fall)/);
  });

  it("finds the burglary relabelling of March 2025 where a priority holds only one of the two names", { timeout: 120_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), "crimestats-relabel-"));
    // The Harrow 2023-26 strategy with its burglary indicator narrowed to "BURGLARY IN A DWELLING".
    type Indicator = { id: string; name: string; numerator: { offences: unknown } };
    type Strategy = { id: string; priorities: { indicators: Indicator[] }[] };
    const strategies = JSON.parse(readFileSync(fileURLToPath(new URL("../../../examples/data/harrow/strategies.json", import.meta.url)), "utf8")) as Strategy[];
    const harrow = strategies.find((s) => s.id === "harrow-2023-26");
    const burglary = harrow?.priorities.flatMap((p) => p.indicators).find((i) => i.id === "burglary");
    expect(burglary).toBeDefined();
    if (harrow === undefined || burglary === undefined) return;
    const dwelling = {
      ...burglary,
      id: "dwelling-burglary",
      name: "Burglary in a dwelling",
      numerator: { ...burglary.numerator, offences: { taxonomy: "mps", codes: ["burglary.burglary-in-a-dwelling"] } },
    };
    const strategy = { ...harrow, priorities: [{ ...harrow.priorities.find((p) => p.indicators.includes(burglary)), indicators: [dwelling] }] };
    writeFileSync(join(dir, "strategy.json"), JSON.stringify(strategy));
    const result = await run(["assess", "--framework", join(dir, "strategy.json"), "--out", join(dir, "out"), "--quiet"]);
    expect([result.code, result.err]).toEqual([0, ""]);
    const json = JSON.parse(readFileSync(join(dir, "out", "strategic-assessment.json"), "utf8")) as { priorities: PriorityJson[] };
    const narrowed = json.priorities.find((p) => p.id === "dwelling-burglary");
    expect(narrowed?.breaks.some((b) => b.month === "2025-03" && b.areas.includes("Harrow"))).toBe(true);
  });
});

describe("crimestats assess --framework", () => {
  const strategies = fileURLToPath(new URL("../../../examples/data/harrow/strategies.json", import.meta.url));

  it("uses the MPS major categories by default, and a partnership's strategy file on request", { timeout: 120_000 }, async () => {
    const out = mkdtempSync(join(tmpdir(), "crimestats-fw-"));
    expect((await run(["assess", "--out", out, "--quiet"])).code).toBe(0);
    const major = readFileSync(join(out, "strategic-assessment.md"), "utf8");
    expect(major).toContain("## Violence against the person");
    expect(major).toContain("## NFIB fraud");

    expect((await run(["assess", "--out", out, "--quiet", "--framework", strategies, "--strategy", "harrow-2023-26"])).code).toBe(0);
    const md = readFileSync(join(out, "strategic-assessment.md"), "utf8");
    const sections = [...md.matchAll(/^## (.+)$/gm)].map((m) => m[1]);
    expect(sections).toEqual([
      "Contents",
      "Key findings",
      "Summary",
      "Harrow among the London boroughs",
      "All offences",
      "Sexual offences",
      "Stalking and harassment",
      "Burglary offences",
      "Theft of and from motor vehicles",
      "Robbery offences",
      "Violence with injury",
      "Drug offences",
      "Anti-social behaviour",
      "Domestic abuse",
      "Hate crime",
      "Knife crime",
      "Gun crime",
      "Serious youth violence",
      "Youth justice",
      "Public confidence",
      "Service volumes",
      "Delivery plan",
      "Wards of Harrow",
      "Reconciliation of the input files",
      "Changes in recording",
      "Notes on method",
      "Data sources and licences",
      "How the figures are made",
    ]);
    // The demonstration's local data have domestic abuse offences: the strategy's indicator is assessed in that section, not listed as not assessed.
    expect(md).toContain('"Domestic abuse offences" is assessed from the partnership\'s own data (section "Domestic abuse")');
    expect(md).not.toContain('"Domestic abuse offences" is not assessed here');
    // No RAG rule names drug offences, so the section has no RAG rating at all.
    const drugs = md.slice(md.indexOf("## Drug offences"), md.indexOf("\n## ", md.indexOf("## Drug offences") + 5));
    expect(drugs).not.toContain("### RAG");

    expect((await run(["assess", "--out", out, "--quiet", "--disclosure", "redact-0-7-round-5"])).code).toBe(0);
    const redacted = readFileSync(join(out, "strategic-assessment.md"), "utf8");
    expect(redacted).not.toContain("redact-0-7-round-5");
    // the footnote states the published rule, and that the redacted small counts (0 to 7) were checked too
    expect(redacted).toContain("released under a disclosure rule: counts of 0 to 7 are shown as 0 and the others rounded to the nearest 5");
    expect(redacted).toContain("Checked: no count that may be small (0 to 7) can be narrowed");
  });

  it("names an unknown framework, a file of several strategies without --strategy, and an unknown strategy", async () => {
    expect((await run(["assess", "--framework", "mopac9"])).err).toBe(
      'crimestats: Unknown priority framework "mopac9": expected mps-major or the path of a strategy\'s JSON file.\n',
    );
    const several = await run(["assess", "--framework", strategies]);
    expect(several.code).toBe(2);
    expect(several.err).toContain("holds 4 strategies: expected --strategy with one of harrow-2011-14, harrow-2017-20, harrow-2019-20, harrow-2023-26.");
    expect((await run(["assess", "--framework", strategies, "--strategy", "kent-2024"])).err).toContain('Strategy "kent-2024" is not in');
    const missing = await run(["assess", "--framework", "no-such-strategy.json"]);
    expect(missing.code).toBe(1);
    expect(missing.err).toContain('Cannot read the strategy file "no-such-strategy.json"');
  });
});
