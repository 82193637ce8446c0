import { describe, expect, it } from "vitest";
import { formatBytes } from "./formatBytes.js";

describe("formatBytes", () => {
  it("gives a size in decimal units with at most one decimal (the doc example)", () => {
    expect(formatBytes(1_234_567)).toBe("1.2 MB");
  });

  it("says bytes below a kilobyte as whole bytes", () => {
    expect([formatBytes(0), formatBytes(1), formatBytes(999)]).toEqual(["0 bytes", "1 byte", "999 bytes"]);
  });

  it("moves to the next unit where one decimal would show 1,000", () => {
    expect([formatBytes(999_949), formatBytes(999_950), formatBytes(1_500_000_000)]).toEqual(["999.9 kB", "1 MB", "1.5 GB"]);
  });

  it("shows a size that is not a non-negative number as 0 bytes", () => {
    expect([formatBytes(-5), formatBytes(Number.NaN), formatBytes(Number.POSITIVE_INFINITY)]).toEqual(["0 bytes", "0 bytes", "0 bytes"]);
  });
});
