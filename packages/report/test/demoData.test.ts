import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const packageDir = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const dataDir = join(packageDir, "data");

describe("the embedded SYNTHETIC demonstration data", () => {
  it("is exactly what scripts/generate-demo-data.mjs writes (deterministic, nothing edited by hand)", () => {
    const out = mkdtempSync(join(tmpdir(), "crimestats-demo-"));
    execFileSync(process.execPath, [join(packageDir, "scripts/generate-demo-data.mjs"), out]);
    const committed = readdirSync(dataDir).sort();
    expect(readdirSync(out).sort()).toEqual(committed);
    for (const file of committed) expect(readFileSync(join(out, file)).equals(readFileSync(join(dataDir, file))), file).toBe(true);
  });

  it("is labelled synthetic in its file names, its README and its ward names", () => {
    for (const file of readdirSync(dataDir).filter((f) => f.endsWith(".csv"))) expect(file.startsWith("SYNTHETIC-")).toBe(true);
    expect(readFileSync(join(dataDir, "README.md"), "utf8")).toMatch(/^# SYNTHETIC demonstration data \(not real crime figures\)/);
    const wardNames = readFileSync(join(dataDir, "SYNTHETIC-demo-ward-crime.csv"), "utf8")
      .trim()
      .split("\n")
      .slice(1)
      .map((l) => l.split(",")[2]);
    expect(wardNames.every((name) => name?.includes("Synthetic Ward") === true)).toBe(true);
  });

  it("is shaped like the MPS borough file: 32 boroughs plus the airports and Unknown rows, 36 months, small counts, wards adding up", () => {
    const lines = readFileSync(join(dataDir, "SYNTHETIC-demo-borough-crime.csv"), "utf8").trim().split("\n");
    const header = lines[0]?.split(",") ?? [];
    expect(header.slice(0, 3)).toEqual(["MajorText", "MinorText", "BoroughName"]);
    expect(header.slice(3)).toHaveLength(36);
    expect(header[3]).toBe("202301");
    expect(header.at(-1)).toBe("202512");
    const rows = lines.slice(1).map((l) => l.split(","));
    const areas = new Set(rows.map((r) => r[2]));
    expect(areas.size).toBe(34);
    expect(areas.has("London Heathrow and London City Airports")).toBe(true);
    expect(areas.has("Unknown")).toBe(true);
    const cells = rows.flatMap((r) => r.slice(3).map(Number));
    expect(cells.every((v) => Number.isInteger(v) && v >= 0)).toBe(true);
    expect(cells.filter((v) => v > 0 && v < 5).length).toBeGreaterThan(1000); // small numbers to suppress

    // Wards are a split of their borough: Harrow's 2025-12 residential burglaries add up.
    const burglary = rows.find((r) => r[1] === "RES BURGLARY OF A HOME" && r[2] === "Harrow");
    const wardRows = readFileSync(join(dataDir, "SYNTHETIC-demo-ward-crime.csv"), "utf8")
      .trim()
      .split("\n")
      .slice(1)
      .map((l) => l.split(","));
    const wardSum = wardRows.filter((r) => r[1] === "RES BURGLARY OF A HOME" && r[4] === "Harrow").reduce((s, r) => s + Number(r.at(-1)), 0);
    expect(wardSum).toBe(Number(burglary?.at(-1)));
  });
});
