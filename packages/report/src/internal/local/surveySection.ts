import { compareWithBenchmark } from "@crimestats/benchmark";
import { comparisonChart, type Chart } from "@crimestats/charts";
import type { DisclosurePolicy } from "@crimestats/disclosure";
import { formatNumber } from "@crimestats/internal";
import { proportion, proportionDifference, roundHalfUp } from "@crimestats/rates";
import type { SurveyResult } from "@crimestats/schema";
import type { LocalFact, LocalSection, LocalSectionsInput, LocalTable } from "../../localTypes.js";
import { listWords, unique } from "../sections/words.js";
import { exactBasisNote, inAreaOrder, intervalCell, kindSection, policyOf } from "./localText.js";
import { compareRuns, runLabel, runWords } from "./monthRuns.js";
import { isHidden, released, releasedRatio } from "./released.js";

/** One area's answer to one question in one period, as released. */
interface Answer {
  readonly row: SurveyResult;
  /** The printed percentage ("62%", "*"). */
  readonly text: string;
  /** The released percentage, null when hidden. */
  readonly value: number | null;
  /** The exact respondents agreeing and base, for the tests only (never printed), when the base is given and the figure is not hidden (agreeing taken from the percentage when only that is given). */
  readonly sample: { readonly agreeing: number; readonly base: number } | null;
  /** The 95% Wilson interval, with the sample (from the exact counts). */
  readonly lower: number | null;
  readonly upper: number | null;
  /** The sample base as printed. */
  readonly base: string;
}

/** How many decimals a published percentage was printed with (`71` → 0, `45.3` → 1). */
function printedDecimals(x: number): number {
  return (String(x).split(".")[1] ?? "").length;
}

function answerOf(row: SurveyResult, policy: DisclosurePolicy): Answer {
  if (row.agreeing !== undefined && row.base !== undefined) {
    // The percentage and its interval from the exact counts, hidden where either count is; the counts printed are released.
    const r = releasedRatio({ count: row.agreeing }, { count: row.base }, policy, { per: 100, decimals: 1, suffix: "%" });
    if (r.value === null || row.base === 0) return { row, text: r.text, value: null, sample: null, lower: null, upper: null, base: baseText(row, policy) };
    const p = proportion(Math.min(row.agreeing, row.base), row.base);
    return {
      row,
      text: r.text,
      value: r.value,
      sample: { agreeing: row.agreeing, base: row.base },
      lower: p.lower,
      upper: p.upper,
      base: baseText(row, policy),
    };
  }
  const percent = row.percent ?? 0;
  const text = `${formatNumber(percent, printedDecimals(percent))}%`;
  // The published percentage is shown as given; without a base, or with a base the policy hides, it has no interval and no test.
  if (row.base === undefined || isHidden({ count: row.base }, policy))
    return { row, text, value: percent, sample: null, lower: null, upper: null, base: baseText(row, policy) };
  // Only the percentage and the base were given: the number agreeing is the percentage of the base, to the nearest respondent.
  const agreeing = Math.min(row.base, roundHalfUp((percent * row.base) / 100, 0));
  const p = proportion(agreeing, row.base);
  return { row, text, value: percent, sample: { agreeing, base: row.base }, lower: p.lower, upper: p.upper, base: baseText(row, policy) };
}

/** The sample base as printed: released under the policy like any count. */
function baseText(row: SurveyResult, policy: DisclosurePolicy): string {
  return row.base === undefined ? "–" : released(row.base, policy).text;
}

/** The outcome of the focus area's answer against another's, or null when it cannot be tested. */
function compare(focus: Answer, other: Answer): "higher" | "lower" | "similar" | null {
  if (focus.sample === null || other.value === null) return null;
  if (other.sample !== null) {
    const d = proportionDifference(focus.sample.agreeing, focus.sample.base, other.sample.agreeing, other.sample.base);
    return d.excludesZero === true ? (d.value > 0 ? "higher" : "lower") : "similar";
  }
  const c = compareWithBenchmark(proportion(focus.sample.agreeing, focus.sample.base), other.value, { method: "ci-overlap-95", polarity: "no-judgement" });
  return c.direction;
}

