import { bench, describe } from "vitest";
import { rollingSums } from "../src/index.js";

// 10,000,000 months of counts 0–4,999 (deterministic), and a fractional series for the
// compensated path.
const MONTHS = 10_000_000;
const counts = new Float64Array(MONTHS);
for (let i = 0; i < MONTHS; i++) counts[i] = (i * 7919) % 5000;
const fractional = new Float64Array(MONTHS);
for (let i = 0; i < MONTHS; i++) fractional[i] = ((i * 7919) % 5000) / 7;

describe("rollingSums: 10,000,000 months (target: under 100 ms)", () => {
  bench("rollingSums, 12-month window, counts", () => {
    rollingSums(counts);
  });
  const into = new Float64Array(MONTHS - 11);
  bench("rollingSums, 12-month window, counts, reusing the output array (into)", () => {
    rollingSums(counts, { into });
  });
  bench("rollingSums, 12-month window, fractional values (compensated path)", () => {
    rollingSums(fractional);
  });
});
