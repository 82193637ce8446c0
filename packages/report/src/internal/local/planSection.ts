import { addMonths, monthIndex, type MonthKey } from "@crimestats/periods";
import type { DeliveryPlanAction, Due, Lead, RagRating } from "@crimestats/schema";
import type { LocalSection, LocalSectionsInput, LocalTable } from "../../localTypes.js";
import { capitalise, monthWords, unique } from "../sections/words.js";
import { kindSection } from "./localText.js";

/** Where an action stands at the date the plan is judged at. */
export type ActionStatus = "complete" | "removed" | "overdue" | "due soon" | "on schedule" | "no date";

/** The RAG ratings as printed: a symbol and the word (kept on one line), so no reader depends on colour. */
const RAG_TEXT: Readonly<Record<RagRating, string>> = {
  red: "▲\u00a0Red",
  amber: "◆\u00a0Amber",
  green: "●\u00a0Green",
  "not-rated": "○\u00a0Not rated",
};

const RAGS: readonly RagRating[] = ["red", "amber", "green", "not-rated"];
const STATUSES: readonly ActionStatus[] = ["complete", "overdue", "due soon", "on schedule", "no date", "removed"];

/** The last day of a month, `"YYYY-MM-DD"`. */
function lastDay(key: MonthKey): string {
  const [y, m] = key.split("-").map(Number) as [number, number];
  const day = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return `${key}-${String(day).padStart(2, "0")}`;
}

/** A date three months after `date` (the same day, or the month's last day when it has fewer). */
function threeMonthsAfter(date: string): string {
  const month = addMonths(date.slice(0, 7) as MonthKey, 3);
  const end = lastDay(month);
  const day = date.slice(8, 10);
  return day > end.slice(8, 10) ? end : `${month}-${day}`;
}

/** The month an action is due for the status: its month, or the next of several review months (the last when all have passed); null without one. */
function dueMonth(due: Due, asOf: string | null): MonthKey | null {
  if (due.kind === "month") return due.month;
  if (due.kind !== "months") return null;
  const months = [...due.months].sort((a, b) => monthIndex(a) - monthIndex(b));
  return (asOf === null ? undefined : months.find((m) => lastDay(m) >= asOf)) ?? months.at(-1) ?? null;
}

/**
 * The status of an action at `asOf` (`"YYYY-MM-DD"`): removed and complete as the plan says;
 * otherwise "no date" without a due month, "overdue" when its month ended before `asOf`, "due
 * soon" when it ends on `asOf` or within three months after it, else "on schedule".
 */
export function actionStatus(action: DeliveryPlanAction, asOf: string | null): ActionStatus {
  if (action.lifecycle === "remove") return "removed";
  if (action.lifecycle === "complete") return "complete";
  const month = dueMonth(action.due, asOf);
  if (month === null || asOf === null) return "no date";
  const end = lastDay(month);
  if (end < asOf) return "overdue";
  return end <= threeMonthsAfter(asOf) ? "due soon" : "on schedule";
}

/** The date the plan is judged at: `asOf`, else the last day of `end`, else of the latest month the plan names (due or progress); null when it names none. */
function judgedAt(input: LocalSectionsInput, plan: readonly DeliveryPlanAction[]): string | null {
  if (input.asOf !== undefined) return input.asOf;
  if (input.end !== undefined) return lastDay(input.end);
  const months: MonthKey[] = [];
  for (const a of plan) {
    if (a.due.kind === "month") months.push(a.due.month);
    if (a.due.kind === "months") months.push(...a.due.months);
    for (const p of a.progress) months.push(p.date.slice(0, 7) as MonthKey);
  }
  const latest = months.sort((a, b) => monthIndex(a) - monthIndex(b)).at(-1);
  return latest === undefined ? null : lastDay(latest);
}