/** The question as it is named: its wording, and the survey's name when the rows come from more than one survey. */
function questionName(row: SurveyResult, oneSurvey: boolean): string {
  return oneSurvey || row.survey === undefined ? row.question : `${row.question} (${row.survey})`;
}

/**
 * The survey section: for each question, a table of the areas in its latest period (the
 * percentage agreeing with its 95% Wilson interval and the sample base), sentences for the focus
 * area's significant differences from the other areas (Newcombe's interval for two samples; an
 * area given without a base is compared with the focus area's interval) and from its previous
 * survey, and a comparison chart with the intervals. Without the focus area's sample base there is
 * no interval: the areas are listed, never ranked or tested, and the section says why. No rank
 * word ("second lowest") is ever written: the tables keep the order of the assessment, and the
 * charts order their bars by value with the intervals. Counts are released under the policy;
 * percentages, intervals and changes are worked out from the exact counts, hidden where one is.
 *
 * @param input - The local sections' input (its `surveys` rows, already checked).
 * @returns The section, or null when there are no survey rows.
 */
export function surveySection(input: LocalSectionsInput): LocalSection | null {
  const rows = input.surveys ?? [];
  if (rows.length === 0) return null;
  const policy = policyOf(input);
  const surveys = unique(rows.map((r) => r.survey ?? ""));
  const oneSurvey = surveys.length === 1;
  const name = (r: SurveyResult) => questionName(r, oneSurvey);
  const keys = unique(rows.map(name));
  const facts: LocalFact[] = [];
  const findings: string[] = [];
  const tables: LocalTable[] = [];
  const charts: Chart[] = [];
  const periods: string[] = [];
  const unranked: string[] = [];
  let testedAny = false;
  const plain: string[] = [];
  for (const [index, key] of keys.entries()) {
    const ofQuestion = rows.filter((r) => name(r) === key);
    const ownRows = ofQuestion.filter((r) => r.area === input.area).sort((a, b) => compareRuns(a.period, b.period));
    const period = (ownRows.at(-1) ?? [...ofQuestion].sort((a, b) => compareRuns(a.period, b.period)).at(-1))?.period;
    if (period === undefined) continue;
    periods.push(runWords(period));
    const answers = inAreaOrder(
      input,
      // One answer per area: a second row of the same area and period repeats it (the reader rejects such a file).
      ofQuestion.filter((r, i, all) => r.period === period && all.findIndex((o) => o.period === period && o.area === r.area) === i),
    ).map((r) => answerOf(r, policy));
    const focus = answers.find((a) => a.row.area === input.area) ?? null;
    const others = answers.filter((a) => a.row.area !== input.area);
    const quoted = `“${key}”`;
    if (focus === null) {
      findings.push(`On ${quoted} (${runWords(period)}) no result for ${input.area} was given; the other areas are listed.`);
    } else {
      facts.push({
        label: key,
        text: focus.text,
        value: focus.value,
        method: focus.sample === null ? "percentage agreeing, as published" : "agreeing / sample base × 100, with its 95% Wilson interval",
      });
      const interval =
        focus.lower === null || focus.upper === null ? "" : ` (95% confidence interval ${formatNumber(focus.lower, 1)}% to ${formatNumber(focus.upper, 1)}%)`;
      const change = changeSentence(focus, ownRows, policy);
      // A result with nothing to test (no base, no earlier survey) is in the quick facts and the table: one summary sentence covers them all.
      const noBase = focus.row.base === undefined;
      if (noBase && change === null) {
        plain.push(runWords(period));
      } else if (focus.sample === null) {
        // A count it uses (the number agreeing or the base) is hidden: no figure from it, and no test that would narrow it.
        const what = focus.value === null ? "is not shown" : `was ${focus.text} as published; it has no interval`;
        const rest = others.length > 0 ? ", and the other areas are listed, not compared" : "";
        findings.push(
          `${input.area}'s result on ${quoted} in ${runWords(period)} ${what} because a count it uses is hidden under the disclosure policy${rest}.`,
        );
      } else {
        findings.push(`${input.area}'s result on ${quoted} was ${focus.text} in ${runWords(period)}${interval}.`);
      }
      if (change !== null) findings.push(change);
      if (focus.sample === null) {
        if (others.length > 0 && noBase) unranked.push(key);
      } else {
        const results = others.map((o) => ({ o, outcome: compare(focus, o) }));
        const higher = results.filter((r) => r.outcome === "higher").map((r) => `${r.o.row.area} (${r.o.text})`);
        const lower = results.filter((r) => r.outcome === "lower").map((r) => `${r.o.row.area} (${r.o.text})`);
        const same = results.filter((r) => r.outcome === "similar");
        const tested = higher.length + lower.length + same.length;
        if (tested > 0) testedAny = true;
        const significant = [
          ...(higher.length > 0 ? [`significantly higher than in ${listWords(higher)}`] : []),
          ...(lower.length > 0 ? [`significantly lower than in ${listWords(lower)}`] : []),
        ];
        if (significant.length > 0) {
          const rest =
            same.length === 0
              ? ""
              : same.length === 1
                ? ` The difference from ${same[0]?.o.row.area ?? ""} is not significant.`
                : ` The differences from the other ${same.length} areas are not significant.`;
          findings.push(`${input.area}'s result is ${listWords(significant)}.${rest}`);
        } else if (tested > 0) {
          findings.push(
            `${input.area}'s result is not significantly different from ${tested === 1 ? (same[0]?.o.row.area ?? "") : `that of any of the other ${tested} areas`}.`,
          );
        }
        const untested = results.filter((r) => r.outcome === null).map((r) => r.o.row.area);
        if (untested.length > 0)
          findings.push(
            `${listWords(untested)} ${untested.length === 1 ? "is" : "are"} not compared: ${untested.length === 1 ? "its figure is" : "their figures are"} hidden under the disclosure policy.`,
          );
      }
    }
    const table = tableOf(index, key, period, answers, input.area, policy);
    tables.push(table);
    if (answers.some((a) => a.sample !== null)) charts.push(chartOf(key, period, answers, ofQuestion[0]?.survey));
  }
  if (plain.length > 0) {
    const questions =
      plain.length === keys.length
        ? plain.length === 1
          ? "one question"
          : plain.length === 2
            ? "both questions"
            : `all ${plain.length} questions`
        : `${plain.length} more question${plain.length === 1 ? "" : "s"}`;
    findings.push(
      `${input.area}'s results on ${questions} (${listWords(unique(plain))}) are given in the quick facts and the table${plain.length === 1 ? "" : "s"} below, as published.`,
    );
  }
  if (unranked.length > 0) {
    findings.push(
      `No sample sizes were given for ${unranked.length === keys.length ? (keys.length === 1 ? "this question" : "these questions") : listWords(unranked.map((k) => `“${k}”`))}, so the areas are listed, not ranked or tested: without a sample size there is no interval, and a difference of a few points may be chance.`,
    );
  }
  return kindSection(input, "survey", {
    name: "Public confidence",
    period: unique(periods).join("; "),
    facts,
    findings,
    tables,
    charts,
    notes: [...(oneSurvey && surveys[0] !== "" ? [`Source: ${surveys[0]}.`] : []), ...notesOf(rows, testedAny, charts.length > 0)],
    verdict: null,
  });
}

