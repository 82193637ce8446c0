import { describe, expect, it } from "vitest";
import { renderHtml } from "../src/renderHtml.js";
import { renderMarkdown } from "../src/renderMarkdown.js";
import { ReportError } from "../src/ReportError.js";
import { strategicAssessment } from "../src/strategicAssessment.js";
import type { StrategicAssessmentResult } from "../src/types.js";
import { exampleInput } from "./exampleInput.js";

const good = strategicAssessment(exampleInput);
const priority = good.priorities[0];

/** Results that are not what strategicAssessment returns, as a caller (or a fuzzer) can pass them. */
const malformed: readonly (readonly [string, unknown])[] = [
  ["nothing", undefined],
  ["null", null],
  ["a number", 0.5],
  ["priorities as a BigInt", { ...good, priorities: 1180591620717411303424n }],
  ["quick facts as a number", { ...good, priorities: [{ ...priority, quickFacts: 0.5 }] }],
  ["categories as a number", { ...good, priorities: [{ ...priority, categories: 9007199254740990 }] }],
  ["a period without its label", { ...good, current: { first: "2024-01", last: "2024-12" } }],
  [
    "a figure without its value object",
    { ...good, priorities: [{ ...priority, quickFacts: { ...priority?.quickFacts, current: { ...priority?.quickFacts.current, rate: null } } }] },
  ],
  ["a prototype-less title", { ...good, title: Object.create(null) as object }],
  ["a table row missing", { ...good, priorities: [{ ...priority, table: [undefined] }] }],
  ["key findings as text", { ...good, keyFindings: "none" }],
  ["a section without its change verdict", { ...good, priorities: [{ ...priority, change: undefined }] }],
  ["break notes as a number", { ...good, priorities: [{ ...priority, breaks: 3 }] }],
  ["a long trend without its chart", { ...good, priorities: [{ ...priority, longTrend: { ...priority?.longTrend, chart: undefined, samePeriod: null } }] }],
  [
    "a count that is not a number (another package's error inside)",
    {
      ...good,
      priorities: [{ ...priority, quickFacts: { ...priority?.quickFacts, current: { ...priority?.quickFacts.current, count: { value: Number.NaN } } } }],
    },
  ],
];

describe("renderMarkdown and renderHtml on a result that is not shaped like strategicAssessment's", () => {
  it.each(malformed)("%s: throw ReportError invalid-argument, never a TypeError", async (_name, result) => {
    const md = (() => {
      try {
        return renderMarkdown(result as StrategicAssessmentResult);
      } catch (error) {
        return error;
      }
    })();
    const html = await renderHtml(result as StrategicAssessmentResult).catch((error: unknown) => error);
    for (const error of [md, html]) {
      expect(error).toBeInstanceOf(ReportError);
      expect((error as ReportError).code).toBe("invalid-argument");
      expect((error as ReportError).message).toMatch(/^render(Markdown|Html): .+ expected .+\.$/);
    }
  });

  it("gives the sentence of the error met deeper down as details.explanation", () => {
    const [, result] = malformed[malformed.length - 1]!;
    const error = (() => {
      try {
        return renderMarkdown(result as StrategicAssessmentResult);
      } catch (e) {
        return e;
      }
    })() as ReportError;
    const explanation = error.details["explanation"];
    expect(typeof explanation).toBe("string");
    expect(error.message).toContain(`(${String(explanation).replace(/[.;:]+$/, "")})`);
  });

  it("still renders the result strategicAssessment made", async () => {
    expect(renderMarkdown(good).startsWith("# Strategic Assessment: Harrow")).toBe(true);
    expect((await renderHtml(good)).startsWith("<!DOCTYPE html>")).toBe(true);
  });
});
