import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const packageDir = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const cli = join(packageDir, "dist/cli.js");
const manifest = JSON.parse(readFileSync(join(packageDir, "package.json"), "utf8")) as { bin: Record<string, string>; files: string[] };

describe("the crimestats bin entry", () => {
  it("is declared in package.json and its data ship inside dist/", () => {
    expect(manifest.bin).toEqual({ crimestats: "./dist/cli.js" });
    expect(manifest.files).toEqual(["dist", "CHANGELOG.md"]);
  });

  it.skipIf(!existsSync(cli))("the build copies the SYNTHETIC demo data next to dist/cli.js (skipped: not built)", () => {
    for (const name of ["SYNTHETIC-demo-borough-crime.csv", "SYNTHETIC-demo-small-area-residents.csv", "SYNTHETIC-demo-ward-crime.csv"]) {
      expect(readFileSync(join(packageDir, "dist/data", name), "utf8")).toBe(readFileSync(join(packageDir, "data", name), "utf8"));
    }
  });

  // The built command, as the README's main command runs it (the suite builds before testing).
  it.skipIf(!existsSync(cli))("runs from dist/cli.js: --help, and assess on the embedded data (skipped: not built)", { timeout: 120_000 }, () => {
    expect(readFileSync(cli, "utf8").startsWith("#!/usr/bin/env node\n")).toBe(true);
    const help = spawnSync(process.execPath, [cli, "--help"], { encoding: "utf8" });
    expect(help.status).toBe(0);
    expect(help.stdout).toContain("reproduce-2019");
    const out = mkdtempSync(join(tmpdir(), "crimestats-bin-"));
    const assess = spawnSync(process.execPath, [cli, "assess", "--out", out], { encoding: "utf8", cwd: tmpdir() });
    expect(assess.stderr).toContain("SYNTHETIC");
    expect(assess.status).toBe(0);
    expect(readFileSync(join(out, "strategic-assessment.html"), "utf8")).toContain("SYNTHETIC DEMONSTRATION DATA");
    const bad = spawnSync(process.execPath, [cli, "assess", "--area", "Atlantis"], { encoding: "utf8", cwd: tmpdir() });
    expect(bad.status).toBe(1);
    expect(bad.stderr.trim().split("\n").at(-1)).toBe('crimestats: Unknown area "Atlantis": expected one of the 32 areas in the data.');
    expect(bad.stderr).not.toContain("    at ");
  });
});
