import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { wellFormedProblems } from "./html.js";
import { run } from "./runCli.js";

const demo = join(resolve(dirname(fileURLToPath(import.meta.url)), ".."), "data");
const demoBorough = join(demo, "SYNTHETIC-demo-borough-crime-2024-01_2025-12.csv");
const demoHistorical = join(demo, "SYNTHETIC-demo-borough-crime-2020-01_2024-12.csv");
const demoWard = join(demo, "SYNTHETIC-demo-ward-crime-2024-01_2025-12.csv");
const demoPopulation = join(demo, "SYNTHETIC-demo-mid-year-estimates-mid2024.csv");

const dataDir = process.env["CRIMESTATS_DATA_DIR"] ?? "";
const realBorough = join(dataDir, "london-datastore-mps-borough-crime/MPS Borough Level Crime (most recent 24 months) 2024-01_2025-12.csv");
const realPopulation = join(dataDir, "ons-lsoa-population-london/london-mid2020-pop.csv");
const hasData = dataDir !== "" && existsSync(realBorough) && existsSync(realPopulation);

/** Month cells (data rows × month columns) and data rows of a file, counted from its text. */
function cellsOf(path: string): { cells: number; rows: number } {
  const lines = readFileSync(path, "utf8")
    .split("\n")
    .filter((l) => l.trim() !== "");
  const months = (lines[0] ?? "").split(",").filter((h) => /^\d{6}$/.test(h.trim())).length;
  return { cells: (lines.length - 1) * months, rows: lines.length - 1 };
}

/** A fresh folder with `text` written as the borough file; returns its path and an output folder. */
function variant(text: string, name = "borough.csv"): { borough: string; out: string } {
  const dir = mkdtempSync(join(tmpdir(), "crimestats-rec-"));
  const borough = join(dir, name);
  writeFileSync(borough, text);
  return { borough, out: join(dir, "out") };
}

const assess = (borough: string, out: string, ...more: string[]) =>
  run(["assess", "--borough-file", borough, "--ward-file", demoWard, "--population-file", demoPopulation, "--to", "2025-12", "--out", out, "--quiet", ...more]);

/** The demo borough file with `n` count cells replaced by text that is not a count (the first by a number beyond 2^53). */
function spoilCells(n: number): { text: string; removed: number } {
  const lines = readFileSync(demoBorough, "utf8").split("\n");
  let removed = 0;
  for (let k = 0; k < n; k += 1) {
    const i = 1 + k * 61;
    const f = (lines[i] ?? "").split(",");
    const c = 3 + ((k * 5) % 24);
    removed += Number(f[c]);
    f[c] = k === 0 ? "99999999999999999999" : "n/a";
    lines[i] = f.join(",");
  }
  return { text: lines.join("\n"), removed };
}

