import { parseDeliveryPlanAction, type DeliveryPlanAction } from "@crimestats/schema";
import { describe, expect, it } from "vitest";
import { evaluate, evaluatePlan, parseRules, type ActionRow } from "../src/index.js";

// A DeliveryPlanAction of @crimestats/schema is an ActionRow (checked by the typecheck) and is rated
// as one, including its structured `due`.
describe("with @crimestats/schema", () => {
  const base = {
    objective: "Strategic Objective 1a",
    measures: ["Burglaries are reduced compared to the same period in the last 12 months"],
    action: "Autumn Nights burglary campaign",
    leads: [{ organisation: "MPS" }],
  };

  it("rates DeliveryPlanAction rows", () => {
    const overdue: DeliveryPlanAction = parseDeliveryPlanAction({
      ...base,
      id: "1a.1",
      due: { kind: "month", month: "2019-03", text: "March 2019" },
      lifecycle: "continue",
      rag: "green",
      progress: [{ date: "2019-01-10", text: "UPDATE 10th Jan 2019 Green" }],
    });
    const row: ActionRow = overdue;
    expect(evaluate({ kind: "action" }, { action: row, asOf: "2019-04" }).explanation).toBe(
      "Red: action 1a.1 was due by Mar 2019 and is not complete (as of Apr 2019); the plan records Green",
    );
    const severalDates = parseDeliveryPlanAction({
      ...base,
      due: { kind: "months", months: ["2018-12", "2019-03"] },
      lifecycle: "continue",
      rag: "amber",
    });
    expect(evaluate({ kind: "action" }, { action: severalDates, asOf: "2019-03" }).status).toBe("amber");
    expect(evaluate({ kind: "action" }, { action: severalDates, asOf: "2019-04" }).status).toBe("red");
    const quarterly = parseDeliveryPlanAction({ ...base, due: { kind: "cadence", cadence: "quarterly" }, lifecycle: "new", rag: "not-rated" });
    expect(evaluate({ kind: "action" }, { action: quarterly, asOf: "2030-01" }).status).toBe("not-rated");
    const ongoing = parseDeliveryPlanAction({ ...base, due: { kind: "ongoing", from: "2018-04" }, lifecycle: "continue", rag: "green" });
    expect(evaluate({ kind: "action" }, { action: ongoing, asOf: "2030-01" }).status).toBe("green");
    const plan = { asOf: "2019-04", priorities: [{ id: "HV1", actions: [{ ...overdue, id: "1a.1" }] }] };
    expect(evaluatePlan(plan, parseRules({ rules: [] })).items[0]?.result.code).toBe("overdue");
  });

  it("rejects a due of an unknown shape", () => {
    expect(() => evaluate({ kind: "action" }, { action: { lifecycle: "new", due: { kind: "soon" } as never }, asOf: "2019-04" })).toThrow(
      /input\.action\.due is an object; expected a month "YYYY-MM"/,
    );
  });
});
