import { describe, expect, it } from "vitest";
import { BenchmarkError } from "./BenchmarkError.js";
import { describeRank } from "./describeRank.js";

describe("BenchmarkError", () => {
  it("doc example: describeRank(0, 32) throws invalid-rank", () => {
    let caught: unknown;
    try {
      describeRank(0, 32, { order: "ascending" });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(BenchmarkError);
    expect(caught).toBeInstanceOf(Error);
    expect((caught as BenchmarkError).code).toBe("invalid-rank");
    expect((caught as BenchmarkError).name).toBe("BenchmarkError");
    expect((caught as BenchmarkError).message).toContain("got 0");
    expect((caught as BenchmarkError).details).toMatchObject({ name: "rank", value: 0, total: 32 });
  });

  it("carries code, message and details", () => {
    const error = new BenchmarkError("mixed-per", "bad per", { per: 100000 });
    expect(error.code).toBe("mixed-per");
    expect(error.message).toBe("bad per");
    expect(error.details).toEqual({ per: 100000 });
    expect(new BenchmarkError("empty-input", "x").details).toEqual({});
  });
});