describe("crimestats assess: nothing read is lost without a word (the reconciliation section and exit status 3)", () => {
  it("13 spoilt count cells are rejected, listed per file in the HTML, Markdown and JSON, warned about, and exit 3", { timeout: 120_000 }, async () => {
    const { text } = spoilCells(13);
    const { borough, out } = variant(text);
    const result = await assess(borough, out);
    const b = cellsOf(demoBorough);
    const w = cellsOf(demoWard);
    const pop = cellsOf(demoPopulation);
    expect(result.code).toBe(3);
    expect(result.err).toContain(
      `crimestats: warning: 13 of ${b.cells.toLocaleString("en-GB")} month cells of borough.csv (borough counts) were rejected and not counted (invalid-count 13); first at line 2: 2024-01: count "99999999999999999999" is not a whole number from 0 to 9007199254740991.\n`,
    );
    expect(result.err).toContain("the documents were written, but their reconciliation section lists input that was rejected or is missing (exit status 3");

    const json = JSON.parse(readFileSync(join(out, "strategic-assessment.json"), "utf8"));
    expect(json.reconciliation).toMatchObject({ rejected: 13, complete: false, missing: [] });
    expect(
      json.reconciliation.files.map((f: { file: string; role: string; read: number; accepted: number; rejected: number }) => [
        f.file,
        f.role,
        f.read,
        f.accepted,
        f.rejected,
      ]),
    ).toEqual([
      ["borough.csv", "borough counts", b.cells, b.cells - 13, 13],
      ["SYNTHETIC-demo-mid-year-estimates-mid2024.csv", "population", pop.rows, pop.rows, 0],
      ["SYNTHETIC-demo-ward-crime-2024-01_2025-12.csv", "ward counts", w.cells, w.cells, 0],
    ]);
    expect(json.reconciliation.files[0].rejectedByCode).toEqual({ "invalid-count": 13 });
    // five examples per code, in line order
    expect(json.reconciliation.files[0].examples.map((e: { line: number }) => e.line)).toEqual([2, 63, 124, 185, 246]);

    const md = readFileSync(join(out, "strategic-assessment.md"), "utf8");
    expect(md).toContain(
      "## Reconciliation of the input files\n\nCheck before quoting: 13 rows or month cells of the input were rejected and are not in any figure of this document.",
    );
    const grouped = (n: number) => n.toLocaleString("en-GB");
    expect(md).toContain(`| borough.csv | borough counts | ${grouped(b.cells)} month cells | ${grouped(b.cells - 13)} | 13 | invalid-count: 13 |`);
    expect(md).toContain('- borough.csv, line 2 (invalid-count): 2024-01: count "99999999999999999999" is not a whole number from 0 to 9007199254740991');
    const html = readFileSync(join(out, "strategic-assessment.html"), "utf8");
    expect(wellFormedProblems(html)).toEqual([]);
    expect(html).toContain('<section id="reconciliation">');
    expect(html).toContain(
      '<p class="warning" role="note">Check before quoting: 13 rows or month cells of the input were rejected and are not in any figure of this document.</p>',
    );
    expect(html).toContain('<td class="text">invalid-count: 13</td>');
  });

  it("with --strict, rejected input writes no document and exits 3", { timeout: 120_000 }, async () => {
    const { borough, out } = variant(spoilCells(1).text);
    const result = await assess(borough, out, "--strict");
    expect(result.code).toBe(3);
    expect(result.err).toContain("crimestats: --strict: no document written, because input was rejected or is incomplete (exit status 3).");
    expect(result.out).toBe("");
    expect(existsSync(out) ? readdirSync(out).filter((f) => f.startsWith("strategic-assessment")) : []).toEqual([]);
    // the same command on clean input writes and exits 0, with a reconciliation that says so
    const clean = await assess(demoBorough, out, "--strict");
    expect(clean.code).toBe(0);
    expect(clean.err).toBe("");
    const md = readFileSync(join(out, "strategic-assessment.md"), "utf8");
    expect(md).toContain("Every row and month cell read was accepted, and every area with a population has counts for every month");
    expect(JSON.parse(readFileSync(join(out, "strategic-assessment.json"), "utf8")).reconciliation).toMatchObject({ rejected: 0, missing: [], complete: true });
  });

  it("a borough file cut short is caught: the broken last row is rejected and the boroughs without counts are named", { timeout: 120_000 }, async () => {
    // keep the first 25 boroughs' rows of every category, then cut a row in half (the demo file is sorted by category)
    const lines = readFileSync(demoBorough, "utf8").split("\n");
    const boroughs = [
      ...new Set(
        lines
          .slice(1)
          .map((l) => l.split(",")[2])
          .filter((b) => b !== undefined),
      ),
    ];
    const kept = new Set(boroughs.slice(0, 25));
    const cut = [lines[0], ...lines.slice(1).filter((l) => kept.has(l.split(",")[2] ?? ""))];
    const half = (lines[1] ?? "").slice(0, 60);
    const { borough, out } = variant(`${cut.join("\n")}\n${half}`);
    const result = await assess(borough, out);
    expect(result.code).toBe(3);
    const json = JSON.parse(readFileSync(join(out, "strategic-assessment.json"), "utf8"));
    const months = (lines[0] ?? "").split(",").length - 3;
    expect(json.reconciliation.files[0].rejectedByCode).toEqual({ "field-count": months });
    const absent = boroughs.slice(25).filter((b) => b !== "Unknown" && !b.startsWith("London Heathrow"));
    expect(absent.length).toBeGreaterThan(0);
    expect(json.reconciliation.missing[0]).toMatch(
      new RegExp(`^Borough file borough\\.csv: no counts for ${absent.length} of the 32 London boroughs with a population \\(`),
    );
    expect(result.err).toContain(`crimestats: warning: ${json.reconciliation.missing[0]}`);
  });

  it("a month whose cells were all rejected is named as missing, once for all the areas lacking it", { timeout: 120_000 }, async () => {
    const lines = readFileSync(demoBorough, "utf8").split("\n");
    const spoilt = lines.map((l, i) => (i === 0 || l === "" ? l : l.replace(/,\d+$/, ",x")));
    const { borough, out } = variant(spoilt.join("\n"));
    // The older release supplies the months before 2024-01 that the 12 months to November 2024 need.
    const result = await assess(borough, out, "--to", "2025-11", "--borough-file", demoHistorical);
    expect(result.code).toBe(3);
    const json = JSON.parse(readFileSync(join(out, "strategic-assessment.json"), "utf8"));
    const areas = new Set(
      lines
        .slice(1)
        .map((l) => l.split(",")[2])
        .filter((a) => a !== undefined && a !== ""),
    );
    expect(json.reconciliation.missing).toHaveLength(1);
    expect(json.reconciliation.missing[0]).toMatch(
      new RegExp(
        `^Borough file borough\\.csv: ${areas.size} areas \\(Barking and Dagenham, Barnet, .* and \\d+ more\\) have no counts for 1 of 24 months \\(2025-12\\)\\.$`,
      ),
    );
  });

  it("boroughs with counts but no population (a population file cut short) are named, since London's rate would be too high", {
    timeout: 120_000,
  }, async () => {
    const lines = readFileSync(demoPopulation, "utf8").split("\n");
    const kept = lines.filter((l) => !/^[^,]*,(Sutton|Westminster),/.test(l));
    expect(lines.length - kept.length).toBe(2);
    const dir = mkdtempSync(join(tmpdir(), "crimestats-rec-"));
    writeFileSync(join(dir, "pop-mid2024.csv"), kept.join("\n"));
    const result = await run([
      "assess",
      "--borough-file",
      demoBorough,
      "--population-file",
      join(dir, "pop-mid2024.csv"),
      "--to",
      "2025-12",
      "--out",
      join(dir, "out"),
      "--quiet",
    ]);
    expect(result.code).toBe(3);
    const json = JSON.parse(readFileSync(join(dir, "out", "strategic-assessment.json"), "utf8"));
    expect(json.reconciliation.missing).toEqual([
      "Population file pop-mid2024.csv: no population for 2 areas with counts (Sutton and Westminster); they are left out of the ranks and of London's population while their offences stay in London's count, so London's rate would be too high.",
    ]);
  });

  it("a borough file with CR CR LF line endings gives the same document as the original, with exit 0", { timeout: 120_000 }, async () => {
    const original = variant(readFileSync(demoBorough, "utf8"));
    const doubled = variant(readFileSync(demoBorough, "utf8").replace(/\r?\n/g, "\r\r\n"));
    const a = await assess(original.borough, original.out);
    const b = await assess(doubled.borough, doubled.out);
    expect([a.code, b.code, b.err]).toEqual([0, 0, ""]);
    const read = (out: string) => readFileSync(join(out, "strategic-assessment.md"), "utf8");
    expect(read(doubled.out)).toBe(read(original.out));
  });

  it("--data finds files that are symbolic links (and folders that are)", { timeout: 120_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), "crimestats-links-"));
    const data = join(dir, "data");
    mkdirSync(join(dir, "real", "ward"), { recursive: true });
    mkdirSync(data);
    symlinkSync(demoBorough, join(data, "MPS Borough Level Crime (most recent 24 months) 2024-01_2025-12.csv"));
    symlinkSync(demoPopulation, join(data, "mye24tablesew.csv"));
    writeFileSync(join(dir, "real", "ward", "MPS Ward Level Crime (most recent 24 months) 2024-01_2025-12.csv"), readFileSync(demoWard));
    symlinkSync(join(dir, "real", "ward"), join(data, "ward"));
    symlinkSync(join(dir, "nowhere.csv"), join(data, "broken Borough Level Crime.csv"));
    const result = await run(["assess", "--data", data, "--to", "2025-12", "--out", join(dir, "out"), "--quiet"]);
    expect([result.code, result.err]).toEqual([0, ""]);
    const json = JSON.parse(readFileSync(join(dir, "out", "strategic-assessment.json"), "utf8"));
    expect(json.reconciliation.files.map((f: { file: string }) => f.file)).toEqual([
      "MPS Borough Level Crime (most recent 24 months) 2024-01_2025-12.csv",
      "mye24tablesew.csv",
      "MPS Ward Level Crime (most recent 24 months) 2024-01_2025-12.csv",
    ]);
  });
});

