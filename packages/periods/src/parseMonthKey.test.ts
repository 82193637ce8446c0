import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { expectPeriodError } from "./internal/expectPeriodError.js";
import { parseMonthKey } from "./parseMonthKey.js";

describe("parseMonthKey", () => {
  it("doc example", () => {
    expect(parseMonthKey("2018-09")).toBe("2018-09");
    expectPeriodError(() => parseMonthKey("2019-13"), "invalid-month", '"2019-13"', "YYYY-MM");
  });

  it("accepts the edges of the supported range", () => {
    expect(parseMonthKey("1000-01")).toBe("1000-01");
    expect(parseMonthKey("9999-12")).toBe("9999-12");
    expect(parseMonthKey("2010-12")).toBe("2010-12");
  });

  it.each([
    "2019-13",
    "2019-00",
    "2019-1",
    "19-01",
    "0999-01",
    "2019/01",
    "2019-01 ",
    " 2019-01",
    "2019-1a",
    "201a-01",
    "2019-01-01",
    "+201-01",
    "2019–01",
    "",
    "２０１９-01",
  ])("rejects %j", (text) => {
    expectPeriodError(() => parseMonthKey(text), "invalid-month", JSON.stringify(text));
  });

  it("rejects non-strings from untyped callers", () => {
    expectPeriodError(() => parseMonthKey(201901 as unknown as string), "invalid-month", "201901");
    expectPeriodError(() => parseMonthKey(null as unknown as string), "invalid-month", "null");
  });

  it("property: accepts exactly the strings that a reference regex accepts", () => {
    const reference = /^[1-9]\d{3}-(0[1-9]|1[0-2])$/;
    const chars = fc.constantFrom(..."0123456789-/ a+".split(""));
    fc.assert(
      fc.property(fc.string({ unit: chars, minLength: 0, maxLength: 9 }), (text) => {
        let ok = true;
        try {
          parseMonthKey(text);
        } catch {
          ok = false;
        }
        expect(ok).toBe(reference.test(text));
      }),
      { numRuns: 5000 },
    );
  });
});
