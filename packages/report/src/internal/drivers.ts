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

/** Share of the total change the named parts must cover together before the sentence stops naming more. */
const COVER = 0.75;
/** Most parts named as drivers. */
const MOST = 3;

/** "BURGLARY IN A DWELLING" → "burglary in a dwelling"; a label in mixed case keeps its case. */
export function readableName(label: string): string {
  return label === label.toUpperCase() ? label.toLowerCase() : label;
}

/**
 * What drove a priority's change (changeContributions of @crimestats/rates over its parts), with a
 * sentence naming the largest parts that moved with the total, enough to cover three quarters of
 * the change (at most three), and those that moved the other way. `null` for a priority of one part.
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
    const withTotal = c.rows.filter((r) => Math.sign(r.change) === direction);
    const against = c.rows.filter((r) => Math.sign(r.change) === -direction);
    const named: typeof withTotal = [];
    let covered = 0;
    for (const r of withTotal) {
      if (named.length >= MOST || Math.abs(covered) >= Math.abs(c.change) * COVER) break;
      named.push(r);
      covered += r.change;
    }
    const rest = withTotal.length - named.length;
    const items = named.map((r) => `${r.name} (${signed(r.change)})`);
    if (rest > 0) items.push(`${rest} other categor${rest === 1 ? "y" : "ies"}`);
    const opposite =
      against.length === 0
        ? ""
        : `; ${against[0]?.name ?? ""} (${signed(against[0]?.change ?? 0)})${against.length > 1 ? ` and ${against.length - 1} other categor${against.length === 2 ? "y" : "ies"}` : ""} moved the other way`;
    explanation = `The ${direction > 0 ? "rise" : "fall"} of ${formatNumber(Math.abs(c.change), 0)} offences in ${area} was driven by ${listWords(items)}${opposite}.`;
  }
  return {
    rows: c.rows.map((r) => ({ name: r.name, previous: r.previous, current: r.current, change: r.change, share: r.share, rateChange: r.rateChange })),
    explanation,
  };
}
