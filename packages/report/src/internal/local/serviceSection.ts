import type { DisclosurePolicy } from "@crimestats/disclosure";
import { formatNumber } from "@crimestats/internal";
import { classifyChange } from "@crimestats/rates";
import type { ServiceVolume } from "@crimestats/schema";
import type { LocalFact, LocalSection, LocalSectionsInput, LocalTable, LocalVerdict } from "../../localTypes.js";
import { listWords, unique } from "../sections/words.js";
import { countPhrase, kindSection, plainNumber, policyOf } from "./localText.js";
import { compareRuns, runLabel, runLength, runWords } from "./monthRuns.js";
import { released } from "./released.js";

/**
 * True when the value is an average (MARAC cases per month), not a count: a fraction, or a unit
 * that says so ("average", "mean", "per …"). An average is shown as given, never disclosed as a
 * count and never tested as one.
 */
function isAverage(row: ServiceVolume): boolean {
  return !Number.isInteger(row.value) || /\b(average|mean|per)\b/i.test(row.unit);
}

/** A value as shown: a count released under the policy, an average as given (to 2 places, zeros dropped). */
function shownValue(row: ServiceVolume, policy: DisclosurePolicy): { readonly text: string; readonly phrase: string; readonly value: number | null } {
  if (isAverage(row)) return { text: plainNumber(row.value), phrase: plainNumber(row.value), value: row.value };
  const r = released(row.value, policy);
  return { text: r.text, phrase: countPhrase(r), value: r.value };
}

/** The target status by polarity: met, not met, or null when the measure has no direction (or no target). */
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
 * Counts are released under the policy.
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
    notes: assessed.some((a) => isAverage(a.row)) ? ["An average (such as cases per month) is shown as given: it is not a count."] : [],
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
  const now = shownValue(current, policy);
  const status = targetStatus(current);
  const findings: string[] = [];
  let head = `${current.measureName} in ${area}: ${now.phrase} ${current.unit} in ${runWords(current.period)}`;
  let variance = "–";
  if (current.target !== undefined) {
    const diff = now.value === null ? null : now.value - current.target;
    variance = diff === null ? "*" : formatNumber(diff, isAverage(current) ? 2 : 0, { signed: true, trim: true });
    const gap = diff === null ? "" : diff === 0 ? ", exactly the target" : `, ${plainNumber(Math.abs(diff))} ${diff > 0 ? "above" : "below"} it`;
    const verdict =
      status === null
        ? "no target status is given, because neither direction is judged better for this measure"
        : `the target was ${status === "met" ? "met" : "not met"} (${current.polarity === "higher-is-better" ? "higher" : "lower"} is better)`;
    head += ` against a target of ${plainNumber(current.target)}${gap}: ${verdict}`;
  }
  findings.push(`${head}.`);
  let change = "–";
  let previous = "–";
  if (prior !== null) {
    const before = shownValue(prior, policy);
    previous = `${before.text} (${runLabel(prior.period)})`;
    const sameLength = runLength(prior.period) === runLength(current.period);
    if (now.value !== null && before.value !== null) change = formatNumber(now.value - before.value, isAverage(current) ? 2 : 0, { signed: true, trim: true });
    const direction = current.value > prior.value ? "Up from" : current.value < prior.value ? "Down from" : "The same as";
    const was = `${direction} ${before.phrase} in ${runWords(prior.period)}`;
    if (isAverage(current) || isAverage(prior)) {
      findings.push(`${was}; an average is not a count, so the change is not tested.`);
    } else if (!sameLength) {
      findings.push(`${was}, a period of a different length, so the change is not tested.`);
    } else {
      const months = runLength(current.period);
      const test = classifyChange({ count: prior.value, population: months }, { count: current.value, population: months });
      findings.push(`${was}: ${test.explanation}.`);
    }
  }
  const summary = `${current.measureName} (${now.text} against ${plainNumber(current.target ?? 0)})`;
  return {
    row: current,
    cells: [
      current.measureName,
      runLabel(current.period),
      `${now.text} ${current.unit}`,
      current.target === undefined ? "–" : plainNumber(current.target),
      variance,
      status === null ? (current.target === undefined ? "No target" : "Not judged") : status === "met" ? "Met" : "Not met",
      previous,
      change,
    ],
    findings,
    fact: {
      label: `${current.measureName}, ${runLabel(current.period)}`,
      text: now.text,
      value: now.value,
      method: isAverage(current) ? `${current.unit}, as given` : `${current.unit}, a count`,
    },
    status,
    summary,
  };
}
