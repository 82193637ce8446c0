// Size budgets (size-limit with esbuild): the minified, brotli-compressed browser bundle that
// importing ONE function from a built package costs a user, shared dependencies (zod) included.
// Run by scripts/check.mjs after the build (`pnpm exec size-limit`). Budgets are the measured size
// plus about 10% headroom: when a change needs more, raise the budget in the same commit and say why.
// Node.js built-ins are left out of the bundle (external): scripts/check-browser.mjs is the check
// that a main entry reaches none.
import { builtinModules } from "node:module";

const builtins = [...builtinModules, ...builtinModules.map((name) => `node:${name}`)];

/** [package folder, function, budget] */
const budgets = [
  ["disclosure", "discloseCount", "7.7 kB"],
  ["rag", "evaluate", "20.3 kB"],
  ["rates", "rate", "4.8 kB"],
  ["schema", "parseArea", "14.1 kB"],
  ["benchmark", "compareWithBenchmark", "7.9 kB"],
  ["periods", "parseMonthKey", "1 kB"],
  ["police-data", "readStreetCrimes", "4.5 kB"],
  ["report", "renderMarkdown", "4.5 kB"],
];

export default budgets.map(([folder, name, limit]) => ({
  name: `${name} (@crimestats/${folder})`,
  path: `packages/${folder}/dist/index.js`,
  import: `{ ${name} }`,
  ignore: builtins,
  limit,
}));
