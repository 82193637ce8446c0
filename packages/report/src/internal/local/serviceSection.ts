import type { DisclosurePolicy } from "@crimestats/disclosure";
import { formatNumber } from "@crimestats/internal";
import { classifyChange } from "@crimestats/rates";
import type { ServiceVolume } from "@crimestats/schema";
import type { LocalFact, LocalSection, LocalSectionsInput, LocalTable, LocalVerdict } from "../../localTypes.js";
import { listWords, unique } from "../sections/words.js";
import { countPhrase, kindSection, plainNumber, policyOf, roundsCounts } from "./localText.js";
import { compareRuns, runLabel, runLength, runWords } from "./monthRuns.js";
import { isHidden, released } from "./released.js";

/**
 * True when the value is an average (MARAC cases per month), not a count: a fraction, or a unit
 * that says so ("average", "mean", "per …"). An average is shown as given, never disclosed as a
 * count and never tested as one.
 */
function isAverage(row: ServiceVolume): boolean {
  return !Number.isInteger(row.value) || /\b(average|mean|per)\b/i.test(row.unit);
}

/** How many decimals an average is printed with: those of the most precise value of the pair, at most 2 (17.3 and 18 → "17.3", "18.0"). */
function averageDecimals(...values: readonly number[]): number {
  return Math.min(2, Math.max(...values.map((v) => (Number.isInteger(v) ? 0 : (String(v).split(".")[1] ?? "").length))));
}

/** An average's unit as a phrase after its value: "cases per month (average)" → "a month"; null when the unit names no period. */
function perPeriod(row: ServiceVolume): string | null {
  const m = /\bper (day|week|fortnight|month|quarter|year)\b/i.exec(row.unit);
  return m === null ? null : `a ${(m[1] ?? "").toLowerCase()}`;
}

/**
 * A value as shown: a count released under the policy, an average as given (to `decimals` places).
 * `fact` is the quick fact's text, which keeps an average's unit ("17.3 a month (average)").
 */
function shownValue(
  row: ServiceVolume,
  policy: DisclosurePolicy,
  decimals: number,
): { readonly text: string; readonly phrase: string; readonly fact: string; readonly value: number | null; readonly hidden: boolean } {
  if (isAverage(row)) {
    const text = formatNumber(row.value, decimals);
    const per = perPeriod(row);
    const fact = per === null ? `${text} ${row.unit}` : `${text} ${per}${/\b(average|mean)\b/i.test(row.unit) ? " (average)" : ""}`;
    return { text, phrase: text, fact, value: row.value, hidden: false };
  }
  const r = released(row.value, policy);
  return { text: r.text, phrase: countPhrase(r), fact: r.text, value: r.value, hidden: isHidden({ count: row.value }, policy) };
}

/** The target status by polarity, from the exact value: met, not met, or null when the measure has no direction (or no target). */
function targetStatus(row: ServiceVolume): "met" | "not-met" | null {
  if (row.target === undefined || row.polarity === "no-judgement") return null;
  const met = row.polarity === "higher-is-better" ? row.value >= row.target : row.value <= row.target;
  return met ? "met" : "not-met";
}

/** One measure's assessment: its table row, sentences, fact and target status. */
interface Assessed {
  readonly row: ServiceVolume;
  readonly cells: readonly string[];
  readonly findings: readonly string[];
  readonly fact: LocalFact;
  readonly status: "met" | "not-met" | null;
  readonly summary: string;
}

/**
 * The service-volumes section: for each measure of the focus area, its latest value against its
 * target (variance = actual − target, met or not met by the measure's polarity) and the change
 * from the previous period of the same length, tested with the exact conditional test when the
 * value is a count (an average such as cases per month is not a count and is never tested as one).
 * Counts are released under the policy; the variance, target status and change are worked out
 * from the exact values, and not shown where the count they use is hidden.
 *
 * @param input - The local sections' input (its `services` rows, already checked).
 * @returns The section, or null when there are no service-volume rows.
 */
export function serviceSection(input: LocalSectionsInput): LocalSection | null {
  const rows = input.services ?? [];
  if (rows.length === 0) return null;
  const policy = policyOf(input);
  const own = rows.filter((r) => r.area === undefined || r.area === input.area);
  const assessed: Assessed[] = [];
  for (const measure of unique(own.map((r) => r.measure))) {
    const series = own.filter((r) => r.measure === measure).sort((a, b) => compareRuns(a.period, b.period));
    const current = series.at(-1);
    if (current !== undefined) assessed.push(assess(input.area, current, series.length > 1 ? (series.at(-2) ?? null) : null, policy));
  }
  const others = unique(rows.filter((r) => r.area !== undefined && r.area !== input.area).map((r) => r.area ?? ""));
  const findings = assessed.flatMap((a) => a.findings);
  if (assessed.length === 0) findings.push(`No service volumes for ${input.area} were given, so none are assessed.`);
  const judged = assessed.filter((a) => a.status !== null);
  const missed = judged.filter((a) => a.status === "not-met");
  let verdict: LocalVerdict | null = null;
  if (judged.length > 0) {
    const count = `${judged.length - missed.length} of ${judged.length} target${judged.length === 1 ? "" : "s"} met`;
    const detail = missed.length === 0 ? "" : `; not met: ${listWords(missed.map((a) => a.summary))}`;
    if (judged.length > 1) findings.push(`${count.charAt(0).toUpperCase()}${count.slice(1)}${detail}.`);
    verdict = {
      kind: "target",
      word: missed.length === 0 ? "met" : "not-met",
      explanation: judged.length === 1 ? (judged[0]?.findings[0] ?? "") : `Service volumes in ${input.area}: ${count}${detail}.`,
    };
  }
  const table: LocalTable = {
    id: "local-service-volumes",
    caption: `Service volumes in ${input.area}: latest period against target and the previous period`,
    header: ["Measure", "Period", "Value", "Target", "Variance (actual − target)", "Target status", "Previous period", "Change"],
    rows: assessed.map((a) => a.cells),
    numeric: [false, false, true, true, true, false, true, true],
    emphasis: -1,
    notes: [
      ...(assessed.some((a) => isAverage(a.row)) ? ["An average (such as cases per month) is shown as given: it is not a count."] : []),
      ...(assessed.some((a) => !isAverage(a.row)) && roundsCounts(policy)
        ? ["Variance, target status and change are worked out from the exact values, so they may differ slightly from the rounded counts shown."]
        : []),
    ],
  };
  const notes = [
    "Variance is the actual value minus the target: a target is met at or above it for a measure where higher is better (more victims supported), at or below it where lower is better.",
    "A change in a count from the previous period of the same length is tested with the exact conditional test of the two counts (two-sided, 95% level); an average such as cases per month is not a count, so no such test is applied to it.",
  ];
  if (others.length > 0) notes.push(`Rows for ${listWords(others)} are not assessed here: service volumes are assessed for ${input.area} only.`);
  return kindSection(input, "service-volumes", {
    name: "Service volumes",
    period: unique(assessed.map((a) => runWords(a.row.period))).join("; "),
    facts: assessed.map((a) => a.fact),
    findings,
    tables: assessed.length === 0 ? [] : [table],
    notes,
    verdict,
  });
}

