import { describe, expect, it } from "vitest";
import { ComparatorGroupSchema, parseComparatorGroup, safeParseComparatorGroup } from "./comparatorGroup.js";

const neighbours = {
  id: "neighbours",
  name: "Neighbouring boroughs",
  members: ["E09000003", "E09000005", "E09000009", "E09000015", "E09000017"],
  aggregation: "mean-of-rates",
  includesSelf: true,
  self: "E09000015",
};

describe("ComparatorGroupSchema / parseComparatorGroup / safeParseComparatorGroup", () => {
  it("doc examples", () => {
    expect(ComparatorGroupSchema.safeParse(neighbours).success).toBe(true);
    expect(parseComparatorGroup({ id: "london", name: "London", members: ["E12000007"], aggregation: "pooled", includesSelf: false }).aggregation).toBe(
      "pooled",
    );
    expect(safeParseComparatorGroup({ id: "g", name: "G", members: ["A", "A"], aggregation: "pooled", includesSelf: false }).success).toBe(false);
  });
  it("includesSelf must agree with the members when self is given", () => {
    const r1 = safeParseComparatorGroup({ ...neighbours, includesSelf: false });
    expect(r1.success ? "" : r1.error.details.problems[0]?.message).toBe('is false but self "E09000015" is among the members');
    const r2 = safeParseComparatorGroup({ ...neighbours, self: "E09000001" });
    expect(r2.success ? "" : r2.error.details.problems[0]?.message).toBe('is true but self "E09000001" is not among the members');
  });
  it("aggregation is one of the four rules", () => {
    for (const a of ["pooled", "mean-of-rates", "median-of-rates", "external"])
      expect(safeParseComparatorGroup({ ...neighbours, aggregation: a }).success).toBe(true);
    expect(safeParseComparatorGroup({ ...neighbours, aggregation: "meanOfRates" }).success).toBe(false);
    expect(safeParseComparatorGroup({ ...neighbours, members: [] }).success).toBe(false);
  });
});
