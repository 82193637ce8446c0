import { describeValue } from "@crimestats/internal";
import type { RagStatus } from "../types.js";
import { RagError } from "../RagError.js";
import { requireObject } from "./common.js";

/** The four statuses, in the order results list them. */
export const STATUSES: readonly RagStatus[] = ["red", "amber", "green", "not-rated"];

/** Checks a rating `{ status, complete }` as given back to the package: a known status and a boolean. */
export function checkRating(value: unknown, path: string): { status: RagStatus; complete: boolean } {
  const rating = requireObject(value, path, "a rating { status, complete }");
  if (!(STATUSES as readonly unknown[]).includes(rating["status"])) {
    throw new RagError("invalid-argument", `${path}.status is ${describeValue(rating["status"])}; expected one of "red", "amber", "green", "not-rated".`, {
      path: `${path}.status`,
      value: rating["status"],
    });
  }
  if (typeof rating["complete"] !== "boolean") {
    throw new RagError("invalid-argument", `${path}.complete is ${describeValue(rating["complete"])}; expected true or false.`, {
      path: `${path}.complete`,
      value: rating["complete"],
    });
  }
  return rating as { status: RagStatus; complete: boolean };
}
