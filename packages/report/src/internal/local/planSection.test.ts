import type { DeliveryPlanAction } from "@crimestats/schema";
import { describe, expect, it } from "vitest";
import type { LocalSection, LocalSectionsInput } from "../../localTypes.js";
import { actionStatus, planSection } from "./planSection.js";

// Hand-written actions of an invented plan.
const action = (o: Partial<DeliveryPlanAction>): DeliveryPlanAction => ({
  objective: "1a",
  measures: [],
  action: "An action",
  due: { kind: "month", month: "2019-03" },
  leads: [{ name: "A. Lead", role: "Manager", organisation: "Council" }],
  lifecycle: "continue",
  rag: "not-rated",
  progress: [],
  ...o,
});
const DA = "Domestic abuse and VAWG";
const YV = "Youth violence";
const PLAN: DeliveryPlanAction[] = [
  action({
    priority: DA,
    action: "Run the IDVA service",
    due: { kind: "month", month: "2019-01" },
    rag: "amber",
    progress: [
      { date: "2019-05-17", text: "Two IDVAs in post." },
      { date: "2019-01-10", text: "Recruiting." },
    ],
  }),
  action({ priority: DA, action: "Train frontline staff", due: { kind: "month", month: "2019-08" }, rag: "green" }),
  action({ priority: DA, action: "Awareness campaign", due: { kind: "month", month: "2019-12" }, lifecycle: "complete", rag: "amber" }),
  action({ priority: YV, action: "Mentoring", due: { kind: "ongoing" } }),
  action({ priority: YV, action: "Old scheme", lifecycle: "remove", rag: "red" }),
  action({ action: "Schools programme", due: { kind: "month", month: "2019-10" }, lifecycle: "new", leads: [{ name: "B. Lead" }, { organisation: "Police" }] }),
];

function section(plan: readonly DeliveryPlanAction[], extra: Partial<LocalSectionsInput> = { asOf: "2019-05-31" }): LocalSection {
  const s = planSection({ area: "Harrow", plan, ...extra });
  if (s === null) throw new Error("expected a section");
  return s;
}

describe("actionStatus", () => {
  const at = (month: string, asOf: string) => actionStatus(action({ due: { kind: "month", month: month as "2019-01" } }), asOf);
  it("is overdue once the due month has ended before the date, due soon within three months after it, else on schedule", () => {
    expect(at("2019-04", "2019-05-01")).toBe("overdue");
    expect(at("2019-04", "2019-04-30")).toBe("due soon");
    expect(at("2019-05", "2019-05-31")).toBe("due soon");
    expect(at("2019-08", "2019-05-31")).toBe("due soon");
    expect(at("2019-09", "2019-05-31")).toBe("on schedule");
    expect(at("2019-08", "2019-05-30")).toBe("on schedule");
  });
  it("keeps complete and removed actions as the plan says, whatever their date", () => {
    expect(actionStatus(action({ lifecycle: "complete", due: { kind: "month", month: "2018-01" } }), "2019-05-31")).toBe("complete");
    expect(actionStatus(action({ lifecycle: "remove", due: { kind: "month", month: "2018-01" } }), "2019-05-31")).toBe("removed");
  });
  it("has no date when the action is ongoing, reviewed at a cadence or its date is not known", () => {
    for (const due of [{ kind: "ongoing" }, { kind: "cadence", cadence: "quarterly" }, { kind: "unknown", text: "????" }] as const) {
      expect(actionStatus(action({ due }), "2019-05-31")).toBe("no date");
    }
  });
  it("takes the next of several review months, and the last once all have passed", () => {
    const due = { kind: "months", months: ["2018-12", "2019-03", "2019-12"] } as const;
    expect(actionStatus(action({ due: { ...due, months: [...due.months] } }), "2019-05-31")).toBe("on schedule");
    expect(actionStatus(action({ due: { ...due, months: ["2018-12", "2019-03"] } }), "2019-05-31")).toBe("overdue");
  });
});

