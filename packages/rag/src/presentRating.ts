import type { RagResult } from "./evaluate.js";
import { type RagScheme, type RagSchemeEntry, standardScheme } from "./schemes.js";
import type { RagStatus } from "./types.js";

/** How a rating is shown in a scheme: the scheme's entry plus the status it stands for. */
export interface RagPresentation extends RagSchemeEntry {
  /** The rating's status. */
  readonly status: RagStatus;
  /** Whether the entry is the scheme's separate "complete" entry. */
  readonly complete: boolean;
}

/**
 * How to show a rating in a scheme: its label, colours, symbol and definition. A green rating of
 * completed work uses the scheme's `complete` entry when it has one (blue in {@link bragScheme}).
 *
 * @param result - A rating, or anything with its `status` and `completed`.
 * @param scheme - The scheme (default {@link standardScheme}).
 * @returns The scheme entry with the status.
 * @throws Never.
 * @example
 * ```ts
 * presentRating({ status: "green", completed: true }, bragScheme).label;
 * //=> "Complete"
 * presentRating({ status: "green", completed: true }, harrowDeliveryPlan).label;
 * //=> "Green"
 * ```
 */
export function presentRating(
  result: Pick<RagResult, "status" | "completed">,
  scheme: RagScheme = standardScheme,
): RagPresentation {
  if (result.status === "green" && result.completed && scheme.complete !== undefined) {
    return { ...scheme.complete, status: "green", complete: true };
  }
  const entry = result.status === "not-rated" ? scheme.notRated : scheme[result.status];
  return { ...entry, status: result.status, complete: false };
}
