import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { findBrowser } from "../src/internal/pdf/findBrowser.js";
import { areasWritten } from "./outputs.js";

const packageDir = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const cli = join(packageDir, "dist/cli.js");
const manifest = JSON.parse(readFileSync(join(packageDir, "package.json"), "utf8")) as { bin: Record<string, string>; files: string[] };

describe("the crimestats bin entry", () => {
  it("is declared in package.json and its data ship inside dist/", () => {
    expect(manifest.bin).toEqual({ crimestats: "./dist/cli.js" });
    expect(manifest.files).toEqual(["dist", "node", "CHANGELOG.md"]);
  });

  it.skipIf(!existsSync(cli))("the build copies the SYNTHETIC demo data next to dist/cli.js (skipped: not built)", () => {
    // Every file, those of its folder of local data too.
    const names = readdirSync(join(packageDir, "data"), { recursive: true, encoding: "utf8" }).filter((n) => statSync(join(packageDir, "data", n)).isFile());
    expect(names.filter((n) => n.startsWith("SYNTHETIC-demo-borough-crime-"))).toHaveLength(2);
    expect(names.filter((n) => n.startsWith(join("SYNTHETIC-demo-local", "SYNTHETIC-demo-local-")))).toHaveLength(5);
    for (const name of names) {
      expect(readFileSync(join(packageDir, "dist/data", name), "utf8")).toBe(readFileSync(join(packageDir, "data", name), "utf8"));
    }
  });

  // The built command, as the README's main command runs it (the suite builds before testing).
  it.skipIf(!existsSync(cli))("runs from dist/cli.js: --help, and assess on the embedded data (skipped: not built)", { timeout: 120_000 }, () => {
    expect(readFileSync(cli, "utf8").startsWith("#!/usr/bin/env node\n")).toBe(true);
    const help = spawnSync(process.execPath, [cli, "--help"], { encoding: "utf8" });
    expect(help.status).toBe(0);
    expect(help.stdout).toContain("download");
    const out = mkdtempSync(join(tmpdir(), "crimestats-bin-"));
    const assess = spawnSync(process.execPath, [cli, "assess", "--out", out], { encoding: "utf8", cwd: tmpdir() });
    expect(assess.stderr).toContain("SYNTHETIC");
    expect(assess.status).toBe(0);
    expect(readFileSync(join(out, "strategic-assessment.html"), "utf8")).toContain("SYNTHETIC DEMONSTRATION DATA");
    const bad = spawnSync(process.execPath, [cli, "assess", "--area", "Atlantis", "--out", join(out, "atlantis")], { encoding: "utf8", cwd: tmpdir() });
    expect(bad.status).toBe(1);
    expect(bad.stderr.trim().split("\n").at(-1)).toBe('crimestats: Unknown area "Atlantis": expected one of the 32 areas in the data.');
    expect(bad.stderr).not.toContain("    at ");
  });
});

const hasBrowser = (() => {
  try {
    findBrowser({ env: process.env, platform: process.platform });
    return true;
  } catch {
    return false;
  }
})();

describe("the built command's PDF and Word output", () => {
  // Their libraries (puppeteer-core, docx, resvg) stay outside the bundle: this run shows the built command finds them.
  it.skipIf(!existsSync(cli) || (!hasBrowser && process.env["CI"] === undefined))(
    "writes strategic-assessment.pdf and .docx from dist/cli.js (skipped: not built, or no Chromium: sudo apt-get install chromium)",
    { timeout: 180_000 },
    () => {
      const out = mkdtempSync(join(tmpdir(), "crimestats-bin-"));
      const assess = spawnSync(process.execPath, [cli, "assess", "--format", "pdf,docx", "--partnership", "Safer Harrow", "--out", out, "--quiet"], {
        encoding: "utf8",
        cwd: tmpdir(),
      });
      expect([assess.status, assess.stderr]).toEqual([0, ""]);
      expect(readdirSync(out).sort()).toEqual(["strategic-assessment.docx", "strategic-assessment.pdf"]);
      expect(readFileSync(join(out, "strategic-assessment.pdf")).subarray(0, 5).toString("latin1")).toBe("%PDF-");
      expect(readFileSync(join(out, "strategic-assessment.docx")).subarray(0, 2).toString("latin1")).toBe("PK");
    },
  );
});

