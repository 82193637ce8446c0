import { bench, describe } from "vitest";
import { type CountTable, type DisclosurePolicy, auditTable, disclosurePreset, protectTable, twoWayTable } from "../src/index.js";

/**
 * Synthetic tables (never published data): deterministic pseudo-random counts, exponential with a
 * per-column mean, so that many cells are small — as in ward × month tables of domestic abuse or
 * LSOA × category tables of crime.
 */
function syntheticTable(rows: number, cols: number, meanOf: (j: number) => number, seed: number): CountTable {
  let state = seed;
  const next = () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return (state + 0.5) / 2147483648;
  };
  const counts = Array.from({ length: rows }, () => Array.from({ length: cols }, (_, j) => Math.floor(-Math.log(next()) * meanOf(j))));
  return twoWayTable({
    rows: Array.from({ length: rows }, (_, i) => `area${i}`),
    columns: Array.from({ length: cols }, (_, j) => `col${j}`),
    counts,
  });
}

const rounded = disclosurePreset("suppress-1-4-round-5");
const exact: DisclosurePolicy = { id: "suppress-1-4-exact", suppress: { min: 1, max: 4, symbol: "*" }, protectionWidth: 5 };

const wardMonth = syntheticTable(600, 12, () => 8, 1);
const lsoaCategory = syntheticTable(35_000, 14, (j) => 0.5 + 1.5 * j, 7);

const run = (t: CountTable, p: DisclosurePolicy) => () => {
  const released = protectTable(t, p);
  const audit = auditTable(released);
  if (audit.disclosed.length > 0) throw new Error("protectTable left a disclosed cell");
};

const smallTo5 = disclosurePreset("small-to-5-round-5");

describe("protectTable + auditTable, 600 × 12 (ward × month, with margins; target < 5 s)", () => {
  bench("suppress-1-4-round-5", run(wardMonth, rounded), { iterations: 3, warmupIterations: 0, time: 0 });
  bench("suppress 1–4, no rounding", run(wardMonth, exact), { iterations: 3, warmupIterations: 0, time: 0 });
  bench("small-to-5-round-5 (recoded counts protected)", run(wardMonth, smallTo5), { iterations: 3, warmupIterations: 0, time: 0 });
});

describe("protectTable + auditTable, 35,000 × 14 (LSOA × category, row and column totals; target < 60 s)", () => {
  bench("suppress-1-4-round-5", run(lsoaCategory, rounded), { iterations: 1, warmupIterations: 0, time: 0 });
  bench("suppress 1–4, no rounding", run(lsoaCategory, exact), { iterations: 1, warmupIterations: 0, time: 0 });
  bench("small-to-5-round-5 (recoded counts protected)", run(lsoaCategory, smallTo5), { iterations: 1, warmupIterations: 0, time: 0 });
});
