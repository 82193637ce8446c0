/**
 * How well a category of one classification corresponds to its counterpart in another:
 *
 * - `exact`: the same offences.
 * - `many-to-one`: every offence of the source falls in the target, which also holds others
 *   (MPS `BURGLARY IN A DWELLING` → police.uk `burglary`).
 * - `partial`: only some of the source's offences fall in the target; the rest go to other
 *   categories or have no counterpart (police.uk `vehicle-crime` → MOPAC 7 "Theft of a motor
 *   vehicle").
 */
export type CrosswalkMatch = "exact" | "many-to-one" | "partial";

/**
 * One row of a crosswalk table: a source category code, its counterpart (`null` for a part of
 * the source with no counterpart) and how good the match is. A source that splits has one row per
 * part, each `partial`. `validFrom`/`validTo` limit the row to the months it applies to (the
 * data.police.uk category sets of 2010–11 and 2011–13, the 2017 burglary change).
 */
export interface CrosswalkRow {
  /** The source category code. */
  readonly from: string;
  /** The target category code, or `null` for a part with no counterpart. */
  readonly to: string | null;
  /** How good the match is; absent when `to` is `null`. */
  readonly match?: CrosswalkMatch;
  /** First month the row applies to (`"YYYY-MM"`); absent = from the start. */
  readonly validFrom?: string;
  /** Last month the row applies to (`"YYYY-MM"`); absent = still current. */
  readonly validTo?: string;
}

/**
 * A crosswalk from one taxonomy to another (by taxonomy `id`). Every category of the source
 * taxonomy has at least one row, so a missing counterpart is explicit (`to: null`), never a gap.
 */
export interface CrosswalkTable {
  /** The `id` of the source taxonomy. */
  readonly from: string;
  /** The `id` of the target taxonomy. */
  readonly to: string;
  /** The rows. */
  readonly rows: readonly CrosswalkRow[];
}
