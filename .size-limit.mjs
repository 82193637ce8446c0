// Size budgets (size-limit with esbuild): the minified, brotli-compressed browser bundle that
// importing ONE function from a built package costs a user, shared dependencies (zod) included.
// Run by scripts/check.mjs after the build (`pnpm exec size-limit`). Budgets are the measured size
// plus about 10% headroom: when a change needs more, raise the budget in the same commit and say why.
// Node.js built-ins are left out of the bundle (external): scripts/check-browser.mjs is the check
// that a main entry reaches none.
import { builtinModules } from "node:module";

const builtins = [...builtinModules, ...builtinModules.map((name) => `node:${name}`)];

/** [package folder, function, budget, modules left out]: the measured size (brotli) beside each, 2026-12-07 */
const budgets = [
  ["disclosure", "discloseCount", "2.2 kB"], // measured 1.92 kB, zod dropped
  ["rag", "evaluate", "13.5 kB"], // measured 12.25 kB, zod dropped
  ["rates", "rate", "4.8 kB"], // measured 4.33 kB
  ["schema", "parseArea", "7.8 kB"], // measured 7.03 kB, zod/mini included
  ["benchmark", "compareWithBenchmark", "8.4 kB"], // measured 7.63 kB
  ["periods", "parseMonthKey", "1 kB"], // measured 0.89 kB
  ["police-data", "readStreetCrimes", "5.3 kB"], // measured 4.76 kB (4.30 kB before the scanner could take the Node entry's WebAssembly separator kernel; 3.91 kB before a corrupt archive member's check named it)
  // the archive and folder reader of browsers: the zip's index read by slices, members inflated with fflate, CRC-32 checked
  ["police-data", "policeUkFiles", "6.2 kB"], // measured 5.82 kB (5.62 kB before the scanner could take the separator kernel)
  // the spreadsheet library is loaded by a dynamic import, only for workbooks: bundlers put it in a
  // chunk of its own (136 kB brotli), so it is left out here
  ["police-data", "readMidYearEstimates", "6.1 kB", ["@e965/xlsx"]], // measured 5.60 kB (5.00 kB before the scanner could take the separator kernel)
  // measured 11.6 kB: key findings, verdicts, drivers, changes in recording, long trend and ward sections (3.54 kB before them);
  // 3.3 kB of it the taxonomy's Metropolitan Police categories, whose aliases name categories in the document's words.
  // Measured 17.7 kB with the published document's front matter, sources and licences and methods appendix (4.7 kB, mostly
  // their text) and the accent colour's contrast check (1.4 kB: contrastRatio of @crimestats/charts brings its index's
  // module-level code); 19.1 kB with the local sections (1.4 kB: their one Markdown renderer, shared words, appendix
  // paragraph and sources); 20.56 kB with the single-period document, the street files' row account, the rule for
  // priority sections and the two-sample comparison's words (1.45 kB)
  ["report", "renderMarkdown", "22.6 kB"],
  // a chart is data (a Vega-Lite specification): vega and vega-lite are loaded by renderSvg only, by a
  // dynamic import. About 2 kB of it is module-level code of the map libraries (simple-statistics'
  // normal table, topojson's hash buffers) that a bundler cannot drop
  ["charts", "trendChart", "7.6 kB"], // measured 6.86 kB
];

export default budgets.map(([folder, name, limit, leftOut = []]) => ({
  name: `${name} (@crimestats/${folder})`,
  path: `packages/${folder}/dist/index.js`,
  import: `{ ${name} }`,
  ignore: [...builtins, ...leftOut],
  limit,
}));
