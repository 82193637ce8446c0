import { join, resolve, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { bench, describe } from "vitest";
import { loadAssessData } from "../src/internal/cli/loadData.js";
import { renderHtml } from "../src/renderHtml.js";
import { renderMarkdown } from "../src/renderMarkdown.js";
import { strategicAssessment } from "../src/strategicAssessment.js";

const data = resolve(dirname(fileURLToPath(import.meta.url)), "../data");
const files = {
  borough: join(data, "SYNTHETIC-demo-borough-crime.csv"),
  ward: join(data, "SYNTHETIC-demo-ward-crime.csv"),
  population: join(data, "SYNTHETIC-demo-lsoa-population.csv"),
  synthetic: true,
};
const loaded = await loadAssessData(files, "Harrow", () => {});
const input = {
  counts: loaded.counts,
  populations: loaded.populations,
  area: "Harrow",
  neighbours: ["Barnet", "Brent", "Ealing", "Hillingdon"],
  priorities: loaded.priorities,
  wards: loaded.wards ?? { counts: [] },
  synthetic: true,
};
const result = strategicAssessment(input);

// The README's main command on the embedded SYNTHETIC data, step by step.
describe("crimestats assess on the embedded SYNTHETIC data (32 boroughs × 32 categories × 36 months, Harrow 2023-26 priorities)", () => {
  bench("read the three demonstration files", async () => {
    await loadAssessData(files, "Harrow", () => {});
  }, { iterations: 5 });
  bench("strategicAssessment", () => {
    strategicAssessment(input);
  }, { iterations: 5 });
  bench("renderMarkdown", () => {
    renderMarkdown(result);
  });
  bench("renderHtml (one Vega-Lite chart per priority, to SVG)", async () => {
    await renderHtml(result);
  }, { iterations: 3 });
});
