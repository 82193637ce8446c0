import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runPackage } from "./runPackage.js";

// A stand-in for the bundled worker, speaking the same protocol: function "a" returns a report,
// "b" announces a call and never returns (a synchronous loop), "c" returns a report.
const worker = `
import { parentPort, workerData } from "node:worker_threads";
const header = new Int32Array(workerData.progress, 0, 4);
const body = new Uint8Array(workerData.progress, 16);
const announce = (call) => { const { written } = new TextEncoder().encodeInto(call, body); Atomics.store(header, 1, written); Atomics.add(header, 0, 1); };
for (const name of ["a", "b", "c"]) {
  if (workerData.skip.includes(name)) continue;
  parentPort.postMessage({ type: "begin", name });
  announce(name + "(1, null)");
  if (name === "b") for (;;) {}
  parentPort.postMessage({ type: "done", report: { name, calls: 1, failed: 0, failures: [], seeds: 1 } });
}
parentPort.postMessage({ type: "finished" });
`;

const dir = mkdtempSync(join(tmpdir(), "crimestats-fuzz-test-"));
const file = join(dir, "worker.mjs");
writeFileSync(file, worker);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("runPackage", () => {
  it("terminates a worker stuck in a call, reports that call as a hang with its arguments, and goes on with the functions left", async () => {
    const reports = await runPackage("any", { workerFile: file, examples: [], seed: 1, runs: 1, callMs: 100, budgetMs: 100, stallMs: 300 });
    expect(reports.map((r) => [r.name, r.failed])).toEqual([
      ["a", 0],
      ["b", 1],
      ["c", 0],
    ]);
    expect(reports[1]!.failures).toEqual([{ kind: "hang", call: "b(1, null)", outcome: "did not return within 300 ms (the worker was terminated)" }]);
  });
});
