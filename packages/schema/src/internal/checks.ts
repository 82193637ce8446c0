import { describeValue } from "@crimestats/internal";
import type * as z from "zod/mini";

/** Reports on `key` unless exactly one of the optional fields `key` and `other` is given. */
export function exactlyOne<T extends object>(ctx: z.core.$RefinementCtx<T>, value: T, key: keyof T & string, other: keyof T & string): void {
  if ((value[key] === undefined) === (value[other] === undefined)) {
    ctx.issues.push({
      code: "custom",
      input: value,
      path: [key],
      message: value[key] === undefined ? `is missing (give a ${key} or a ${other})` : `is given together with ${other} (give one, not both)`,
    });
  }
}

/** Reports on `validTo` when it is before `validFrom` (both optional month keys). */
export function validToNotBeforeFrom(
  ctx: z.core.$RefinementCtx<unknown>,
  value: { readonly validFrom?: string | undefined; readonly validTo?: string | undefined },
): void {
  if (value.validFrom !== undefined && value.validTo !== undefined && value.validTo < value.validFrom) {
    ctx.issues.push({
      code: "custom",
      input: value.validTo,
      path: ["validTo"],
      message: `${describeValue(value.validTo)} is before validFrom ${describeValue(value.validFrom)}`,
    });
  }
}
