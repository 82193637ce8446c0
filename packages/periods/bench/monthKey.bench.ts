import { bench, describe } from "vitest";
import { monthIndex, monthKeyFromIndex, parseMonthKey } from "../src/index.js";

/**
 * Each task handles BATCH month keys per call, so keys per second = hz × BATCH.
 * Target: at least 5 million month-key parses and formats per second.
 */
const BATCH = 1000;
const FIRST = 2010 * 12 + 11; // Dec 2010, the first data.police.uk month
const indices = Int32Array.from({ length: BATCH }, (_, i) => FIRST + (i % 180));
const keys = Array.from(indices, (i) => monthKeyFromIndex(i));
let sink = 0;

describe(`month keys, ${BATCH} per call (keys/s = hz × ${BATCH})`, () => {
  bench("parseMonthKey (validate, returns the key)", () => {
    let n = 0;
    for (let i = 0; i < BATCH; i++) n += parseMonthKey(keys[i]!).length;
    sink += n;
  });

  bench("monthIndex (validate and parse to an integer index)", () => {
    let n = 0;
    for (let i = 0; i < BATCH; i++) n += monthIndex(keys[i]!);
    sink += n;
  });

  bench("monthKeyFromIndex (format)", () => {
    let n = 0;
    for (let i = 0; i < BATCH; i++) n += monthKeyFromIndex(indices[i]!).length;
    sink += n;
  });

  bench("baseline: Date-based parse + format (not used by the package)", () => {
    let n = 0;
    for (let i = 0; i < BATCH; i++) {
      const d = new Date(`${keys[i]!}-01T00:00:00Z`);
      n += `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, "0")}`.length;
    }
    sink += n;
  });
});

export { sink };
