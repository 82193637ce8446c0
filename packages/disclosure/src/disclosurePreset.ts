import { describeValue } from "@crimestats/internal";
import { DisclosureError } from "./DisclosureError.js";
import { MAX_COUNT } from "./internal/policyMath.js";
import { optionsOf } from "./internal/validate.js";
import type { DisclosurePolicy } from "./disclosurePolicySchema.js";

/** The names of the built-in policies, named for what they do. */
export type DisclosurePresetName = "suppress-1-4-round-5" | "small-to-5-round-5" | "redact-0-7-round-5";

/** Options of {@link disclosurePreset}. */
export interface DisclosurePresetOptions {
  /**
   * `suppress-1-4-round-5` only: also suppress zeros ("between 0 and 4" read as including 0).
   * Default `false`: zeros are shown as 0.
   */
  readonly suppressZero?: boolean;
  /** The protection interval width (see {@link DisclosurePolicy.protectionWidth}). Default `5`. */
  readonly protectionWidth?: number;
}

/**
 * A built-in disclosure policy:
 *
 * - `suppress-1-4-round-5`: 1–4 → `"*"` (0 too with `suppressZero`), every other count to the
 *   nearest 5 (NHS FGM data below national level, "Rule B").
 * - `small-to-5-round-5`: 1–7 → 5, every other count (0 included) to the nearest 5 (the note under
 *   the NHS FGM table, "Rule A"); a non-zero count never shows as 0.
 * - `redact-0-7-round-5`: 0–7 → 0, then the nearest 5 (OpenSAFELY's `apply_sdc`, threshold 7,
 *   multiple 5).
 *
 * | count | 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12 | 13 |
 * |---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|
 * | `suppress-1-4-round-5` | 0 | * | * | * | * | 5 | 5 | 5 | 10 | 10 | 10 | 10 | 10 | 15 |
 * | … with `suppressZero` | * | * | * | * | * | 5 | 5 | 5 | 10 | 10 | 10 | 10 | 10 | 15 |
 * | `small-to-5-round-5` | 0 | 5 | 5 | 5 | 5 | 5 | 5 | 5 | 10 | 10 | 10 | 10 | 10 | 15 |
 * | `redact-0-7-round-5` | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 10 | 10 | 10 | 10 | 10 | 15 |
 *
 * @param name - The preset's name.
 * @param options - Zero handling and protection width.
 * @returns The policy, a plain JSON-serialisable object.
 * @throws {@link DisclosureError} (`unknown-preset`) for an unknown name, (`invalid-option`) for a bad option,
 * (`invalid-option`) for options that are not an object.
 * @example
 * ```ts
 * disclosurePreset("small-to-5-round-5");
 * //=> { id: "small-to-5-round-5", recode: { min: 1, max: 7, value: 5 }, round: { base: 5, mode: "nearest" }, protectionWidth: 5 }
 * ```
 */
export function disclosurePreset(name: DisclosurePresetName, options?: DisclosurePresetOptions): DisclosurePolicy {
  const opts = optionsOf(options, "disclosurePreset");
  const protectionWidth = opts.protectionWidth ?? 5;
  if (typeof protectionWidth !== "number" || !Number.isSafeInteger(protectionWidth) || protectionWidth < 0 || protectionWidth > MAX_COUNT) {
    throw new DisclosureError(
      "invalid-option",
      `Option "protectionWidth" is ${describeValue(protectionWidth)}; expected a non-negative integer of at most ${MAX_COUNT}.`,
      { field: "protectionWidth", value: describeValue(protectionWidth) },
    );
  }
  const round = { base: 5, mode: "nearest" } as const;
  switch (name) {
    case "suppress-1-4-round-5":
      return {
        id: name,
        suppress: { min: opts.suppressZero === true ? 0 : 1, max: 4, symbol: "*" },
        round,
        protectionWidth,
      };
    case "small-to-5-round-5":
      return { id: name, recode: { min: 1, max: 7, value: 5 }, round, protectionWidth };
    case "redact-0-7-round-5":
      return { id: name, recode: { min: 0, max: 7, value: 0 }, round, protectionWidth };
    default:
      throw new DisclosureError(
        "unknown-preset",
        `Disclosure preset ${describeValue(name)} is not known; expected "suppress-1-4-round-5", "small-to-5-round-5" or "redact-0-7-round-5".`,
        { field: "name", value: describeValue(name) },
      );
  }
}
