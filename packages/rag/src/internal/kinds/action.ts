import { describeValue } from "@crimestats/internal";
import { isMonthKey, month, monthsBetween } from "@crimestats/periods";
import { RagError } from "../../RagError.js";
import type { Lifecycle } from "@crimestats/schema";
import type { ActionInput, ActionRow, RagResult, RuleInput } from "../../evaluate.js";
import type { ActionRule, RagColour } from "../../types.js";
import { STATUSES } from "../checkResult.js";
import { optionalOneOf, optionalString, requireObject, verdict } from "../common.js";
import { statusWord } from "../format.js";

const LIFECYCLES: readonly Lifecycle[] = ["new", "continue", "complete", "remove", "unknown"];
const ORDER: Readonly<Record<RagColour, number>> = { green: 0, amber: 1, red: 2 };

/** A date or month read: its month key and a label (`"10 Jan 2019"`, `"Jan 2019"`). */
type DateRead = { key: string; label: string };

/** The number of days in the month "YYYY-MM" (Gregorian, leap years included). */
function daysInMonth(key: string): number {
  const year = Number(key.slice(0, 4));
  const m = Number(key.slice(5, 7));
  return new Date(Date.UTC(year, m, 0)).getUTCDate();
}

/** `"2019-01-10"` or `"2019-01"` → its month key and a label (`"10 Jan 2019"`), or null if neither. */
function readDate(text: unknown): DateRead | null {
  if (typeof text !== "string") return null;
  const match = /^(\d{4}-\d{2})(?:-(\d{2}))?$/.exec(text);
  if (match === null || !isMonthKey(match[1])) return null;
  const key = match[1]!;
  const day = match[2] === undefined ? undefined : Number(match[2]);
  if (day !== undefined && (day < 1 || day > daysInMonth(key))) return null;
  const label = month(key).label;
  return { key, label: day === undefined ? label : `${day} ${label}` };
}

/**
 * The deadline of a review point, or null when it sets none: a `"YYYY-MM"` text, or a `Due` of
 * `@crimestats/schema` of kind `month` or `months` (the last listed month).
 */
function readDue(due: unknown, path: string): DateRead | null {
  if (due === undefined || due === null) return null;
  if (typeof due === "string") {
    return readDate(due);
  }
  if (typeof due === "object" && !Array.isArray(due)) {
    const d = due as { kind?: unknown; month?: unknown; months?: unknown };
    if (d.kind === "month" && isMonthKey(d.month)) return { key: d.month, label: month(d.month).label };
    if (d.kind === "months" && Array.isArray(d.months) && d.months.length > 0 && d.months.every((m) => isMonthKey(m))) {
      // biome-ignore lint/complexity/useMathMinMax: the latest "YYYY-MM" key by string order; Math.max would turn the keys into NaN
      const last = (d.months as string[]).reduce((a, b) => (b > a ? b : a));
      return { key: last, label: month(last).label };
    }
    if (d.kind === "ongoing" || d.kind === "cadence" || d.kind === "unknown") return null;
  }
  throw new RagError(
    "invalid-argument",
    `${path} is ${describeValue(due)}; expected a month "YYYY-MM", text, or { kind: "month", month } / { kind: "months", months } / { kind: "ongoing" | "cadence" | "unknown" }.`,
    { path, value: due },
  );
}

/** The action row, checked, with its deadline and progress dates read. */
function readAction(raw: unknown, path: string): { action: ActionRow; due: DateRead | null; dates: DateRead[] } {
  const action = requireObject(raw, path, "an action row { lifecycle, rag?, due?, progress? }") as unknown as ActionRow;
  if (!LIFECYCLES.includes(action.lifecycle)) {
    throw new RagError(
      "invalid-argument",
      `${path}.lifecycle is ${describeValue(action.lifecycle)}; expected one of ${LIFECYCLES.map((l) => `"${l}"`).join(", ")}.`,
      { path: `${path}.lifecycle`, value: action.lifecycle },
    );
  }
  optionalString(action.id, `${path}.id`);
  optionalOneOf(action.rag, STATUSES, `${path}.rag`);
  const due = readDue(action.due, `${path}.due`);
  const dates: DateRead[] = [];
  if (action.progress !== undefined) {
    if (!Array.isArray(action.progress)) {
      throw new RagError("invalid-argument", `${path}.progress is ${describeValue(action.progress)}; expected an array of updates.`, {
        path: `${path}.progress`,
        value: action.progress,
      });
    }
    action.progress.forEach((update, index) => {
      const date = (update as { date?: unknown } | null)?.date;
      const read = readDate(date);
      if (read === null) {
        throw new RagError(
          "invalid-argument",
          `${path}.progress[${index}].date is ${describeValue(date)}; expected a date "YYYY-MM-DD" or a month "YYYY-MM".`,
          { path: `${path}.progress[${index}].date`, value: date },
        );
      }
      dates.push(read);
    });
  }
  return { action, due, dates };
}

