import { formatNumber } from "@crimestats/internal";
import { changeContributions } from "@crimestats/rates";
import type { Drivers } from "../types.js";
import { listWords } from "./sections/words.js";

/** One part of a priority's total in both periods (an offence label, or a like-for-like group of labels merged). */
export interface DriverPart {
  readonly name: string;
  readonly previous: number;
  readonly current: number;
}

/** Share of the changes of one sign the named parts must cover together before the sentence stops naming more. */
const COVER = 0.75;
/** Most parts named on each side. */
const MOST = 4;

/** The largest parts (already sorted by size of change) that together make at least three quarters of these parts' change, at most four. */
function largest<T extends { readonly change: number }>(rows: readonly T[]): T[] {
  const total = rows.reduce((s, r) => s + Math.abs(r.change), 0);
  const named: T[] = [];
  let covered = 0;
  for (const r of rows) {
    if (named.length >= MOST || covered >= total * COVER) break;
    named.push(r);
    covered += Math.abs(r.change);
  }
  return named;
}

/**
 * What drove a priority's change (changeContributions of @crimestats/rates over its parts), with a
 * sentence naming the largest parts that moved with the total (enough to make three quarters of
 * the changes that way, at most four) and the largest that moved the other way (likewise), each
 * with its change. `null` for a priority of one part.
 */
export function drivers(parts: readonly DriverPart[], populations: { readonly previous: number; readonly current: number }, area: string): Drivers | null {
  if (parts.length < 2) return null;
  const c = changeContributions(parts, { previousPopulation: populations.previous, currentPopulation: populations.current, per: 1000 });
  const signed = (x: number): string => formatNumber(x, 0, { signed: true });
  const moved = c.rows.filter((r) => r.change !== 0);
  let explanation: string;
  if (c.change === 0) {
    explanation =
      moved.length === 0
        ? `No category of these offences in ${area} changed.`
        : `The total in ${area} did not change: ${listWords(moved.slice(0, MOST).map((r) => `${r.name} (${signed(r.change)})`))}${moved.length > MOST ? ` and ${moved.length - MOST} other${moved.length - MOST === 1 ? "" : "s"}` : ""} moved in ways that cancel out.`;
  } else {
    const direction = Math.sign(c.change);
    const item = (r: { readonly name: string; readonly change: number }): string => `${r.name} (${signed(r.change)})`;
    const named = largest(c.rows.filter((r) => Math.sign(r.change) === direction));
    const against = largest(c.rows.filter((r) => Math.sign(r.change) === -direction));
    const opposite = against.length === 0 ? "" : `; ${listWords(against.map(item))} moved the other way`;
    explanation = `The ${direction > 0 ? "rise" : "fall"} of ${formatNumber(Math.abs(c.change), 0)} offences in ${area} was driven by ${listWords(named.map(item))}${opposite}.`;
  }
  return {
    rows: c.rows.map((r) => ({ name: r.name, previous: r.previous, current: r.current, change: r.change, share: r.share, rateChange: r.rateChange })),
    explanation,
  };
}
