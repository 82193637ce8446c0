import { bench, describe } from "vitest";
import { rate, rates } from "../src/index.js";

// Deterministic inputs (a small LCG): 1,000,000 areas, counts 0–5,000, populations 1,000–300,000.
const AREAS = 1_000_000;
let seed = 12345;
const next = () => {
  seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
  return seed / 4294967296;
};
const counts = new Float64Array(AREAS);
const populations = new Float64Array(AREAS);
for (let i = 0; i < AREAS; i++) {
  counts[i] = Math.floor(next() * 5001);
  populations[i] = 1000 + Math.floor(next() * 299001);
}
// Include the exact-interval path: about 1 in 50 areas has fewer than 10 events.
for (let i = 0; i < AREAS; i += 50) counts[i] = i % 10;

describe("rates: 1,000,000 areas (target: under 1 s with 95% intervals)", () => {
  bench("rates, 95% intervals, auto (exact < 10, Byar ≥ 10)", () => {
    rates(counts, populations);
  });
  bench("rates, 95% intervals, Byar only (target ≥ 20 million/s)", () => {
    rates(counts, populations, { method: "byar" });
  });
  bench("rates, values only", () => {
    rates(counts, populations, { confidence: "none" });
  });
});

describe("rate: single calls", () => {
  bench("rate(), 1,000 calls with 95% and 99.8% intervals", () => {
    for (let i = 0; i < 1000; i++) rate(counts[i] as number, populations[i] as number, { confidence: [0.95, 0.998] });
  });
});