export function evaluateAction(rule: ActionRule, raw: RuleInput, path: string, actionPath = `${path}.action`): RagResult {
  const input = requireObject(raw, path, "an action input { action, asOf }") as unknown as ActionInput;
  const { action, due, dates } = readAction(input.action, actionPath);
  if (!isMonthKey(input.asOf)) {
    throw new RagError("invalid-month", `${path}.asOf is ${describeValue(input.asOf)}; expected a month "YYYY-MM".`, {
      path: `${path}.asOf`,
      value: input.asOf,
    });
  }
  const asOf = input.asOf;
  const asOfLabel = month(asOf).label;
  const name = action.id === undefined ? "the action" : `action ${action.id}`;
  const manual = action.rag === "red" || action.rag === "amber" || action.rag === "green" ? action.rag : null;
  const recorded = manual === null ? "" : `; the plan records ${statusWord(manual)}`;

  if (action.lifecycle === "remove") {
    return verdict("not-rated", "removed", `${name} was removed from the plan`, rule, raw);
  }
  if (action.lifecycle === "complete") {
    const note = manual !== null && manual !== "green" ? recorded : "";
    return verdict("green", "complete", `${name} is complete${note}`, rule, raw, true);
  }
  const useManual = rule.manualRating !== "ignore" && manual !== null;
  if (action.lifecycle === "unknown") {
    if (useManual) {
      return verdict(manual, "manual", `${name} has an unknown lifecycle status, rated ${statusWord(manual)} in the plan`, rule, raw);
    }
    return verdict("not-rated", "unknown-lifecycle", `${name} has an unknown lifecycle status and no rating`, rule, raw);
  }
  if (due !== null && monthsBetween(due.key, asOf) > 0) {
    return verdict("red", "overdue", `${name} was due by ${due.label} and is not complete (as of ${asOfLabel})${recorded}`, rule, raw);
  }
  let stale: string | null = null;
  if (rule.staleAfterMonths !== undefined) {
    const latest = dates.reduce<DateRead | null>((best, d) => (best === null || d.key > best.key ? d : best), null);
    const months = rule.staleAfterMonths;
    if (latest === null) {
      if (action.lifecycle !== "new") stale = `${name} has no progress update (updates are expected at least every ${months} month(s))`;
    } else if (monthsBetween(latest.key, asOf) > months) {
      stale = `${name} has had no progress update since ${latest.label}, more than ${months} month(s) before ${asOfLabel}`;
    }
  }
  if (useManual) {
    if (stale !== null && ORDER.amber > ORDER[manual]) {
      return verdict("amber", "stale", `${stale}${recorded}`, rule, raw);
    }
    return verdict(manual, "manual", `${name} is rated ${statusWord(manual)} in the plan${stale === null ? "" : ` (${stale})`}`, rule, raw);
  }
  if (stale !== null) return verdict("amber", "stale", `${stale}${recorded}`, rule, raw);
  if (action.lifecycle === "new") {
    return verdict("not-rated", "new", `${name} is a new action, not yet rated`, rule, raw);
  }
  if (manual !== null) {
    return verdict(
      "not-rated",
      "no-rating",
      `${name} is rated ${statusWord(manual)} in the plan, which this rule ignores, and nothing else rates it`,
      rule,
      raw,
    );
  }
  return verdict("not-rated", "no-rating", `${name} has no rating recorded`, rule, raw);
}
