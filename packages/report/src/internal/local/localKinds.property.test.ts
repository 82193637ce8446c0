import { disclosurePreset } from "@crimestats/disclosure";
import type { DeliveryPlanAction, ServiceVolume, SurveyResult, YouthJusticeRecord } from "@crimestats/schema";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { LocalSection } from "../../localTypes.js";
import { planSection } from "./planSection.js";
import { serviceSection } from "./serviceSection.js";
import { surveySection } from "./surveySection.js";
import { youthJusticeSection } from "./youthJusticeSection.js";

// Valid rows (as the schema accepts them) of every shape: small and zero counts, missing
// populations and bases, published rates only, averages, every due date and lifecycle.
const area = fc.constantFrom("Harrow", "Barnet", "London");
const period = fc.constantFrom("2017-01/2017-03", "2018-01/2018-03", "2016-10/2017-09", "2017-10/2018-09", "2018-03", "2018-01/2018-12");
const count = fc.oneof(fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 5000 }));

const youth: fc.Arbitrary<YouthJusticeRecord> = fc.oneof(
  fc.record(
    {
      measure: fc.constantFrom("first-time-entrants" as const, "custody" as const),
      area,
      period,
      count,
      population10to17: fc.integer({ min: 1, max: 100000 }),
      cohortName: fc.constantFrom("National", "Local"),
    },
    { requiredKeys: ["measure", "area", "period", "count"] },
  ),
  fc
    .record({
      n: fc.integer({ min: 1, max: 200 }),
      f: fc.double({ min: 0, max: 1, noNaN: true }),
      extra: fc.integer({ min: 0, max: 50 }),
      area,
      period,
      local: fc.boolean(),
    })
    .map(({ n, f, extra, area, period, local }) => {
      const x = Math.floor(f * n);
      return {
        measure: "reoffending" as const,
        area,
        period,
        cohort: n,
        reoffenders: x,
        reoffences: x === 0 ? 0 : x + extra,
        cohortName: local ? "Local" : "National",
      };
    }),
  fc.record({
    measure: fc.constant("reoffending" as const),
    area,
    period,
    percent: fc.double({ min: 0, max: 100, noNaN: true }),
    cohortName: fc.constant("National"),
  }),
);

const survey: fc.Arbitrary<SurveyResult> = fc.oneof(
  fc
    .record({ base: fc.integer({ min: 1, max: 2000 }), f: fc.double({ min: 0, max: 1, noNaN: true }), area, period, question: fc.constantFrom("Q1", "Q2") })
    .map(({ base, f, ...r }) => ({ ...r, agreeing: Math.floor(f * base), base })),
  fc.record(
    { question: fc.constantFrom("Q1", "Q2"), area, period, percent: fc.integer({ min: 0, max: 100 }), base: fc.integer({ min: 1, max: 2000 }) },
    { requiredKeys: ["question", "area", "period", "percent"] },
  ),
);

const service: fc.Arbitrary<ServiceVolume> = fc.record(
  {
    measure: fc.constantFrom("idva", "marac"),
    measureName: fc.constant("A service"),
    period,
    value: fc.oneof(count, fc.double({ min: 0, max: 100, noNaN: true })),
    unit: fc.constantFrom("referrals", "cases per month (average)"),
    target: fc.oneof(count, fc.double({ min: 0, max: 100, noNaN: true })),
    polarity: fc.constantFrom("higher-is-better" as const, "lower-is-better" as const, "no-judgement" as const),
  },
  { requiredKeys: ["measure", "measureName", "period", "value", "unit", "polarity"] },
);

