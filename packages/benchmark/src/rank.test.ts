import { describe, expect, it } from "vitest";
import { DISTRICT_RATES } from "../test/fixtures/in/districts.js";
import { rank } from "./rank.js";

const rows = [
  { area: "Barnet", rate: 72.81 },
  { area: "Brent", rate: 93.3 },
  { area: "Ealing", rate: 82.38 },
  { area: "Harrow", rate: 59.73 },
  { area: "Hillingdon", rate: 82.6 },
];

describe("rank", () => {
  it("doc example: six districts ranked by rate, lowest first, with the total", () => {
    const ranked = rank(DISTRICT_RATES, { by: "rate" });
    expect(ranked.rows.map((r) => `${r.row.area} ${r.rank}`)).toEqual([
      "Allerdale 4",
      "Barrow-in-Furness 6",
      "Carlisle 3",
      "Copeland 5",
      "Eden 1",
      "South Lakeland 2",
    ]);
    expect(ranked.total).toBe(6);
  });

  it("ranks the published 2018 rates of the 2019 Harrow Strategy's table: Harrow lowest of 5", () => {
    const ranked = rank(rows, { by: "rate" });
    expect(ranked.rows.map((r) => `${r.row.area} ${r.rank}`)).toEqual(["Barnet 2", "Brent 5", "Ealing 3", "Harrow 1", "Hillingdon 4"]);
    expect(ranked.total).toBe(5);
    expect(ranked.order).toBe("ascending");
    expect(ranked.ties).toBe("min");
  });

  it("ranks by a function, descending, and reports tie sizes", () => {
    const confidence = [
      { area: "Harrow", pct: 11 },
      { area: "Barnet", pct: 16 },
      { area: "Brent", pct: 11 },
      { area: "Ealing", pct: 16 },
      { area: "Hillingdon", pct: 17 },
    ];
    // Harrow 2019 Strategy, strategic assessment: Harrow "joint lowest" with Brent on knowing how to contact the SNT (11%).
    const ranked = rank(confidence, { by: (r) => r.pct });
    expect(ranked.rows.map((r) => [r.row.area, r.rank, r.tied])).toEqual([
      ["Harrow", 1, 2],
      ["Barnet", 3, 2],
      ["Brent", 1, 2],
      ["Ealing", 3, 2],
      ["Hillingdon", 5, 1],
    ]);
    const desc = rank(confidence, { by: "pct", order: "descending", ties: "dense" });
    expect(desc.rows.map((r) => r.rank)).toEqual([3, 2, 3, 2, 1]);
  });

  it("the total is the number of rows: 32 boroughs or 33 with the City of London", () => {
    const boroughs = Array.from({ length: 32 }, (_, i) => ({ area: `B${i}`, rate: 50 + i }));
    expect(rank(boroughs, { by: "rate" }).total).toBe(32);
    const withCity = [...boroughs, { area: "City of London", rate: 400 }];
    const ranked = rank(withCity, { by: "rate" });
    expect(ranked.total).toBe(33);
    expect(ranked.rows[32]?.rank).toBe(33);
  });

  it("throws BenchmarkError on bad input", () => {
    expect(() => rank([], { by: "rate" } as never)).toThrow(expect.objectContaining({ code: "empty-input" }));
    expect(() => rank({} as never, { by: "rate" } as never)).toThrow(expect.objectContaining({ name: "BenchmarkError", code: "invalid-argument" }));
    expect(() => rank(rows, {} as never)).toThrow(
      expect.objectContaining({ code: "invalid-option", message: expect.stringContaining("by must be a property name") }),
    );
    expect(() => rank([{ area: "X", rate: Number.NaN }], { by: "rate" })).toThrow(expect.objectContaining({ code: "invalid-number" }));
    expect(() => rank([{ area: "X" }], { by: "rate" } as never)).toThrow(/row 0 \(rate\)/);
    expect(() => rank([...rows, { area: "Harrow", rate: 1 }], { by: "rate" })).toThrow(
      expect.objectContaining({ code: "duplicate-area", message: expect.stringContaining('"Harrow"') }),
    );
  });
});
