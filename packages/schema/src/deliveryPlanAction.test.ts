import { describe, expect, it } from "vitest";
import { DeliveryPlanActionSchema, DueSchema, parseDeliveryPlanAction, safeParseDeliveryPlanAction } from "./deliveryPlanAction.js";

const row = {
  objective: "1a",
  measures: [],
  action: "Run workshops",
  due: { kind: "ongoing" },
  leads: [{ organisation: "Harrow Council" }],
  lifecycle: "complete",
  rag: "amber",
};

describe("DeliveryPlanActionSchema / parseDeliveryPlanAction / safeParseDeliveryPlanAction", () => {
  it("doc examples", () => {
    expect(DeliveryPlanActionSchema.safeParse(row).success).toBe(true);
    expect(
      parseDeliveryPlanAction({
        objective: "4b",
        measures: ["As above"],
        action: "Share data",
        due: { kind: "month", month: "2020-03", text: "March 2020" },
        leads: [],
        lifecycle: "new",
        rag: "not-rated",
      }).lifecycle,
    ).toBe("new");
    expect(safeParseDeliveryPlanAction({ ...row, lifecycle: "COMPLETE" }).success).toBe(false);
    expect(DueSchema.safeParse({ kind: "cadence", cadence: "quarterly", text: "Quarterly" }).success).toBe(true);
  });
  it("keeps the partnership priority an action serves, when given, and refuses an empty one", () => {
    expect(parseDeliveryPlanAction({ ...row, priority: "Domestic abuse and VAWG" }).priority).toBe("Domestic abuse and VAWG");
    expect(parseDeliveryPlanAction(row)).not.toHaveProperty("priority");
    const r = safeParseDeliveryPlanAction({ ...row, priority: " " });
    expect(r.success ? "" : r.error.details.problems.map((p) => `${p.path}: ${p.message}`).join("\n")).toBe('priority: " " is empty (expected some text)');
  });
  it("lifecycle and RAG are independent: every combination is valid", () => {
    for (const lifecycle of ["new", "continue", "complete", "remove", "unknown"]) {
      for (const rag of ["red", "amber", "green", "not-rated"]) {
        expect(safeParseDeliveryPlanAction({ ...row, lifecycle, rag }).success, `${lifecycle}+${rag}`).toBe(true);
      }
    }
  });
  it("due takes the plans' review-point forms", () => {
    const dues = [
      { kind: "month", month: "2020-03", text: "March 2020" },
      { kind: "months", months: ["2018-12", "2019-03"], text: "December 2018 … March 2019" },
      { kind: "ongoing", text: "On going" },
      { kind: "ongoing", from: "2019-04", text: "April 2019 ongoing" },
      { kind: "cadence", cadence: "quarterly", text: "Quarterly" },
      { kind: "unknown", text: "????" },
    ];
    for (const due of dues) expect(DueSchema.safeParse(due).success, JSON.stringify(due)).toBe(true);
    expect(DueSchema.safeParse({ kind: "months", months: [] }).success).toBe(false);
    expect(DueSchema.safeParse({ kind: "cadence", cadence: "fortnightly" }).success).toBe(false);
  });
  it("progress updates are real dates in order; leads name someone", () => {
    const ok = parseDeliveryPlanAction({
      ...row,
      progress: [
        { date: "2019-01-10", text: "UPDATE 10th Jan 2019" },
        { date: "2019-02-25", text: "25 Feb 19 update" },
      ],
    });
    expect(ok.progress).toHaveLength(2);
    expect(parseDeliveryPlanAction(row).progress).toEqual([]);
    const r = safeParseDeliveryPlanAction({
      ...row,
      progress: [
        { date: "2019-05-17", text: "a" },
        { date: "2019-02-25", text: "b" },
      ],
    });
    expect(r.success ? "" : r.error.message).toBe(
      'DeliveryPlanAction is not valid (1 problem):\nprogress[1].date: "2019-02-25" is before the previous update\'s "2019-05-17" (list updates in date order)',
    );
    const r2 = safeParseDeliveryPlanAction({ ...row, progress: [{ date: "2019-02-30", text: "x" }], leads: [{}] });
    expect(r2.success ? [] : r2.error.details.problems.map((p) => `${p.path}: ${p.message}`)).toEqual([
      "leads[0]: names nobody (give a name, role or organisation)",
      'progress[0].date: "2019-02-30" is not a date (expected YYYY-MM-DD)',
    ]);
  });
});
