import { describe, expect, it } from "vitest";
import { SchemaError } from "./SchemaError.js";
import { parseCountRow, safeParseCountRow } from "./countRow.js";

const row = { area: "E09000015", month: "2019-13", offence: "burglary", count: 3, unit: "offences", source: "MPS", vintage: "2019-06" };

describe("SchemaError", () => {
  it("doc example: the problem names the bad month and what was expected", () => {
    let caught: unknown;
    try {
      parseCountRow(row, { label: "counts[3]" });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(SchemaError);
    expect((caught as SchemaError).details.problems[0]?.message).toBe('"2019-13" is not a month (expected YYYY-MM)');
  });

  it("doc example: constructor message", () => {
    expect(new SchemaError("CountRow", [{ path: "count", message: "-1 is less than 0", code: "too_small" }]).message).toBe(
      "CountRow is not valid (1 problem):\ncount: -1 is less than 0",
    );
  });

  it("is an Error with a stable code, name and details", () => {
    const e = new SchemaError("Area", [{ path: "", message: "5 is not an object", code: "invalid_type" }]);
    expect(e).toBeInstanceOf(Error);
    expect(e.name).toBe("SchemaError");
    expect(e.code).toBe("invalid-data");
    expect(e.details.schema).toBe("Area");
    expect(e.message).toBe("Area is not valid (1 problem):\n(input): 5 is not an object");
  });

  it("lists every problem, one line each, as path: what is wrong", () => {
    const r = safeParseCountRow({ ...row, count: -2, unit: "crimes" }, { label: "counts[3]" });
    expect(r.success).toBe(false);
    if (r.success) return;
    expect(r.error.message).toBe(
      [
        "CountRow is not valid (3 problems):",
        'counts[3].month: "2019-13" is not a month (expected YYYY-MM)',
        "counts[3].count: -2 is less than 0",
        'counts[3].unit: "crimes" is not one of "offences", "incidents", "victims", "calls", "referrals", "people", "cases", "attendances"',
      ].join("\n"),
    );
    expect(r.error.details.problems.map((p) => p.path)).toEqual(["counts[3].month", "counts[3].count", "counts[3].unit"]);
  });

  it("without a label, root problems are shown as (input)", () => {
    const r = safeParseCountRow(42);
    expect(r.success ? "" : r.error.message).toBe("CountRow is not valid (1 problem):\n(input): 42 is not an object");
  });
});