/** A date in words: "2019-05-17" → "17 May 2019". */
function dateWords(date: string): string {
  return `${Number(date.slice(8, 10))} ${monthWords(date.slice(0, 7) as MonthKey)}`;
}

/** A lead as printed: "Name, Role, Organisation"; several joined by " / ". */
function leadsText(leads: readonly Lead[]): string {
  const text = leads.map((l) => [l.name, l.role, l.organisation].filter((x) => x !== undefined && x !== "").join(", ")).filter((x) => x !== "");
  return text.length === 0 ? "–" : text.join(" / ");
}

/** The due date as printed: the plan's wording when given, else the month(s), "Ongoing", the cadence or "Not known". */
function dueText(due: Due): string {
  if (due.text !== undefined && due.text.trim() !== "") return due.text;
  switch (due.kind) {
    case "month":
      return monthWords(due.month);
    case "months":
      return due.months.map(monthWords).join(", ");
    case "ongoing":
      return due.from === undefined ? "Ongoing" : `Ongoing from ${monthWords(due.from)}`;
    case "cadence":
      return `${due.cadence.charAt(0).toUpperCase()}${due.cadence.slice(1)}`;
    default:
      return "Not known";
  }
}

/** The latest progress update as printed: "17 May 2019: …", or "–". */
function latestProgress(action: DeliveryPlanAction): string {
  const latest = [...action.progress].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)).at(-1);
  return latest === undefined ? "–" : `${dateWords(latest.date)}: ${latest.text}`;
}

/** The priority an action serves: its `priority`, else its objective. */
function priorityOf(action: DeliveryPlanAction): string {
  return action.priority ?? `Objective ${action.objective}`;
}

/** "1 action", "3 actions". */
function actions(n: number): string {
  return `${n} action${n === 1 ? "" : "s"}`;
}

/** The counts of statuses in words, leaving out those with none: "6 complete, 3 overdue and 2 due soon". */
function statusWords(counts: ReadonlyMap<ActionStatus, number>): string {
  const words: Record<ActionStatus, string> = {
    complete: "complete",
    overdue: "overdue",
    "due soon": "due within the next three months",
    "on schedule": "on schedule",
    "no date": "with no due date",
    removed: "removed from the plan",
  };
  const parts = STATUSES.filter((s) => (counts.get(s) ?? 0) > 0).map((s) => `${counts.get(s) ?? 0} ${words[s]}`);
  return parts.length <= 1 ? (parts[0] ?? "none") : `${parts.slice(0, -1).join(", ")} and ${parts.at(-1) ?? ""}`;
}

/**
 * The delivery-plan section: per priority (the action's `priority`, else its objective) a table of
 * its actions (action, lead, due, status at the judging date, RAG as given with a symbol and its
 * word, latest progress), a summary table of the counts per priority, and sentences with the
 * counts. The RAG is the plan's own judgement, kept as given and never computed; the status is
 * worked out from the lifecycle and the due date: complete, removed, overdue (due before the
 * judging date), due soon (within three months after it), on schedule, or no date.
 *
 * @param input - The local sections' input (its `plan` rows, already checked; `asOf`, `end`).
 * @returns The section, or null when the plan has no actions.
 */
