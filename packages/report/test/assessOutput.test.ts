import { spawn } from "node:child_process";
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { hostname, tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { areasWritten } from "./outputs.js";
import { openOutputFolder } from "../src/internal/cli/outputFolder.js";
import { ReportError } from "../src/ReportError.js";
import { run } from "./runCli.js";

const outputs = ["strategic-assessment.html", "strategic-assessment.json", "strategic-assessment.md"];

/** A process id that is not running (a child that has exited). */
async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ["-e", ""]);
  await new Promise((done) => child.on("exit", done));
  return child.pid ?? 0;
}

describe("crimestats assess checks --out before computing and says what is wrong in one sentence", () => {
  it("refuses an --out that is a file, before reading any data", { timeout: 60_000 }, async () => {
    const parent = mkdtempSync(join(tmpdir(), "crimestats-out-"));
    const file = join(parent, "report");
    writeFileSync(file, "not a folder");
    const result = await run(["assess", "--out", file]);
    expect(result.code).toBe(1);
    // Only the error: no "Reading …" or "Computing …" progress line came before it.
    expect(result.err).toBe(`crimestats: The output folder "${file}" is a file: expected a folder, or a path where one can be made.\n`);
    expect(readFileSync(file, "utf8")).toBe("not a folder");
  });

  it("refuses, before computing, an --out where a document's name is taken by a folder", async () => {
    const out = mkdtempSync(join(tmpdir(), "crimestats-out-"));
    mkdirSync(join(out, "strategic-assessment.md"));
    const result = await run(["assess", "--out", out]);
    expect(result.code).toBe(1);
    expect(result.err).toBe(
      `crimestats: "${join(out, "strategic-assessment.md")}" is a folder or other non-file: expected a file there, or nothing, so the document can be written.\n`,
    );
    expect(readdirSync(out)).toEqual(["strategic-assessment.md"]);
  });

  it("leaves no empty folder behind when it stops before writing", { timeout: 60_000 }, async () => {
    const parent = mkdtempSync(join(tmpdir(), "crimestats-out-"));
    const result = await run(["assess", "--out", join(parent, "new", "nested"), "--area", "Atlantis", "--quiet"]);
    expect(result.code).toBe(1);
    expect(readdirSync(parent)).toEqual([]);
  });

  it("refuses an --out below a file without Node's errno text", async () => {
    const parent = mkdtempSync(join(tmpdir(), "crimestats-out-"));
    writeFileSync(join(parent, "report"), "");
    const out = join(parent, "report", "2025");
    const result = await run(["assess", "--out", out]);
    expect(result.code).toBe(1);
    expect(result.err).toBe(`crimestats: Cannot write the output folder "${out}": part of the path is a file, not a folder.\n`);
    expect(result.err).not.toMatch(/ENOTDIR|EEXIST|mkdir|syscall/);
  });

  it.skipIf(process.getuid?.() === 0)("refuses an --out it may not write (skipped as root, who may write anywhere)", async () => {
    const parent = mkdtempSync(join(tmpdir(), "crimestats-out-"));
    chmodSync(parent, 0o555);
    const result = await run(["assess", "--out", join(parent, "out")]);
    expect(result.err).toBe(`crimestats: Cannot write the output folder "${join(parent, "out")}": permission is denied.\n`);
  });
});

