import { describe, expect, it } from "vitest";
import { compareRuns, runLabel, runLength, runMonths, runWords, yearEarlier } from "./monthRuns.js";

describe("monthRuns", () => {
  it("reads a month and a run of months", () => {
    expect(runMonths("2018-03")).toEqual({ first: "2018-03", last: "2018-03" });
    expect(runMonths("2017-10/2018-09")).toEqual({ first: "2017-10", last: "2018-09" });
    expect([runLength("2018-03"), runLength("2017-01/2017-03"), runLength("2017-10/2018-09")]).toEqual([1, 3, 12]);
  });

  it("puts a run in a sentence and in a table by the kind of period its months make", () => {
    expect(["2017-10/2018-09", "2018-01/2018-12", "2018-04/2019-03", "2017-01/2017-03", "2016-10/2017-03", "2018-03"].map(runWords)).toEqual([
      "the 12 months to September 2018",
      "2018",
      "2018/19",
      "January to March 2017",
      "October 2016 to March 2017",
      "March 2018",
    ]);
    expect(["2017-10/2018-09", "2017-01/2017-03", "2016-10/2017-03", "2018-03"].map(runLabel)).toEqual([
      "12 months to Sep 2018",
      "Jan – Mar 2017",
      "Oct 2016 – Mar 2017",
      "Mar 2018",
    ]);
  });

  it("finds the same run a year earlier and orders runs by their last month", () => {
    expect(yearEarlier("2017-10/2018-09")).toBe("2016-10/2017-09");
    expect(yearEarlier("2018-03")).toBe("2017-03");
    expect(["2018-01/2018-03", "2017-01/2017-12", "2017-10/2017-12"].sort(compareRuns)).toEqual(["2017-01/2017-12", "2017-10/2017-12", "2018-01/2018-03"]);
  });
});