/** The focus area's previous survey on the question, in a sentence with its test; null when there is none. */
function changeSentence(focus: Answer, own: readonly SurveyResult[], policy: DisclosurePolicy): string | null {
  const i = own.indexOf(focus.row);
  const prior = i > 0 ? own[i - 1] : undefined;
  if (prior === undefined) return null;
  const before = answerOf(prior, policy);
  if (focus.value === null || before.value === null) return `The change from ${runWords(prior.period)} is not shown because a figure it uses is hidden.`;
  const pp = focus.value - before.value;
  const moved =
    Math.abs(pp) < 0.05
      ? `The same as in ${runWords(prior.period)} (${before.text})`
      : `${pp > 0 ? "Up" : "Down"} ${formatNumber(Math.abs(pp), 1)} percentage points from ${before.text} in ${runWords(prior.period)}`;
  if (focus.sample === null || before.sample === null) return `${moved}; not tested, because no sample size was given.`;
  const d = proportionDifference(focus.sample.agreeing, focus.sample.base, before.sample.agreeing, before.sample.base);
  const word = d.excludesZero === true ? (d.value > 0 ? "a significant rise" : "a significant fall") : "no significant change";
  const limits = `Newcombe's 95% interval for the difference ${formatNumber(d.lower ?? 0, 1, { signed: true })} to ${formatNumber(d.upper ?? 0, 1, { signed: true })} points`;
  return `${moved}: ${word} (${limits}).`;
}