describe("planSection", () => {
  it("is null without actions", () => {
    expect(planSection({ area: "Harrow", plan: [] })).toBeNull();
  });

  it("gives a table per priority with the lead, due date, status, RAG as given with its symbol and the latest progress", () => {
    const s = section(PLAN);
    const da = s.tables.find((t) => t.caption === `Delivery plan: ${DA}`);
    expect(da?.header).toEqual(["Action", "Lead", "Due", "Status", "RAG (as given)", "Latest progress"]);
    expect(da?.rows).toEqual([
      ["Run the IDVA service", "A. Lead, Manager, Council", "January 2019", "Overdue", "◆\u00a0Amber", "17 May 2019: Two IDVAs in post."],
      ["Train frontline staff", "A. Lead, Manager, Council", "August 2019", "Due soon", "●\u00a0Green", "–"],
      ["Awareness campaign", "A. Lead, Manager, Council", "December 2019", "Complete", "◆\u00a0Amber", "–"],
    ]);
    const yv = s.tables.find((t) => t.caption === `Delivery plan: ${YV}`);
    expect(yv?.rows.map((r) => [r[3], r[4]])).toEqual([
      ["No date", "○\u00a0Not rated"],
      ["Removed", "▲\u00a0Red"],
    ]);
    const other = s.tables.find((t) => t.caption === "Delivery plan: Objective 1a");
    expect(other?.rows[0]?.slice(1, 4)).toEqual(["B. Lead / Police", "October 2019", "On schedule"]);
  });

  it("summarises each priority's actions by RAG and by every status, with a total row: both sets of columns add up to the actions", () => {
    const s = section(PLAN);
    const summary = s.tables[0];
    expect(summary?.header).toEqual([
      "Priority",
      "Actions",
      "Red",
      "Amber",
      "Green",
      "Not rated",
      "Complete",
      "Overdue",
      "Due soon",
      "On schedule",
      "No date",
      "Removed",
    ]);
    expect(summary?.rows).toEqual([
      [DA, "3", "0", "2", "1", "0", "1", "1", "1", "0", "0", "0"],
      [YV, "2", "1", "0", "0", "1", "0", "0", "0", "0", "1", "1"],
      ["Objective 1a", "1", "0", "0", "0", "1", "0", "0", "0", "1", "0", "0"],
      ["All priorities", "6", "1", "2", "1", "2", "1", "1", "1", "1", "1", "1"],
    ]);
    for (const row of summary?.rows ?? []) {
      const n = (cells: readonly string[]) => cells.reduce((sum, c) => sum + Number(c), 0);
      expect([n(row.slice(2, 6)), n(row.slice(6))]).toEqual([Number(row[1]), Number(row[1])]);
    }
  });

  it("says the counts in sentences, the RAG as given", () => {
    const s = section(PLAN);
    expect(s.findings).toEqual([
      "The delivery plan has 6 actions under 3 priorities; judged at 31 May 2019: 1 complete, 1 overdue, 1 due within the next three months, 1 on schedule, 1 with no due date and 1 removed from the plan.",
      "RAG ratings, as given by the plan: 1 red, 2 amber, 1 green; 2 not rated.",
      `${DA}: 3 actions, 1 complete, 1 overdue and 1 due within the next three months.`,
      `${YV}: 2 actions, 1 with no due date and 1 removed from the plan.`,
      "Objective 1a: 1 action, 1 on schedule.",
    ]);
    expect(s.verdict).toBeNull();
  });

  it("judges the plan at the last day of the assessment's end month, else of the latest month the plan names", () => {
    expect(section(PLAN, { end: "2019-02" }).period).toBe("actions at 28 February 2019");
    expect(section(PLAN, {}).period).toBe("actions at 31 December 2019");
    expect(section([action({ due: { kind: "ongoing" } })], {}).findings[0]).toBe(
      "The delivery plan has 1 action under 1 priority; with no date to judge them at (the plan gives no due dates): 1 with no due date.",
    );
  });

  it("keeps a RAG that disagrees with the status as given, never recomputing it", () => {
    const s = section([action({ priority: DA, rag: "green", due: { kind: "month", month: "2018-01" } })]);
    expect(s.tables[1]?.rows[0]?.slice(3, 5)).toEqual(["Overdue", "●\u00a0Green"]);
  });
});