/**
 * Starts the built command and resolves with its exit code, signal and stderr. With `killWhenStaging`,
 * it is killed (SIGKILL) that many ms after its hidden staging folder appears in `out`, that is, while it writes.
 */
function start(
  args: readonly string[],
  killWhenStaging?: { out: string; delayMs: number },
): Promise<{ code: number | null; signal: string | null; err: string }> {
  const child = spawn(process.execPath, [cli, ...args], { cwd: tmpdir(), stdio: ["ignore", "ignore", "pipe"] });
  let err = "";
  child.stderr.setEncoding("utf8");
  child.stderr.on("data", (text: string) => (err += text));
  let armed = false;
  const poll =
    killWhenStaging === undefined
      ? undefined
      : setInterval(() => {
          if (!armed && readdirSync(killWhenStaging.out).some((name) => name.startsWith(".crimestats-assess-tmp-"))) {
            armed = true;
            setTimeout(() => child.kill("SIGKILL"), killWhenStaging.delayMs);
          }
        }, 1);
  return new Promise((done) =>
    child.on("close", (code, signal) => {
      clearInterval(poll);
      done({ code, signal, err });
    }),
  );
}

describe.skipIf(!existsSync(cli))("the built command's output folder under concurrent and killed runs (skipped: not built)", () => {
  it("simultaneous processes into one --out write one at a time (the lock file), and one run's complete set remains", { timeout: 180_000 }, async () => {
    const out = mkdtempSync(join(tmpdir(), "crimestats-bin-"));
    const areas = ["Harrow", "Barnet", "Brent", "Ealing"];
    const results = await Promise.all(areas.map((area) => start(["assess", "--out", out, "--area", area, "--quiet"])));
    for (const r of results) expect(r.err).toBe("");
    expect(results.map((r) => r.code)).toEqual([0, 0, 0, 0]);
    const found = areasWritten(out);
    expect(areas).toContain(found.md);
    expect(found).toEqual({ md: found.md, html: found.md, json: found.md });
    expect(readdirSync(out).sort()).toEqual(["strategic-assessment.html", "strategic-assessment.json", "strategic-assessment.md"]);
  });

  it("a run killed (SIGKILL) while writing leaves the previous complete set, and the next run takes over its lock", { timeout: 300_000 }, async () => {
    const out = mkdtempSync(join(tmpdir(), "crimestats-bin-"));
    expect((await start(["assess", "--out", out, "--area", "Harrow", "--quiet"])).code).toBe(0);
    // Killed at several moments after it starts writing its files: each time the folder holds one run's full set.
    for (const delay of [0, 15, 30, 45, 60]) {
      const killed = await start(["assess", "--out", out, "--area", "Barnet", "--quiet"], { out, delayMs: delay });
      expect(killed.signal === "SIGKILL" || killed.code === 0, `delay ${delay} ms`).toBe(true);
      const found = areasWritten(out);
      expect(["Harrow", "Barnet"], `delay ${delay} ms`).toContain(found.md);
      expect(found, `delay ${delay} ms`).toEqual({ md: found.md, html: found.md, json: found.md });
      for (const name of ["strategic-assessment.html", "strategic-assessment.json", "strategic-assessment.md"])
        expect(statSync(join(out, name)).size).toBeGreaterThan(0);
    }
    const next = await start(["assess", "--out", out, "--area", "Brent", "--quiet"]);
    expect(next.err).toBe("");
    expect(next.code).toBe(0);
    expect(areasWritten(out)).toEqual({ md: "Brent", html: "Brent", json: "Brent" });
    expect(readdirSync(out).sort()).toEqual(["strategic-assessment.html", "strategic-assessment.json", "strategic-assessment.md"]);
  });
});
