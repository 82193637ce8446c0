import { describe, expect, it } from "vitest";
import { PrioritySchema, parsePriority, safeParsePriority } from "./priority.js";

const indicator = {
  id: "burglary-count",
  name: "Burglaries",
  measure: "count",
  numerator: { offences: { taxonomy: "police-uk", codes: ["burglary"] }, unit: "offences" },
  denominator: null,
  polarity: "lower-is-better",
  decimals: 0,
};

describe("PrioritySchema / parsePriority / safeParsePriority", () => {
  it("doc examples", () => {
    expect(
      PrioritySchema.safeParse({ id: "burglary", title: "Burglary", kind: "high-volume", offences: ["burglary"], indicators: [], targets: [] }).success,
    ).toBe(true);
    expect(parsePriority({ id: "asb", number: "HV3", title: "ASB", kind: "high-volume", offences: ["anti-social behaviour"], indicators: [] }).targets).toEqual(
      [],
    );
    expect(safeParsePriority({ id: "x", title: "X", kind: "medium-harm", offences: [], indicators: [] }).success).toBe(false);
  });
  it("targets must name one of the priority's indicators", () => {
    const ok = { id: "hv1", title: "Burglary", kind: "high-volume", offences: ["burglary"], indicators: [indicator] };
    expect(safeParsePriority({ ...ok, targets: [{ indicator: "burglary-count", target: { kind: "same-period-last-year" } }] }).success).toBe(true);
    const r = safeParsePriority({ ...ok, targets: [{ indicator: "knife-crime", target: { kind: "same-period-last-year" } }] });
    expect(r.success ? "" : r.error.message).toBe(
      'Priority is not valid (1 problem):\ntargets[0].indicator: "knife-crime" is not the id of an indicator of this priority',
    );
  });
  it("indicator ids are unique within a priority", () => {
    const r = safeParsePriority({ id: "hv1", title: "Burglary", kind: "high-volume", offences: [], indicators: [indicator, indicator] });
    expect(r.success ? [] : r.error.details.problems.map((p) => p.path)).toEqual(["indicators[1].id"]);
  });
  it("problems deep inside indicators carry the full path", () => {
    const r = safeParsePriority(
      { id: "hv1", title: "Burglary", kind: "high-volume", offences: [], indicators: [{ ...indicator, polarity: "up" }] },
      { label: "priorities[0]" },
    );
    expect(r.success ? [] : r.error.details.problems.map((p) => p.path)).toEqual(["priorities[0].indicators[0].polarity"]);
  });
});