describe.skipIf(!hasData)(hasData ? "the real borough file cut short" : "skipped: CRIMESTATS_DATA_DIR absent", () => {
  it("the 2024-01_2025-12 release cut after 25 areas names the boroughs without counts and exits 3, instead of a London total over 25 areas", {
    timeout: 120_000,
  }, async () => {
    const lines = readFileSync(realBorough, "utf8").split("\n");
    const order: string[] = [];
    for (const l of lines.slice(1)) {
      const b = l.split(",")[2];
      if (b !== undefined && !order.includes(b)) order.push(b);
    }
    const keep = new Set(order.slice(0, 25));
    const cut = lines.filter((l, i) => i === 0 || keep.has(l.split(",")[2] ?? ""));
    const { borough, out } = variant(`${cut.join("\n")}\n${(lines[cut.length] ?? "").slice(0, 50)}`);
    const result = await run(["assess", "--borough-file", borough, "--population-file", realPopulation, "--area", "Harrow", "--out", out, "--quiet"]);
    expect(result.code).toBe(3);
    const json = JSON.parse(readFileSync(join(out, "strategic-assessment.json"), "utf8"));
    const absent = order.slice(25).filter((b) => b !== "Unknown" && !b.startsWith("London Heathrow"));
    expect(absent.length).toBeGreaterThan(5);
    expect(json.reconciliation.missing[0]).toBe(
      `Borough file borough.csv: no counts for ${absent.length} of the 32 London boroughs with a population (${absent.slice(0, -1).join(", ")} and ${absent.at(-1)}); the file may be cut short or filtered, so London totals and ranks would be too low.`,
    );
    expect(json.reconciliation.files[0].rejectedByCode).toEqual({ "field-count": (lines[0] ?? "").split(",").length - 3 });
  });
});
