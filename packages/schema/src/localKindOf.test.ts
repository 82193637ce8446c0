import { describe, expect, it } from "vitest";
import { LocalKindSchema } from "./localKind.js";
import { localKindOf } from "./localKindOf.js";
import { localLayout } from "./localLayout.js";

describe("localKindOf", () => {
  it("doc example", () => {
    expect(localKindOf(["question", "area", "period", "percent"])).toBe("survey");
  });

  it("tells each template from its full header, and from its required columns alone, in any order", () => {
    for (const kind of LocalKindSchema.options) {
      const columns = localLayout(kind).columns;
      expect(localKindOf(columns.map((c) => c.name)), kind).toBe(kind);
      expect(
        localKindOf(
          columns
            .filter((c) => c.required === true)
            .map((c) => ` ${c.name} `)
            .reverse(),
        ),
        kind,
      ).toBe(kind);
    }
  });

  it("is null when a required column is missing, or for a header of no template", () => {
    for (const kind of LocalKindSchema.options) {
      const required = localLayout(kind)
        .columns.filter((c) => c.required === true)
        .map((c) => c.name);
      for (const left of required) {
        const got = localKindOf(required.filter((name) => name !== left));
        expect(got === kind, `${kind} without ${left}`).toBe(false);
      }
    }
    expect(localKindOf([])).toBeNull();
    expect(localKindOf(["Month", "Crime type", "Location"])).toBeNull();
  });

  it("a header that two layouts could hold is the one it fits better", () => {
    expect(localKindOf(["measure", "area", "period", "count"])).toBe("incidents");
    expect(localKindOf(["measure", "area", "period", "count", "population_10_to_17"])).toBe("youth-justice");
    expect(localKindOf(["measure", "area", "period", "count", "cohort_name"])).toBe("youth-justice");
    expect(localKindOf(["measure", "area", "period", "count", "flags"])).toBe("incidents");
    // An unknown column does not hide the kind (the reader reports it).
    expect(localKindOf(["measure", "area", "period", "count", "colour"])).toBe("incidents");
  });
});
