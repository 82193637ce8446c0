import { describeValue } from "@crimestats/internal";
import { describe, expect, it } from "vitest";
import * as schema from "./index.js";
import { SchemaError } from "./SchemaError.js";

type Parser = (input: unknown, options?: unknown) => unknown;

const parsers = Object.entries(schema as Record<string, unknown>).filter(
  (entry): entry is [string, Parser] => /^(safeP|p)arse[A-Z]/.test(entry[0]) && typeof entry[1] === "function",
);

const count = { area: "E09000015", month: "2019-06", offence: "burglary", count: 3, unit: "offences", source: "MPS", vintage: "2019-06" };

describe("ParseOptions", () => {
  it("every parser is checked here", () => {
    expect(parsers.map(([name]) => name)).toContain("parseCountRow");
    expect(parsers.length).toBeGreaterThanOrEqual(22);
  });

  it("a label that is not text (a symbol, a prototype-less object, a BigInt) is a SchemaError at options.label from every parser, never a TypeError", () => {
    for (const label of [Symbol("x"), Object.create(null), 10n, { toString: "no" }, 3]) {
      for (const [name, parse] of parsers) {
        let outcome: unknown;
        try {
          outcome = parse({}, { label });
        } catch (error) {
          outcome = error;
        }
        const error = name.startsWith("safe") ? (outcome as { success: boolean; error: unknown }).error : outcome;
        expect(error, `${name} with label ${describeValue(label)}`).toBeInstanceOf(SchemaError);
        expect((error as SchemaError).details.problems[0]?.path).toBe("options.label");
      }
    }
  });

  it("a label that is not text is reported even when the input is valid", () => {
    expect(schema.parseCountRow(count).count).toBe(3);
    expect(() => schema.parseCountRow(count, { label: 7 as never })).toThrow('options.label: 7 is not text (expected a path such as "counts[3]")');
    expect(schema.safeParseCountRow(count, { label: Symbol("row") as never }).success).toBe(false);
  });

  it("options that are not an object (null, a number) are the same as no options", () => {
    expect(schema.parseCountRow(count, null as never)).toEqual(schema.parseCountRow(count));
    expect(schema.safeParseCountRow({ ...count, month: "2019-13" }, 5 as never)).toEqual(schema.safeParseCountRow({ ...count, month: "2019-13" }));
  });

  it("every parser throws only SchemaError for any input (BigInt, symbol, prototype-less object, typed array), naming a value that is not an object", () => {
    const hostile = [10n, Symbol("s"), Object.create(null), new Float64Array(2), [1, 2], undefined];
    for (const input of hostile) {
      for (const [name, parse] of parsers) {
        let outcome: unknown;
        try {
          outcome = parse(input);
        } catch (error) {
          outcome = error;
        }
        const error = name.startsWith("safe") ? (outcome as { success: boolean; error: unknown }).error : outcome;
        expect(error, `${name} of ${describeValue(input)}`).toBeInstanceOf(SchemaError);
        // A value that is not an object is named in the message; an object's fields are.
        if (typeof input !== "object") expect((error as SchemaError).message).toContain(describeValue(input));
      }
    }
  });
});
