import { inspect } from "node:util";
import { describe, expect, it } from "vitest";
import { financialYear, month, parsePeriod, rollingYear, samePeriodLastYear } from "../src/index.js";

describe("a Period in a REPL or notebook", () => {
  it("prints as its label and months", () => {
    expect(inspect(rollingYear("2018-09"))).toBe('Period "12 months to Sep 2018" (2017-10 \u2013 2018-09)');
    expect(inspect(financialYear(2018))).toBe('Period "2018/19" (2018-04 \u2013 2019-03)');
    expect(inspect(month("2018-09"))).toBe('Period "Sep 2018" (2018-09)');
    expect(inspect(samePeriodLastYear(parsePeriod("Q1 2018/19")))).toBe('Period "Q1 2017/18" (2017-04 \u2013 2017-06)');
  });

  it("keeps the plain data: the same keys, JSON and equality as the object literal, and stays frozen", () => {
    const p = rollingYear("2018-09");
    const plain = { kind: "rolling", first: "2017-10", last: "2018-09", label: "12 months to Sep 2018" };
    expect(Object.keys(p)).toEqual(Object.keys(plain));
    expect(JSON.stringify(p)).toBe(JSON.stringify(plain));
    expect(p).toStrictEqual(plain);
    expect({ ...p }).toEqual(plain);
    expect(Object.isFrozen(p)).toBe(true);
    expect(inspect({ period: p })).toContain('Period "12 months to Sep 2018"');
  });
});