describe("crimestats assess writes its three documents together", () => {
  it("waits for another live run to finish moving its files, then refuses in one sentence and leaves the folder alone", async () => {
    const out = mkdtempSync(join(tmpdir(), "crimestats-out-"));
    writeFileSync(join(out, "strategic-assessment.md"), "earlier run");
    const lock = { pid: process.pid, host: hostname(), started: new Date().toISOString(), token: "other" };
    writeFileSync(join(out, ".crimestats-assess.lock"), JSON.stringify(lock));
    const folder = await openOutputFolder(out, { waitMs: 300 });
    const started = Date.now();
    const error = await folder.commit({ "strategic-assessment.md": "this run" }).catch((e: unknown) => e);
    expect(Date.now() - started).toBeGreaterThanOrEqual(300);
    expect(error).toBeInstanceOf(ReportError);
    expect((error as ReportError).code).toBe("output-busy");
    expect((error as ReportError).message).toBe(
      `The output folder "${out}" is being written by another crimestats run (process ${process.pid} on ${lock.host}, started ${lock.started}): wait for it to finish or choose another --out (if no run is active, delete "${join(out, ".crimestats-assess.lock")}").`,
    );
    expect(readFileSync(join(out, "strategic-assessment.md"), "utf8")).toBe("earlier run");
    expect(readdirSync(out).sort()).toEqual([".crimestats-assess.lock", "strategic-assessment.md"]);
  });

  it("takes over a lock left by a process that no longer runs, and removes its lock when done", { timeout: 120_000 }, async () => {
    const out = mkdtempSync(join(tmpdir(), "crimestats-out-"));
    const lock = { pid: await deadPid(), host: hostname(), started: new Date().toISOString(), token: "killed" };
    writeFileSync(join(out, ".crimestats-assess.lock"), JSON.stringify(lock));
    const result = await run(["assess", "--out", out, "--quiet"]);
    expect(result.err).toBe("");
    expect(result.code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(outputs);
  });

  it("completes the move a killed run had started, so the folder never keeps a mixed set", { timeout: 120_000 }, async () => {
    // As a run killed between its renames leaves it: the new HTML moved, the Markdown and JSON still staged.
    const out = mkdtempSync(join(tmpdir(), "crimestats-out-"));
    for (const name of outputs) writeFileSync(join(out, name), "old");
    mkdirSync(join(out, ".crimestats-assess-tmp-dead"));
    writeFileSync(join(out, "strategic-assessment.html"), "new");
    writeFileSync(join(out, ".crimestats-assess-tmp-dead", "strategic-assessment.md"), "new");
    writeFileSync(join(out, ".crimestats-assess-tmp-dead", "strategic-assessment.json"), "new");
    writeFileSync(join(out, ".crimestats-assess.commit"), JSON.stringify({ staging: ".crimestats-assess-tmp-dead", files: outputs }));
    // While a live run holds the folder, its marker is its own: nothing is moved for it.
    const lock = { pid: process.pid, host: hostname(), started: new Date().toISOString(), token: "other" };
    writeFileSync(join(out, ".crimestats-assess.lock"), JSON.stringify(lock));
    await (await openOutputFolder(out, { waitMs: 0 })).release();
    expect(readFileSync(join(out, "strategic-assessment.md"), "utf8")).toBe("old");
    // Once its process is gone, the next run completes the move before computing (even one that then stops).
    writeFileSync(join(out, ".crimestats-assess.lock"), JSON.stringify({ ...lock, pid: await deadPid() }));
    const result = await run(["assess", "--out", out, "--quiet", "--area", "Nowhere"]);
    expect(result.code).toBe(1);
    for (const name of outputs) expect(readFileSync(join(out, name), "utf8"), name).toBe("new");
    expect(readdirSync(out).sort()).toEqual(outputs);
  });

  it("moves nothing a commit marker names outside the folder or outside a staging folder of its own", { timeout: 60_000 }, async () => {
    const parent = mkdtempSync(join(tmpdir(), "crimestats-out-"));
    const out = join(parent, "out");
    mkdirSync(join(out, ".crimestats-assess-tmp-x"), { recursive: true });
    writeFileSync(join(parent, "precious.txt"), "keep me");
    writeFileSync(join(out, ".crimestats-assess.commit"), JSON.stringify({ staging: "..", files: ["precious.txt"] }));
    await (await openOutputFolder(out)).release();
    writeFileSync(join(out, ".crimestats-assess.commit"), JSON.stringify({ staging: ".crimestats-assess-tmp-x", files: ["../../precious.txt"] }));
    await (await openOutputFolder(out)).release();
    expect(readFileSync(join(parent, "precious.txt"), "utf8")).toBe("keep me");
    expect(readdirSync(out)).toEqual([]);
  });

  it("several simultaneous runs into one folder write one at a time, and leave one run's complete set", { timeout: 120_000 }, async () => {
    const out = mkdtempSync(join(tmpdir(), "crimestats-out-"));
    const areas = ["Harrow", "Barnet", "Brent", "Ealing"];
    const results = await Promise.all(areas.map((area) => run(["assess", "--out", out, "--quiet", "--area", area])));
    for (const r of results) expect(r.err).toBe("");
    expect(results.map((r) => r.code)).toEqual([0, 0, 0, 0]);
    const found = areasWritten(out);
    expect(areas).toContain(found.md);
    expect(found).toEqual({ md: found.md, html: found.md, json: found.md });
    expect(readdirSync(out).sort()).toEqual(outputs);
  });
});
