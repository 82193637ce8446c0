import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { bench, describe } from "vitest";
import { findAssessFiles } from "../src/internal/cli/findFiles.js";
import { loadAssessData } from "../src/internal/assess/loadData.js";
import { renderHtml } from "../src/renderHtml.js";
import { renderMarkdown } from "../src/renderMarkdown.js";
import { findBrowser } from "../src/internal/pdf/findBrowser.js";
import { renderPdf } from "../src/renderPdf.js";
import { renderDocx } from "../src/renderDocx.js";
import { strategicAssessment } from "../src/strategicAssessment.js";

const data = resolve(dirname(fileURLToPath(import.meta.url)), "../data");
// The files `crimestats assess` finds with no arguments: both releases, the ward file and the estimates by year.
const files = (await findAssessFiles({}, data, data)).files;
const loaded = await loadAssessData(files, "Harrow", () => {});
const input = {
  counts: loaded.counts,
  populations: loaded.populations,
  area: "Harrow",
  benchmarkArea: { name: "London", membersName: "London boroughs" },
  comparatorGroup: { name: "neighbours", members: ["Barnet", "Brent", "Ealing", "Hillingdon"] },
  priorities: loaded.priorities,
  wards: loaded.wards ?? { counts: [] },
  synthetic: true,
};
const result = strategicAssessment(input);

// The README's main command on the embedded SYNTHETIC data, step by step.
describe("crimestats assess on the embedded SYNTHETIC data (two releases joined, 34 areas × 30 categories × 72 months, MPS major categories)", () => {
  bench(
    "read and join the demonstration files",
    async () => {
      await loadAssessData(files, "Harrow", () => {});
    },
    { iterations: 5 },
  );
  bench(
    "strategicAssessment",
    () => {
      strategicAssessment(input);
    },
    { iterations: 5 },
  );
  bench("renderMarkdown", () => {
    renderMarkdown(result);
  });
  bench(
    "renderHtml (one Vega-Lite chart per priority, to SVG)",
    async () => {
      await renderHtml(result);
    },
    { iterations: 3 },
  );
  bench(
    "renderDocx (the HTML document read into Word, every chart drawn as PNG by resvg)",
    async () => {
      await renderDocx(result);
    },
    { iterations: 3 },
  );
});

// The same document printed to PDF by the installed Chromium (a new browser process each time, as renderPdf does).
const hasBrowser = (() => {
  try {
    return findBrowser({ env: process.env, platform: process.platform }) !== "";
  } catch {
    return false;
  }
})();
describe.skipIf(!hasBrowser)("renderPdf on the embedded SYNTHETIC data (skipped without Chromium: sudo apt-get install chromium)", () => {
  bench(
    "renderPdf (start the browser, load the HTML document, print it tagged with an outline)",
    async () => {
      await renderPdf(result);
    },
    { iterations: 3 },
  );
});

// The README's main command end to end: a new Node process running the built command.
const cli = resolve(dirname(fileURLToPath(import.meta.url)), "../dist/cli.js");
describe.skipIf(!existsSync(cli))("node dist/cli.js assess (whole command, new process; skipped when not built)", () => {
  const out = mkdtempSync(join(tmpdir(), "crimestats-bench-"));
  bench(
    "crimestats assess --quiet",
    () => {
      const run = spawnSync(process.execPath, [cli, "assess", "--quiet", "--out", out]);
      if (run.status !== 0) throw new Error(String(run.stderr));
    },
    { iterations: 3 },
  );
});
