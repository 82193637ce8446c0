import { describe, expect, it } from "vitest";
import { StrategySchema, parseStrategy, safeParseStrategy } from "./strategy.js";

const s = { id: "s", title: "S", area: "E09000015", period: { kind: "custom", first: "2023-04", last: "2026-03", label: "2023-26" }, priorities: [] };
const p = { id: "p", title: "P", kind: "high-harm", offences: [], indicators: [] };

describe("StrategySchema / parseStrategy / safeParseStrategy", () => {
  it("doc examples", () => {
    expect(StrategySchema.safeParse(s).success).toBe(true);
    expect(parseStrategy(s).mandatoryPriorities).toEqual([]);
    const { period: _p, ...noPeriod } = s;
    expect(safeParseStrategy(noPeriod).success).toBe(false);
  });
  it("keeps mandatory priorities and checks priority ids are unique", () => {
    const ok = parseStrategy({ ...s, priorities: [p], mandatoryPriorities: [{ title: "Modern Slavery", kind: "high-harm", setBy: "MOPAC" }] });
    expect(ok.mandatoryPriorities[0]?.setBy).toBe("MOPAC");
    const r = safeParseStrategy({ ...s, priorities: [p, p] });
    expect(r.success ? "" : r.error.message).toBe('Strategy is not valid (1 problem):\npriorities[1].id: "p" is used by another priority of this strategy');
  });
  it("reports a bad period month by path", () => {
    const r = safeParseStrategy({ ...s, period: { ...s.period, last: "2026-13" } });
    expect(r.success ? "" : r.error.message).toBe('Strategy is not valid (1 problem):\nperiod.last: "2026-13" is not a month (expected YYYY-MM)');
  });
});