function tableOf(index: number, key: string, period: string, answers: readonly Answer[], area: string, policy: DisclosurePolicy): LocalTable {
  const noBase = answers.some((a) => a.row.base === undefined);
  const counted = answers.some((a) => a.row.agreeing !== undefined && a.value !== null);
  return {
    id: `local-survey-${index + 1}`,
    caption: `${key}, ${runLabel(period)}: percentage by area`,
    header: ["Area", "Percentage", "95% interval (%)", "Sample base"],
    rows: answers.map((a) => [a.row.area, a.text, a.lower === null || a.upper === null ? "–" : intervalCell(a.lower, a.upper, 1), a.base]),
    numeric: [false, true, true, true],
    emphasis: answers.findIndex((a) => a.row.area === area),
    notes: [
      ...(noBase ? ["– no sample base was given, so there is no interval: the areas are listed in the assessment's order, not ranked."] : []),
      ...(counted ? exactBasisNote(policy) : []),
    ],
  };
}

function chartOf(key: string, period: string, answers: readonly Answer[], survey: string | undefined): Chart {
  const rows = answers
    .filter((a) => a.value !== null)
    .map((a) => ({ area: a.row.area, value: a.value ?? 0, ...(a.lower === null || a.upper === null ? {} : { lower: a.lower, upper: a.upper }) }));
  return comparisonChart({
    title: `${key}: percentage, ${runLabel(period)}`,
    source: survey ?? "Survey results supplied by the partnership",
    licence: "",
    xTitle: "Percentage of respondents",
    rows,
    confidence: 0.95,
    decimals: 1,
  });
}

function notesOf(rows: readonly SurveyResult[], tested: boolean, charted: boolean): string[] {
  const notes = ["Each result is the percentage of respondents giving the answer counted (agreeing); with the sample base it has a 95% Wilson score interval."];
  if (tested) {
    notes.push(
      "Two areas with sample bases, or two surveys of the focus area, are compared with Newcombe's hybrid score interval for the difference of two proportions (significant when it excludes 0); an area given without a base is compared with the 95% interval of the focus area's result. Only significant differences are described as differences.",
      "Overlapping intervals do not by themselves mean that two results do not differ: the test of the difference decides, so a result can be significantly higher than another whose interval overlaps its own.",
    );
  }
  if (rows.some((r) => r.agreeing === undefined && r.base !== undefined)) {
    notes.push("Where only the percentage and the base were given, the number agreeing is taken as that percentage of the base, to the nearest respondent.");
  }
  notes.push(
    charted
      ? "The tables list the areas in the assessment's order (the focus area, its comparators, the benchmark area); the charts order the bars by value, each with its 95% interval, and the text states only the differences the test finds significant."
      : "The tables list the areas in the assessment's order (the focus area, its comparators, the benchmark area), not ranked by value.",
  );
  return notes;
}
