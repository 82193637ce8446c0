import { inspect } from "node:util";
import { describe, expect, it } from "vitest";
import { CompensatedSum, describeValue, formatNumber, neumaierSum, roundDecimal, withDisplay } from "../src/index.js";

describe("describeValue", () => {
  it("quotes text and shortens it past 60 characters", () => {
    expect(describeValue("2019-13")).toBe('"2019-13"');
    expect(describeValue("x".repeat(100))).toBe(JSON.stringify(`${"x".repeat(57)}...`));
  });
  it("writes numbers, booleans, null and undefined as JavaScript does", () => {
    expect([NaN, -0, 1.5, Infinity, true, null, undefined, 12n].map(describeValue)).toEqual([
      "NaN",
      "-0",
      "1.5",
      "Infinity",
      "true",
      "null",
      "undefined",
      "12n",
    ]);
  });
  it("names other values by kind", () => {
    expect(describeValue([1, 2])).toBe("an array of 2 items");
    expect(describeValue([1])).toBe("an array of 1 item");
    expect(describeValue({ a: 1 })).toBe("an object");
    expect(describeValue(() => 1)).toBe("a function");
    expect(describeValue(new Float64Array(2))).toBe("a Float64Array");
    expect(describeValue(new Date(Number.NaN))).toBe("an invalid Date");
    expect(describeValue(new Date(Date.UTC(2019, 0, 1)))).toBe("the Date 2019-01-01T00:00:00.000Z");
    expect(describeValue(Symbol("s"))).toBe("Symbol(s)");
  });
});

describe("roundDecimal", () => {
  it("rounds half up in the decimal sense, away from zero", () => {
    expect([roundDecimal(1.005, 2), roundDecimal(12.5, 0), roundDecimal(18.75, 1), roundDecimal(-2.5, 0), roundDecimal(2.8744, 2)]).toEqual([
      1.01, 13, 18.8, -3, 2.87,
    ]);
  });
  it("carries through nines and handles exponent forms and negative places", () => {
    expect(roundDecimal(9.995, 2)).toBe(10);
    expect(roundDecimal(1.5e-7, 7)).toBe(2e-7);
    expect(roundDecimal(1234, -2)).toBe(1200);
    expect(roundDecimal(0.0004, 3)).toBe(0);
    expect(Object.is(roundDecimal(-0.0004, 3), 0)).toBe(true);
  });
});

describe("formatNumber", () => {
  it("writes exactly the decimals asked for, with thousands separators", () => {
    expect(formatNumber(14866, 0)).toBe("14,866");
    expect(formatNumber(9, 2)).toBe("9.00");
    expect(formatNumber(-0.9034, 2)).toBe("-0.90");
    expect(formatNumber(1234567.891, 1)).toBe("1,234,567.9");
  });
  it("signs positive results on request and never signs a zero", () => {
    expect(formatNumber(4.25, 1, { signed: true })).toBe("+4.3");
    expect(formatNumber(-0.04, 1, { signed: true })).toBe("0.0");
  });
  it("drops trailing zeros with trim", () => {
    expect(formatNumber(2, 2, { trim: true })).toBe("2");
    expect(formatNumber(2.5, 2, { trim: true })).toBe("2.5");
  });
  it("never writes an exponent", () => {
    expect(formatNumber(1e21, 0)).toBe("1,000,000,000,000,000,000,000");
    expect(formatNumber(1.5e-7, 8)).toBe("0.00000015");
  });
});

describe("neumaierSum and CompensatedSum", () => {
  it("keeps terms that a naive sum loses", () => {
    expect(neumaierSum([1, 1e100, 1, -1e100])).toBe(2);
    expect([1, 1e100, 1, -1e100].reduce((a, b) => a + b, 0)).toBe(0);
    expect(neumaierSum(new Float64Array([5, 1, 2, 3]), 1, 3)).toBe(3);
  });
  it("gives the correctly rounded decimal total of many tenths", () => {
    const sum = new CompensatedSum();
    for (let i = 0; i < 1e6; i++) sum.add(0.1);
    expect(sum.value).toBe(100000);
  });
});

describe("withDisplay", () => {
  it("shows the rendering in util.inspect and leaves the data unchanged", () => {
    const result = withDisplay({ value: 9, per: 1000 }, (r) => `${r.value} per ${r.per}`);
    expect(inspect(result)).toBe("9 per 1000");
    expect(Object.keys(result)).toEqual(["value", "per"]);
    expect(JSON.stringify(result)).toBe('{"value":9,"per":1000}');
    expect(result).toEqual({ value: 9, per: 1000 });
    expect(inspect({ ...result })).toBe("{ value: 9, per: 1000 }");
  });
});