function assess(area: string, current: ServiceVolume, prior: ServiceVolume | null, policy: DisclosurePolicy): Assessed {
  const decimals = averageDecimals(current.value, ...(prior === null ? [] : [prior.value]));
  const now = shownValue(current, policy, decimals);
  // The status and variance come from the exact value; a hidden count has neither (either would narrow it down).
  const status = now.hidden ? null : targetStatus(current);
  const findings: string[] = [];
  const when = runWords(current.period);
  let variance = "–";
  if (now.hidden) {
    variance = current.target === undefined ? "–" : now.text;
    const target = current.target === undefined ? "" : `, so it is not judged against the target of ${plainNumber(current.target)}`;
    findings.push(
      `${current.measureName} in ${area} in ${when}: the number of ${current.unit} is not shown (${now.text}) under the disclosure policy${target}.`,
    );
  } else {
    let head = `${current.measureName} in ${area}: ${now.phrase} ${current.unit} in ${when}`;
    if (current.target !== undefined) {
      const diff = current.value - current.target;
      variance = formatNumber(diff, isAverage(current) ? 2 : 0, { signed: true, trim: true });
      const gap = diff === 0 ? ", exactly the target" : `, ${plainNumber(Math.abs(diff))} ${diff > 0 ? "above" : "below"} it`;
      const verdict =
        status === null
          ? "no target status is given, because neither direction is judged better for this measure"
          : `the target was ${status === "met" ? "met" : "not met"} (${current.polarity === "higher-is-better" ? "higher" : "lower"} is better)`;
      head += ` against a target of ${plainNumber(current.target)}${gap}: ${verdict}`;
    }
    findings.push(`${head}.`);
  }
  let change = "–";
  let previous = "–";
  if (prior !== null) {
    const before = shownValue(prior, policy, decimals);
    previous = `${before.text} (${runLabel(prior.period)})`;
    const sameLength = runLength(prior.period) === runLength(current.period);
    if (now.hidden || before.hidden) change = now.hidden ? now.text : before.text;
    else change = formatNumber(current.value - prior.value, isAverage(current) ? 2 : 0, { signed: true, trim: true });
    const direction = current.value > prior.value ? "Up from" : current.value < prior.value ? "Down from" : "The same as";
    // Whether it rose or fell would narrow a hidden count down: a hidden count is only set beside the other.
    const was =
      now.hidden || before.hidden ? `Against ${before.phrase} in ${runWords(prior.period)}` : `${direction} ${before.phrase} in ${runWords(prior.period)}`;
    if (isAverage(current) || isAverage(prior)) {
      findings.push(`${was}; an average is not a count, so the change is not tested.`);
    } else if (!sameLength) {
      findings.push(`${was}, a period of a different length, so the change is not tested.`);
    } else if (now.hidden || before.hidden) {
      findings.push(`${was}; the change is not shown because a count it uses is hidden.`);
    } else {
      const months = runLength(current.period);
      const test = classifyChange({ count: prior.value, population: months }, { count: current.value, population: months });
      findings.push(`${was}: ${test.explanation}.`);
    }
  }
  const per = isAverage(current) ? perPeriod(current) : null;
  const summary = `${current.measureName} (${now.text}${per === null ? "" : ` ${per}`} against ${plainNumber(current.target ?? 0)})`;
  return {
    row: current,
    cells: [
      current.measureName,
      runLabel(current.period),
      `${now.text} ${current.unit}`,
      current.target === undefined ? "–" : plainNumber(current.target),
      variance,
      now.hidden && current.target !== undefined
        ? "Not shown"
        : status === null
          ? current.target === undefined
            ? "No target"
            : "Not judged"
          : status === "met"
            ? "Met"
            : "Not met",
      previous,
      change,
    ],
    findings,
    fact: {
      label: `${current.measureName}, ${runLabel(current.period)}`,
      text: now.fact,
      value: now.value,
      method: isAverage(current) ? `${current.unit}, as given` : `${current.unit}, a count`,
    },
    status,
    summary,
  };
}
