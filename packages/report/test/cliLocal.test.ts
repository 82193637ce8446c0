import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { run } from "./runCli.js";

/** A new empty temporary folder. */
const temp = (prefix: string): string => mkdtempSync(join(tmpdir(), `crimestats-local-${prefix}-`));

/** Writes files (name → text) into a new temporary folder and returns it. */
function folderWith(prefix: string, files: Readonly<Record<string, string>>): string {
  const dir = temp(prefix);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

const goodAsb = "measure,area,period,count\nasb,Harrow,2025-01,412\nasb,Harrow,2025-02,398\n";
const badAsb = "measure,area,period,count\nasb,Harrow,2025-03,412\nasb,Harrow,2025-02,-3\nasb,Harrow,2025-13,5\n";

describe("crimestats template", () => {
  it.each(["incidents", "youth-justice", "survey", "service-volumes", "delivery-plan"])(
    "writes %s.csv, .md and .schema.json, and the CSV's example row passes crimestats check",
    async (kind) => {
      const out = temp("template");
      const written = await run(["template", kind, "--out", out]);
      expect(written.code).toBe(0);
      expect(written.out).toBe([`${kind}.csv`, `${kind}.md`, `${kind}.schema.json`].map((f) => `${join(out, f)}\n`).join(""));
      expect(readdirSync(out).sort()).toEqual([`${kind}.csv`, `${kind}.md`, `${kind}.schema.json`]);
      expect(JSON.parse(readFileSync(join(out, `${kind}.schema.json`), "utf8"))).toMatchObject({ properties: { kind: { const: kind } } });
      const checked = await run(["check", join(out, `${kind}.csv`)]);
      expect([checked.code, checked.out]).toEqual([0, ""]);
      expect(checked.err).toContain(`${kind}, 1 row, no problems`);
    },
  );

  it("refuses to overwrite: with one of the three files in the way it writes none (exit 1) and leaves that file as it was", async () => {
    const out = folderWith("template-busy", { "survey.md": "my notes\n" });
    const result = await run(["template", "survey", "--out", out]);
    expect(result.code).toBe(1);
    expect(result.err).toBe(
      `crimestats: "${join(out, "survey.md")}" already exists: "crimestats template" never overwrites a file (a filled-in template would be lost); remove it or choose another --out.\n`,
    );
    expect(readdirSync(out)).toEqual(["survey.md"]);
    expect(readFileSync(join(out, "survey.md"), "utf8")).toBe("my notes\n");
  });

  it.each([
    [
      ["template"],
      'crimestats: "crimestats template" needs one kind of local data, got no kind: expected one of incidents, youth-justice, survey, service-volumes, delivery-plan.\n',
    ],
    [
      ["template", "crimes"],
      'crimestats: "crimestats template" needs one kind of local data, got "crimes": expected one of incidents, youth-justice, survey, service-volumes, delivery-plan.\n',
    ],
    [
      ["template", "survey", "incidents"],
      'crimestats: "crimestats template" needs one kind of local data, got 2 kinds: expected one of incidents, youth-justice, survey, service-volumes, delivery-plan.\n',
    ],
    [["check"], 'crimestats: "crimestats check" needs at least one file: expected the local-data CSV or JSON files to check, e.g. crimestats check asb.csv.\n'],
  ])("%j is a bad argument: one sentence, exit 2", async (args, message) => {
    const result = await run(args);
    expect([result.code, result.err, result.out]).toEqual([2, message, ""]);
  });

  it.each(["template", "check"])("%s --help prints its usage with the exit statuses", async (command) => {
    const help = await run([command, "--help"]);
    expect(help.code).toBe(0);
    expect(help.out.startsWith(`Usage: crimestats ${command}`)).toBe(true);
    expect(help.out).toContain("Exit status");
    expect((await run(["--help"])).out).toContain(`  ${command} `);
  });
});

describe("crimestats check", () => {
  it("prints every problem as file:line: column: message, a summary, and exits 3; a clean file alone exits 0", async () => {
    const dir = folderWith("check", { "good.csv": goodAsb, "bad.csv": badAsb });
    const good = join(dir, "good.csv");
    const bad = join(dir, "bad.csv");
    const result = await run(["check", good, bad]);
    expect(result.code).toBe(3);
    expect(result.out).toBe(
      `${bad}:3: count: -3 is less than 0.\n${bad}:4: period: "2025-13" is not a month or a run of months (expected YYYY-MM or YYYY-MM/YYYY-MM).\n`,
    );
    expect(result.err).toContain(`crimestats: ${good}: incidents, 2 rows, no problems.\n`);
    expect(result.err).toContain("crimestats: 2 problems in 1 file of 2: 3 rows of 5 rows read passed (nothing is used until every problem is fixed).\n");
    const clean = await run(["check", good]);
    expect([clean.code, clean.out, clean.err]).toEqual([
      0,
      "",
      `crimestats: ${good}: incidents, 2 rows, no problems.\ncrimestats: 1 file checked: 2 rows, no problems.\n`,
    ]);
  });

  it("finds a row that repeats a row of an earlier file of the same kind, at its own line", async () => {
    const dir = folderWith("check-dup", { "a.csv": goodAsb, "b.csv": "measure,area,period,count\nasb,Harrow,2025-03,1\nasb,Harrow,2025-02,398\n" });
    const result = await run(["check", join(dir, "a.csv"), join(dir, "b.csv")]);
    expect(result.code).toBe(3);
    expect(result.out).toMatch(new RegExp(`^${join(dir, "b.csv").replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")}:3: The row repeats the row on line 3 of "a.csv"`));
  });

  it("says a file that is not a template is one problem on line 1, and a file that cannot be read exits 1", async () => {
    const dir = folderWith("check-other", { "notes.csv": "Name,Comment\nA,B\n" });
    const other = await run(["check", join(dir, "notes.csv")]);
    expect(other.code).toBe(3);
    expect(other.out).toContain(`${join(dir, "notes.csv")}:1: The header "Name,Comment" is not a local-data template`);
    const missing = await run(["check", join(dir, "absent.csv")]);
    expect(missing.code).toBe(1);
    expect(missing.err).toBe(`crimestats: Cannot read the local-data file "${join(dir, "absent.csv")}": it does not exist.\n`);
  });
});

describe("crimestats assess --local", () => {
  it("writes nothing when a local file has a problem: the problems with their lines, exit 3", { timeout: 60_000 }, async () => {
    const local = folderWith("assess-bad", { "asb.csv": badAsb, "plan.json": '{"kind": "delivery-plan", "rows": []}' });
    const out = join(temp("assess-bad-out"), "out");
    const result = await run(["assess", "--local", local, "--out", out, "--quiet"]);
    expect(result.code).toBe(3);
    expect(result.out).toBe("");
    expect(result.err).toContain(`${join(local, "asb.csv")}:3: count: -3 is less than 0.\n`);
    expect(result.err).toContain(`${join(local, "plan.json")}:1: rows: The file has no rows: expected at least one.\n`);
    expect(result.err).toContain("no document written, because a local-data file has a problem (exit status 3)");
    expect(existsSync(out)).toBe(false);
  });

  it("never skips a file of the folder that is not a local-data template", { timeout: 60_000 }, async () => {
    const local = folderWith("assess-other", { "asb.csv": goodAsb, "minutes.csv": "Date,Item\n2025-01-01,Opening\n" });
    const out = join(temp("assess-other-out"), "out");
    const result = await run(["assess", "--local", local, "--out", out, "--quiet"]);
    expect(result.code).toBe(3);
    expect(result.err).toContain(`${join(local, "minutes.csv")}:1: The header "Date,Item" is not a local-data template`);
    expect(existsSync(out)).toBe(false);
  });

  it("refuses a folder without any .csv or .json file, and a folder that does not exist (exit 1)", async () => {
    const empty = folderWith("assess-empty", { "README.txt": "x" });
    const none = await run(["assess", "--local", empty, "--quiet"]);
    expect(none.code).toBe(1);
    expect(none.err).toContain(`The local-data folder "${empty}" holds no .csv or .json file`);
    const absent = await run(["assess", "--local", join(empty, "nowhere"), "--quiet"]);
    expect(absent.code).toBe(1);
    expect(absent.err).toContain(`Cannot read the local-data folder "${join(empty, "nowhere")}": it does not exist.`);
  });

  it("reads the files of the folder only one level deep", async () => {
    const local = folderWith("assess-deep", { "asb.csv": goodAsb });
    mkdirSync(join(local, "old"));
    writeFileSync(join(local, "old", "broken.csv"), badAsb);
    const result = await run(["check", join(local, "asb.csv")]);
    expect(result.code).toBe(0);
    const { localFolderFiles } = await import("../src/internal/cli/findFiles.js");
    expect(localFolderFiles(local)).toEqual([join(local, "asb.csv")]);
  });
});

describe("crimestats assess: anti-social behaviour from street-level files", () => {
  const header = "Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,Crime type,Last outcome category,Context";
  /** A street-level file of 2025 with anti-social behaviour in Harrow (n a month) and Brent (3 a month), one row without a location and a burglary. */
  function streetFile(dir: string): { harrow: number; brent: number } {
    const lines = [header];
    let harrow = 0;
    for (let m = 1; m <= 12; m += 1) {
      const month = `2025-${String(m).padStart(2, "0")}`;
      const n = 4 + (m % 5);
      for (let i = 0; i < n; i += 1)
        lines.push(
          `,${month},Metropolitan Police Service,Metropolitan Police Service,-0.33,51.58,On or near Synthetic Street,E01000${100 + i},Harrow 0${10 + i}A,Anti-social behaviour,,`,
        );
      harrow += n;
      for (let i = 0; i < 3; i += 1)
        lines.push(
          `,${month},Metropolitan Police Service,Metropolitan Police Service,-0.28,51.56,On or near Synthetic Road,E01000200,Brent 001A,Anti-social behaviour,,`,
        );
    }
    lines.push(",2025-05,Metropolitan Police Service,Metropolitan Police Service,,,No Location,,,Anti-social behaviour,,");
    lines.push(
      "abc,2025-05,Metropolitan Police Service,Metropolitan Police Service,-0.33,51.58,On or near Synthetic Street,E01000100,Harrow 010A,Burglary,Under investigation,",
    );
    writeFileSync(join(dir, "SYNTHETIC-asb-2025-street.csv"), `${lines.join("\n")}\n`);
    return { harrow, brent: 36 };
  }

  it("counts the street files' anti-social behaviour by district and month into an ASB section, naming the source", { timeout: 120_000 }, async () => {
    const { linkedDataFolder } = await import("./realData.js");
    const data = linkedDataFolder("crimestats-asb", [join(import.meta.dirname, "..", "data")]);
    const expected = streetFile(data);
    const out = temp("asb-out");
    const result = await run(["assess", "--data", data, "--to", "2025-12", "--out", out, "--format", "json", "--quiet"]);
    expect(result.err).not.toContain("Error");
    const json = JSON.parse(readFileSync(join(out, "strategic-assessment.json"), "utf8")) as {
      local: { sections: { id: string; openData?: boolean; facts: { text: string }[] }[] } | null;
      sources: string[];
      notes: string[];
    };
    expect(json.local?.sections.map((s) => s.id)).toEqual(["asb"]);
    // Published open data, given exactly as the files hold it (71 incidents in Harrow, not 70), under no disclosure rule.
    expect(json.local?.sections[0]?.openData).toBe(true);
    expect(json.local?.sections[0]?.facts.map((f) => f.text)).toContain(String(expected.harrow));
    expect(json.notes.some((n) => n.startsWith("The partnership's own measures"))).toBe(false);
    expect(
      json.sources.some((s) =>
        s.includes(
          "SYNTHETIC-asb-2025-street.csv (data.police.uk street-level data: anti-social behaviour incidents by district and month; 1 row without a location is in no district)",
        ),
      ),
    ).toBe(true);
    expect(expected.harrow).toBeGreaterThan(0);
  });

  it("does not add the street files' anti-social behaviour when --local gives ASB counts, and says so", { timeout: 120_000 }, async () => {
    const { linkedDataFolder } = await import("./realData.js");
    const data = linkedDataFolder("crimestats-asb-local", [join(import.meta.dirname, "..", "data")]);
    streetFile(data);
    const local = folderWith("asb-local", { "asb.csv": goodAsb });
    const out = temp("asb-local-out");
    const result = await run(["assess", "--data", data, "--local", local, "--to", "2025-12", "--out", out, "--format", "json", "--quiet"]);
    expect(result.err).toContain(
      "The anti-social behaviour rows of the street-level files (24 rows of counts by district and month) are not added to the counts: the local-data files give anti-social behaviour counts",
    );
    const json = JSON.parse(readFileSync(join(out, "strategic-assessment.json"), "utf8")) as {
      sources: string[];
      notes: string[];
      local: { sections: { id: string; openData?: boolean }[] } | null;
    };
    expect(json.sources.some((s) => s.includes("data.police.uk street-level data"))).toBe(false);
    // The partnership's own ASB file stays under the disclosure rule: 412 and 398 are never printed.
    expect(json.local?.sections.find((s) => s.id === "asb")?.openData).toBeUndefined();
    expect(JSON.stringify(json.local)).not.toMatch(/\b(412|398)\b/);
    expect(json.notes.some((n) => n.startsWith("The partnership's own measures: counts of 1 to 4 are shown as *"))).toBe(true);
    expect(json.sources.some((s) => s.includes("asb.csv (the partnership's incident counts: 2 rows)"))).toBe(true);
  });
});

describe("crimestats assess --local with a folder of every kind", () => {
  it("gives the anti-social behaviour, domestic abuse, hate crime, knife crime, youth justice, survey, service-volume and delivery-plan sections", {
    timeout: 120_000,
  }, async () => {
    // The demonstration's local files under names of a partnership's own (not SYNTHETIC), read as the partnership's data.
    const demoLocal = join(import.meta.dirname, "..", "data", "SYNTHETIC-demo-local");
    const local = temp("every-kind");
    for (const file of readdirSync(demoLocal)) writeFileSync(join(local, file.replace("SYNTHETIC-demo-local-", "")), readFileSync(join(demoLocal, file)));
    const out = temp("every-kind-out");
    const result = await run(["assess", "--local", local, "--out", out, "--format", "md", "--quiet"]);
    expect(result.code).toBe(0);
    const md = readFileSync(join(out, "strategic-assessment.md"), "utf8");
    const headings = md.split("\n").filter((l) => l.startsWith("## "));
    for (const name of [
      "Anti-social behaviour",
      "Domestic abuse",
      "Hate crime",
      "Knife crime",
      "Youth justice",
      "Public confidence",
      "Service volumes",
      "Delivery plan",
    ])
      expect(headings, name).toContain(`## ${name}`);
  });

  it("gives the sections of the published 2019 figures (examples/data/harrow/local-2019), each saying how old its figures are", {
    timeout: 120_000,
  }, async () => {
    const out = temp("local-2019-out");
    const local = join(import.meta.dirname, "..", "..", "..", "examples", "data", "harrow", "local-2019");
    const result = await run(["assess", "--local", local, "--out", out, "--format", "md", "--quiet"]);
    expect(result.code).toBe(0);
    const md = readFileSync(join(out, "strategic-assessment.md"), "utf8");
    for (const name of ["Youth justice", "Public confidence", "Service volumes"]) expect(md).toContain(`## ${name}`);
    expect(md).toMatch(/The latest youth justice figures here end in [A-Z][a-z]+ 2018, (more than )?\d+ years before the assessment's end/);
  });
});

describe("crimestats assess on the SYNTHETIC demonstration data", () => {
  it("assesses local data of every kind, each section and source saying SYNTHETIC, each file in the reconciliation", { timeout: 120_000 }, async () => {
    const out = temp("demo-local");
    const result = await run(["assess", "--out", out, "--format", "json", "--quiet"]);
    expect(result.code).toBe(0);
    const json = JSON.parse(readFileSync(join(out, "strategic-assessment.json"), "utf8")) as {
      local: { sections: { id: string; kind: string; synthetic: boolean }[] } | null;
      sources: string[];
      reconciliation: { files: { file: string; role: string; read: number; accepted: number }[] };
    };
    const sections = json.local?.sections ?? [];
    expect(new Set(sections.map((s) => s.kind))).toEqual(new Set(["incidents", "youth-justice", "survey", "service-volumes", "delivery-plan"]));
    expect(sections.map((s) => s.id).slice(0, 6)).toEqual(["asb", "domestic-abuse", "hate-crime", "knife-crime", "gun-crime", "serious-youth-violence"]);
    expect(sections.every((s) => s.synthetic)).toBe(true);
    const localFiles = readdirSync(join(import.meta.dirname, "..", "data", "SYNTHETIC-demo-local"));
    for (const file of localFiles) {
      expect(
        json.sources.some((s) => s.includes(file) && s.includes("SYNTHETIC")),
        file,
      ).toBe(true);
      const entry = json.reconciliation.files.find((f) => f.file === file);
      expect(entry?.role.startsWith("local data: ")).toBe(true);
      expect(entry?.read).toBe(entry?.accepted);
    }
  });
});
