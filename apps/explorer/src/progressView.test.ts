import { describe, expect, it } from "vitest";
import { progressView } from "./progressView.js";

describe("progressView", () => {
  it("shows the bytes read over all the bytes while reading (the doc example)", () => {
    expect(progressView("reading", 12_300_000, 36_000_000)).toEqual({
      value: 12_300_000 / 36_000_000,
      words: "Step 1 of 3: reading the files (12.3 MB of 36 MB)",
    });
  });

  it("has no value (an indeterminate bar) while computing and writing, whatever was read", () => {
    expect(progressView("computing", 25_000_000, 36_000_000)).toEqual({ value: null, words: "Step 2 of 3: computing the assessment…" });
    expect(progressView("writing", 36_000_000, 36_000_000)).toEqual({ value: null, words: "Step 3 of 3: writing the documents…" });
  });

  it("keeps the bar between 0 and 1 when nothing is given or more is counted than the files hold", () => {
    expect(progressView("reading", 0, 0).value).toBe(0);
    expect(progressView("reading", 5, 4).value).toBe(1);
  });
});
