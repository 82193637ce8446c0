import { monthIndex } from "@crimestats/periods";
import { describe, expect, it } from "vitest";
import { monthIndexOf, monthIndexOfBytes, monthKeyOf } from "./month.js";

const enc = (s: string) => new TextEncoder().encode(s);

describe("month indices", () => {
  it("bytes, strings and @crimestats/periods agree on every month 1990..2060", () => {
    for (let y = 1990; y <= 2060; y++)
      for (let m = 1; m <= 12; m++) {
        const key = `${y}-${String(m).padStart(2, "0")}`;
        const b = enc(`x${key}y`);
        expect(monthIndexOfBytes(b, 1, 8)).toBe(monthIndex(key));
        expect(monthIndexOf(key)).toBe(monthIndex(key));
        expect(monthKeyOf(monthIndex(key))).toBe(key);
      }
  });

  it("rejects what is not YYYY-MM", () => {
    for (const bad of ["2024-13", "2024-00", "2024/01", "202a-01", "2024-1", "2024-011", " 2024-01", "2024-0:"]) {
      const b = enc(bad);
      expect(monthIndexOfBytes(b, 0, b.length)).toBe(-1);
      expect(monthIndexOf(bad)).toBe(-1);
    }
  });
});
