import { describeValue } from "@crimestats/internal";
import type { RagStatus } from "../types.js";
import { RagError } from "../RagError.js";
import { requireObject } from "./common.js";

/** The four statuses, in the order results list them. */
export const STATUSES: readonly RagStatus[] = ["red", "amber", "green", "not-rated"];

/** Checks a rating `{ status, completed }` as given back to the package: a known status and a boolean. */
export function checkRating(value: unknown, path: string): { status: RagStatus; completed: boolean } {
  const rating = requireObject(value, path, "a rating { status, completed }");
  if (!(STATUSES as readonly unknown[]).includes(rating["status"])) {
    throw new RagError("invalid-argument", `${path}.status is ${describeValue(rating["status"])}; expected one of "red", "amber", "green", "not-rated".`, {
      path: `${path}.status`,
      value: rating["status"],
    });
  }
  if (typeof rating["completed"] !== "boolean") {
    throw new RagError("invalid-argument", `${path}.completed is ${describeValue(rating["completed"])}; expected true or false.`, {
      path: `${path}.completed`,
      value: rating["completed"],
    });
  }
  return rating as { status: RagStatus; completed: boolean };
}