export function planSection(input: LocalSectionsInput): LocalSection | null {
  const plan = input.plan ?? [];
  if (plan.length === 0) return null;
  const asOf = judgedAt(input, plan);
  const priorities = unique(plan.map(priorityOf));
  const statusOf = new Map(plan.map((a) => [a, actionStatus(a, asOf)]));
  const tables: LocalTable[] = [];
  const summaryRows: string[][] = [];
  const findings: string[] = [];
  const all = new Map<ActionStatus, number>();
  const allRag = new Map<RagRating, number>();
  for (const [i, priority] of priorities.entries()) {
    const own = plan.filter((a) => priorityOf(a) === priority);
    const counts = new Map<ActionStatus, number>();
    const rags = new Map<RagRating, number>();
    for (const a of own) {
      const s = statusOf.get(a) ?? "no date";
      counts.set(s, (counts.get(s) ?? 0) + 1);
      all.set(s, (all.get(s) ?? 0) + 1);
      rags.set(a.rag, (rags.get(a.rag) ?? 0) + 1);
      allRag.set(a.rag, (allRag.get(a.rag) ?? 0) + 1);
    }
    tables.push({
      id: `local-delivery-plan-${i + 1}`,
      caption: `Delivery plan: ${priority}`,
      header: ["Action", "Lead", "Due", "Status", "RAG (as given)", "Latest progress"],
      rows: own.map((a) => [a.action, leadsText(a.leads), dueText(a.due), capitalise(statusOf.get(a) ?? "no date"), RAG_TEXT[a.rag], latestProgress(a)]),
      numeric: [false, false, false, false, false, false],
      emphasis: -1,
      notes: [],
    });
    summaryRows.push([priority, String(own.length), ...RAGS.map((r) => String(rags.get(r) ?? 0)), ...STATUSES.map((s) => String(counts.get(s) ?? 0))]);
    findings.push(`${priority}: ${actions(own.length)}, ${statusWords(counts)}.`);
  }
  const total = plan.length;
  summaryRows.push(["All priorities", String(total), ...RAGS.map((r) => String(allRag.get(r) ?? 0)), ...STATUSES.map((s) => String(all.get(s) ?? 0))]);
  const when = asOf === null ? "with no date to judge them at (the plan gives no due dates)" : `judged at ${dateWords(asOf)}`;
  findings.unshift(
    `The delivery plan has ${actions(total)} under ${priorities.length} ${priorities.length === 1 ? "priority" : "priorities"}; ${when}: ${statusWords(all)}.`,
  );
  const rated = RAGS.filter((r) => r !== "not-rated" && (allRag.get(r) ?? 0) > 0).map((r) => `${allRag.get(r) ?? 0} ${r}`);
  const unrated = allRag.get("not-rated") ?? 0;
  findings.splice(
    1,
    0,
    `RAG ratings, as given by the plan: ${rated.length === 0 ? "no action is rated" : `${rated.join(", ")}`}${unrated > 0 && rated.length > 0 ? `; ${unrated} not rated` : ""}${(allRag.get("red") ?? 0) === 0 && rated.length > 0 ? " (none red)" : ""}.`,
  );
  const summary: LocalTable = {
    id: "local-delivery-plan-summary",
    caption: `Delivery plan: actions by priority${asOf === null ? "" : `, at ${dateWords(asOf)}`}`,
    // Every status has a column, so each row's statuses add up to its actions (as its RAG columns do).
    header: ["Priority", "Actions", "Red", "Amber", "Green", "Not rated", ...STATUSES.map(capitalise)],
    rows: summaryRows,
    numeric: [false, ...Array.from({ length: 5 + STATUSES.length }, () => true)],
    emphasis: -1,
    notes: [],
  };
  return kindSection(input, "delivery-plan", {
    name: "Delivery plan",
    period: asOf === null ? "the plan as given" : `actions at ${dateWords(asOf)}`,
    facts: [
      { label: "Actions", text: String(total), value: total, method: "actions in the plan" },
      {
        label: "Overdue",
        text: String(all.get("overdue") ?? 0),
        value: all.get("overdue") ?? 0,
        method: asOf === null ? "no judging date" : `due before ${dateWords(asOf)} and not complete or removed`,
      },
    ],
    findings,
    tables: [summary, ...tables],
    notes: [
      "The RAG rating is printed as the plan gives it, with a symbol as well as its word; it is never computed here. The status is worked out from the plan's lifecycle and the due date: overdue when the due month ended before the judging date, due soon when it ends on the judging date or within the three months after it; an action that is ongoing, reviewed at a cadence or has no known date has no due date.",
    ],
    verdict: null,
  });
}
