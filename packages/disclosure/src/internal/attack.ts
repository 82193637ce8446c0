import { describeValue } from "@crimestats/internal";
import { DisclosureError } from "../DisclosureError.js";
import type { CellStatus } from "../cellStatusCode.js";
import type { DisclosurePolicy } from "../disclosurePolicySchema.js";
import type { ReleasedCell, TableRelation } from "../tableTypes.js";
import { FlowEngine, UNBOUNDED } from "./flow.js";
import { buildNetwork } from "./network.js";
import { MAX_COUNT, preimage, reachesProtected } from "./policyMath.js";
import { indexIds } from "./table.js";
import { checkArray, checkObject } from "./validate.js";

const STATUSES = new Set(["published", "rounded", "primary-suppressed", "secondary-suppressed", "suppressed", "structural-zero"]);

/** Whether `status` is one of the {@link CellStatus} values. */
export function isCellStatus(status: unknown): status is CellStatus {
  return typeof status === "string" && STATUSES.has(status);
}

/** Whether a status hides the figure (primary, secondary, or `suppressed` in published output). */
export function isSuppressed(status: unknown): boolean {
  return status === "primary-suppressed" || status === "secondary-suppressed" || status === "suppressed";
}

/** What the attacker knows about each released cell, as integer bounds. */
export function attackerBounds(cells: readonly ReleasedCell[], policy: DisclosurePolicy): { lo: Float64Array; hi: Float64Array; start: Float64Array } {
  const n = cells.length;
  const lo = new Float64Array(n);
  const hi = new Float64Array(n);
  const start = new Float64Array(n);
  cells.forEach((c, i) => {
    checkObject(c, `Released cell ${i}`);
    if (!isCellStatus(c.status)) {
      throw new DisclosureError("unknown-status", `Cell ${describeValue(c.id)} has status ${describeValue(c.status)}; expected a CellStatus.`, {
        cell: describeValue(c.id),
        status: describeValue(c.status),
      });
    }
    if (typeof c.display !== "string") {
      throw new DisclosureError("invalid-release", `Cell ${describeValue(c.id)} displays ${describeValue(c.display)}; expected a string.`, {
        cell: describeValue(c.id),
      });
    }
    if (isSuppressed(c.status)) {
      if (c.value !== null) {
        throw new DisclosureError("invalid-release", `Cell ${describeValue(c.id)} is ${c.status} but shows ${describeValue(c.value)}; expected null.`, {
          cell: describeValue(c.id),
        });
      }
      lo[i] = 0;
      hi[i] = UNBOUNDED;
      start[i] = 0;
      return;
    }
    const v = c.value;
    if (typeof v !== "number" || !Number.isSafeInteger(v) || v < 0 || v > MAX_COUNT) {
      throw new DisclosureError(
        "invalid-count",
        `Cell ${describeValue(c.id)} shows ${describeValue(v)}; expected a non-negative integer of at most ${MAX_COUNT} for a ${c.status} cell.`,
        { cell: describeValue(c.id), value: describeValue(v) },
      );
    }
    if (c.status === "rounded") {
      const range = preimage(v, policy);
      if (range === null) {
        throw new DisclosureError(
          "invalid-release",
          `Cell ${describeValue(c.id)} shows ${v}, which policy "${policy.id}" never produces; expected a figure the policy can give.`,
          { cell: describeValue(c.id), value: v },
        );
      }
      lo[i] = range[0];
      hi[i] = range[1];
      start[i] = Math.min(Math.max(v, range[0]), range[1]);
    } else {
      if (c.status === "structural-zero" && v !== 0) {
        throw new DisclosureError("invalid-count", `Cell ${describeValue(c.id)} is a structural zero but shows ${v}; expected 0.`, {
          cell: describeValue(c.id),
          value: v,
        });
      }
      lo[i] = v;
      hi[i] = v;
      start[i] = v;
    }
  });
  return { lo, hi, start };
}

/** Builds the attacker's flow engine at a feasible point, or throws inconsistent-margins. */
export function attackerEngine(cells: readonly ReleasedCell[], relations: readonly TableRelation[], policy: DisclosurePolicy): FlowEngine {
  checkArray(cells, "The released cells");
  checkArray(relations, "The relations");
  for (const [i, c] of cells.entries()) checkObject(c, `Released cell ${i}`);
  const ids = cells.map((c) => c.id);
  const index = indexIds(ids);
  const net = buildNetwork(ids, index, relations);
  const { lo, hi, start } = attackerBounds(cells, policy);
  const engine = new FlowEngine(net, lo, hi, start);
  const bad = engine.makeFeasible();
  if (bad >= 0) {
    const rel = bad <= 0 ? undefined : relations[bad - 1];
    const name = rel === undefined ? "(none)" : `"${rel.total}"`;
    throw new DisclosureError(
      "inconsistent-margins",
      `No table of counts fits the released figures: the relation of total ${name} cannot hold with the released cells; expected totals that add up.`,
      { cell: rel?.total ?? null },
    );
  }
  return engine;
}

/** The audited interval of cell `i`: `upper` (and so `width`) is `null` when nothing bounds it. */
export function auditedInterval(engine: FlowEngine, i: number): { lower: number; upper: number | null; width: number | null } {
  const [lower, up] = engine.interval(i);
  const upper = up >= UNBOUNDED / 2 ? null : up;
  return { lower, upper, width: upper === null ? null : upper - lower };
}

/**
 * Whether an audited interval discloses: bounded, narrower than the protection width, and reaching
 * into the policy's suppression or recode range.
 */
export function isDisclosed(
  interval: { readonly lower: number; readonly upper: number | null; readonly width: number | null },
  protectionWidth: number,
  policy: DisclosurePolicy,
): boolean {
  const { lower, upper, width } = interval;
  return width !== null && width < protectionWidth && reachesProtected(lower, upper ?? Number.POSITIVE_INFINITY, policy);
}
