import { describeValue } from "@crimestats/internal";
import type { EvaluatePlanResult, PlanItemResult } from "./evaluatePlan.js";
import { RagError } from "./RagError.js";
import { checkRating } from "./internal/checkResult.js";
import { requireObject } from "./internal/common.js";

/** How many items have each status. */
export interface StatusCounts {
  /** Items rated red. */
  readonly red: number;
  /** Items rated amber. */
  readonly amber: number;
  /** Items rated green (complete ones included). */
  readonly green: number;
  /** Items not rated (each result says why). */
  readonly "not-rated": number;
  /** Of the green items, how many are green because complete. */
  readonly complete: number;
  /** All items. */
  readonly total: number;
}

/** The counts of one priority. */
export interface PrioritySummary {
  /** The priority's id. */
  readonly priority: string;
  /** Its counts, measures and actions together. */
  readonly counts: StatusCounts;
  /** Its measures' counts. */
  readonly measures: StatusCounts;
  /** Its actions' counts. */
  readonly actions: StatusCounts;
}

/** The result of {@link summarise}. */
export interface SummariseResult {
  /** One summary per priority, in order of first appearance. */
  readonly byPriority: readonly PrioritySummary[];
  /** All items together. */
  readonly overall: StatusCounts;
}

type MutableCounts = { -readonly [K in keyof StatusCounts]: number };

function empty(): MutableCounts {
  return { red: 0, amber: 0, green: 0, "not-rated": 0, complete: 0, total: 0 };
}

function add(counts: MutableCounts, item: PlanItemResult): void {
  counts[item.result.status] += 1;
  if (item.result.status === "green" && item.result.complete) counts.complete += 1;
  counts.total += 1;
}

/** The items of a plan result (or the list itself), each checked. */
function itemsOf(results: unknown): readonly PlanItemResult[] {
  const list: unknown = Array.isArray(results) ? results : requireObject(results, "results", "a plan result { items } or a list of its items")["items"];
  const path = Array.isArray(results) ? "results" : "results.items";
  if (!Array.isArray(list)) {
    throw new RagError("invalid-argument", `${path} is ${describeValue(list)}; expected an array of plan items.`, { path, value: list });
  }
  // Array.from makes holes undefined, so a hole is reported rather than skipped.
  const items = Array.from(list as unknown[]);
  items.forEach((raw, i) => {
    const at = `${path}[${i}]`;
    const item = requireObject(raw, at, "a plan item { priority, item, result }");
    if (typeof item["priority"] !== "string") {
      throw new RagError("invalid-argument", `${at}.priority is ${describeValue(item["priority"])}; expected the priority's id as text.`, {
        path: `${at}.priority`,
        value: item["priority"],
      });
    }
    if (item["item"] !== "measure" && item["item"] !== "action") {
      throw new RagError("invalid-argument", `${at}.item is ${describeValue(item["item"])}; expected "measure" or "action".`, {
        path: `${at}.item`,
        value: item["item"],
      });
    }
    checkRating(item["result"], `${at}.result`);
  });
  return items as readonly PlanItemResult[];
}

/**
 * Counts each status by priority (and overall), for a dashboard: red, amber, green and not rated,
 * with how many greens are complete. It counts each item's `result`, so manual overrides count.
 *
 * @param results - The result of {@link evaluatePlan}, or its `items`.
 * @returns Counts per priority, split into measures and actions, and overall.
 * @throws {@link RagError} `invalid-argument` when `results` is not a plan result or a list of its
 *   items (an item without a text `priority`, an `item` other than `"measure"` or `"action"`, or a
 *   `result` without a known `status` and a boolean `complete`); the message names the path.
 * @example
 * ```ts
 * summarise(evaluatePlan(plan, rules)).overall;
 * //=> { red: 0, amber: 0, green: 2, "not-rated": 0, complete: 1, total: 2 }
 * ```
 */
export function summarise(results: EvaluatePlanResult | readonly PlanItemResult[]): SummariseResult {
  const items = itemsOf(results);
  const overall = empty();
  const byPriority = new Map<string, { counts: MutableCounts; measures: MutableCounts; actions: MutableCounts }>();
  for (const item of items) {
    let entry = byPriority.get(item.priority);
    if (entry === undefined) {
      entry = { counts: empty(), measures: empty(), actions: empty() };
      byPriority.set(item.priority, entry);
    }
    add(overall, item);
    add(entry.counts, item);
    add(item.item === "measure" ? entry.measures : entry.actions, item);
  }
  return {
    byPriority: [...byPriority].map(([priority, e]) => ({ priority, counts: e.counts, measures: e.measures, actions: e.actions })),
    overall,
  };
}