const month = fc.constantFrom("2018-01", "2019-05", "2019-06", "2020-03") as fc.Arbitrary<"2018-01">;
const action: fc.Arbitrary<DeliveryPlanAction> = fc.record({
  priority: fc.option(fc.constantFrom("P1", "P2"), { nil: undefined }),
  objective: fc.constantFrom("1a", "2"),
  measures: fc.constant([]),
  action: fc.constantFrom("Do a thing", "Do another"),
  due: fc.oneof(
    month.map((m) => ({ kind: "month" as const, month: m })),
    fc.array(month, { minLength: 1, maxLength: 3 }).map((months) => ({ kind: "months" as const, months })),
    fc.constant({ kind: "ongoing" as const }),
    fc.constant({ kind: "cadence" as const, cadence: "quarterly" as const }),
    fc.constant({ kind: "unknown" as const }),
  ),
  leads: fc.constant([]),
  lifecycle: fc.constantFrom("new" as const, "continue" as const, "complete" as const, "remove" as const, "unknown" as const),
  rag: fc.constantFrom("red" as const, "amber" as const, "green" as const, "not-rated" as const),
  progress: fc.constant([]),
});

const policy = fc.constantFrom(disclosurePreset("suppress-1-4-round-5"), disclosurePreset("small-to-5-round-5"), { id: "none", protectionWidth: 0 });

/** Every number in the section is finite, and no printed text says NaN, Infinity or undefined. */
function expectClean(s: LocalSection | null): void {
  expect(s).not.toBeNull();
  const text = JSON.stringify(s);
  expect(text).not.toMatch(/NaN|Infinity|undefined|null%/);
  for (const f of s?.facts ?? []) if (f.value !== null) expect(Number.isFinite(f.value)).toBe(true);
  for (const t of s?.tables ?? []) for (const r of t.rows) expect(r).toHaveLength(t.header.length);
}

describe("the youth justice, survey, service and plan sections on any valid rows", () => {
  it("return a section with finite figures and full table rows, whatever the rows and the policy", () => {
    fc.assert(
      fc.property(
        fc.array(youth, { minLength: 1, maxLength: 8 }),
        fc.array(survey, { minLength: 1, maxLength: 8 }),
        fc.array(service, { minLength: 1, maxLength: 5 }),
        fc.array(action, { minLength: 1, maxLength: 6 }),
        policy,
        (youthJustice, surveys, services, plan, disclosure) => {
          const input = {
            area: "Harrow",
            comparators: ["Barnet"],
            benchmarkArea: "London",
            youthJustice,
            surveys,
            services,
            plan,
            disclosure,
            asOf: "2019-05-31",
          };
          expectClean(youthJusticeSection(input));
          expectClean(surveySection(input));
          expectClean(serviceSection(input));
          expectClean(planSection(input));
        },
      ),
      { numRuns: 150 },
    );
  }, 60_000);

  it("give no youth justice verdict of no significant change while the section reports a significant change or difference", () => {
    fc.assert(
      fc.property(
        fc.array(youth, { minLength: 0, maxLength: 6 }),
        // A series pair that often disagrees: first-time entrants two years running, and a cohort against a published rate.
        fc.record({
          before: fc.integer({ min: 20, max: 80 }),
          after: fc.integer({ min: 20, max: 80 }),
          n: fc.integer({ min: 20, max: 60 }),
          f: fc.double({ min: 0, max: 1, noNaN: true }),
          percent: fc.integer({ min: 0, max: 100 }),
        }),
        policy,
        (extra, { before, after, n, f, percent }, disclosure) => {
          const youthJustice: YouthJusticeRecord[] = [
            ...extra,
            { measure: "first-time-entrants", area: "Harrow", period: "2016-10/2017-09", count: before, population10to17: 20000, cohortName: "National" },
            { measure: "first-time-entrants", area: "Harrow", period: "2017-10/2018-09", count: after, population10to17: 20000, cohortName: "National" },
            { measure: "reoffending", area: "Harrow", period: "2018-01/2018-03", cohort: n, reoffenders: Math.floor(f * n), cohortName: "National" },
            { measure: "reoffending", area: "London", period: "2018-01/2018-03", percent, cohortName: "National" },
          ];
          const s = youthJusticeSection({ area: "Harrow", comparators: ["Barnet"], benchmarkArea: "London", youthJustice, disclosure });
          if (s?.verdict === null || s?.verdict === undefined || s.verdict.word.startsWith("significant")) return;
          expect(s.findings.join(" ")).not.toMatch(/significantly (higher|lower)|a significant (rise|fall)/);
        },
      ),
      { numRuns: 300 },
    );
  }, 60_000);
});
