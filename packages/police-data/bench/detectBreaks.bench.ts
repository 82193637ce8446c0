/**
 * `detectBreaks` on a generated cube of the size of a joined London series (35 areas × 190
 * months × 40 offences, seeded seasonal series; see test/breakSeries.ts) and, when the data
 * folder is present (`CRIMESTATS_DATA_DIR`, never committed), on the historical MPS borough file
 * (area × month × MinorText). Only the detection is timed.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import type { MonthKey } from "@crimestats/periods";
import { bench, describe } from "vitest";
import { type CountCube, countCube, detectBreaks, readMpsWide } from "../src/node.js";
import { drawCounts, expectedCounts, randomSeason, randomShape, seededRandom } from "../test/breakSeries.js";

const A = 35;
const T = 190;
const O = 40;
const rng = seededRandom(7);
const values = new Float64Array(A * T * O);
for (let o = 0; o < O; o++) {
  const season = randomSeason(rng);
  for (let a = 0; a < A; a++) {
    const shape = randomShape(rng, season, 1, 800);
    const series = drawCounts(rng, expectedCounts(shape, T), shape.dispersion);
    for (let t = 0; t < T; t++) values[(a * T + t) * O + o] = series[t]!;
  }
}
const generated: CountCube = {
  dims: ["area", "month", "offence"],
  labels: {
    area: Array.from({ length: A }, (_, i) => `Area ${i + 1}`),
    month: Array.from({ length: T }, (_, t) => `${2010 + Math.floor(t / 12)}-${String((t % 12) + 1).padStart(2, "0")}` as MonthKey),
    offence: Array.from({ length: O }, (_, i) => `Offence ${i + 1}`),
  },
  shape: [A, T, O],
  values,
  total: values.reduce((s, v) => s + v, 0),
};
const groups: Record<string, string> = {};
for (let o = 0; o < O; o++) groups[`Offence ${o + 1}`] = `Group ${(o % 8) + 1}`;

const historical = join(process.env["CRIMESTATS_DATA_DIR"] ?? "", "london-datastore-mps-borough-crime", "MPS Borough Level Crime (Historical).csv");
const has = process.env["CRIMESTATS_DATA_DIR"] !== undefined && existsSync(historical);
const mpsGroups: Record<string, string> = {};
const mps = has
  ? (
      await countCube(
        (async function* () {
          for await (const r of readMpsWide(historical, { offence: "minor" })) {
            mpsGroups[r.minor] = r.major;
            yield r;
          }
        })(),
      )
    ).cube
  : undefined;

describe("detectBreaks", () => {
  bench(`generated: ${A} areas × ${T} months × ${O} offences`, () => {
    detectBreaks(generated, { groups, unallocated: ["Area 35"] });
  });
  bench.skipIf(!has)("MPS historical borough file: 34 areas × 155 months × 28 MinorText", () => {
    detectBreaks(mps!, { groups: mpsGroups, unallocated: ["Unknown"] });
  });
});
