import { describe, expect, it } from "vitest";
import { BenchmarkError } from "./BenchmarkError.js";
import { describeRank } from "./describeRank.js";

describe("describeRank", () => {
  it("doc examples", () => {
    expect(describeRank(2, 32, { order: "ascending" })).toBe("2nd lowest of 32");
    expect(describeRank(2, 6, { order: "ascending", subject: "crime rate", among: "districts", ordinals: "words" })).toBe(
      "second lowest crime rate of 6 districts",
    );
    expect(describeRank(1, 5, { order: "descending", subject: "rate increase" })).toBe("highest rate increase of 5");
    expect(describeRank(5, 5, { order: "ascending" })).toBe("highest of 5");
    expect(describeRank(2, 6, { order: "ascending", tied: 2 })).toBe("joint 2nd lowest of 6");
  });

  it("fifth lowest, second lowest, lowest", () => {
    expect(describeRank(5, 32, { order: "ascending", ordinals: "words", subject: "London Borough" })).toBe("fifth lowest London Borough of 32");
    expect(describeRank(1, 32, { order: "ascending", subject: "rate of sexual offences" })).toBe("lowest rate of sexual offences of 32");
  });

  it("writes English ordinals", () => {
    const cases: [number, string][] = [
      [3, "3rd"],
      [4, "4th"],
      [11, "11th"],
      [12, "12th"],
      [13, "13th"],
      [21, "21st"],
      [22, "22nd"],
      [23, "23rd"],
      [101, "101st"],
      [111, "111th"],
      [112, "112th"],
    ];
    for (const [n, text] of cases) expect(describeRank(n, 200, { order: "ascending" })).toBe(`${text} lowest of 200`);
    expect(describeRank(10, 20, { order: "ascending", ordinals: "words" })).toBe("tenth lowest of 20");
    expect(describeRank(11, 20, { order: "ascending", ordinals: "words" })).toBe("11th lowest of 20");
  });

  it("a tied last rank is not called the opposite extreme", () => {
    expect(describeRank(4, 4, { order: "ascending", tied: 1 })).toBe("highest of 4");
    expect(describeRank(4, 5, { order: "descending", tied: 2 })).toBe("joint 4th highest of 5");
    expect(describeRank(1, 1, { order: "ascending" })).toBe("lowest of 1");
  });

  it("throws BenchmarkError for ranks it cannot describe", () => {
    expect(() => describeRank(2.5, 32, { order: "ascending" })).toThrow(/average tie rank/);
    expect(() => describeRank(33, 32, { order: "ascending" })).toThrow(expect.objectContaining({ code: "invalid-rank" }));
    expect(() => describeRank(1, 0, { order: "ascending" })).toThrow(expect.objectContaining({ code: "invalid-number" }));
    expect(() => describeRank(1, 3, { order: "ascending", tied: 0 })).toThrow(BenchmarkError);
    expect(() => describeRank(1, 3, {} as never)).toThrow(/order must be one of/);
    expect(() => describeRank(1, 3, { order: "ascending", ordinals: "roman" as never })).toThrow(/ordinals/);
  });

  it("a subject or among that is not text throws invalid-option instead of a TypeError while writing", () => {
    for (const subject of [Symbol("s"), Object.create(null), 5n]) {
      expect(() => describeRank(1, 5, { order: "descending", subject: subject as never })).toThrow(
        expect.objectContaining({ name: "BenchmarkError", code: "invalid-option" }),
      );
      expect(() => describeRank(2, 93, { order: "ascending", among: subject as never })).toThrow(BenchmarkError);
    }
  });
});
