import { describeValue, formatNumber } from "@crimestats/internal";
import { BenchmarkError } from "./BenchmarkError.js";
import { assertObject } from "./internal/validate.js";

/** Options of {@link auditTotal}. */
export interface AuditTotalOptions {
  /**
   * The parts (and the total) were printed rounded half up to this many decimal places (a whole
   * number from 0 to 20): each can be off its exact value by up to half a unit in the last place,
   * 0.5 × 10^-decimals. Every figure must have at most this many places. Without `decimals` and
   * `rounded` the figures are taken as exact.
   */
  readonly decimals?: number | undefined;
  /**
   * The parts (and the total) were published rounded to the nearest multiple of this base (5 for
   * "rounded to the nearest 5"): each can be off its exact value by up to half the base. Every
   * figure must be a multiple of it. Not with `decimals`.
   */
  readonly rounded?: number | undefined;
  /**
   * Whether the total was printed rounded like the parts (default true). False for a total that
   * is exact by definition, such as the 100 that the shares of a whole make.
   */
  readonly totalRounded?: boolean | undefined;
  /**
   * What the total counts that the parts do not, in words (e.g. `"the fourth quarter (January to
   * March 2019)"`), when the parts are only part of it: the parts may then add up to less than
   * the total by any amount (the rest is taken to be 0 or more), but not to more than rounding
   * allows. The explanation names it.
   */
  readonly totalAlsoCovers?: string | undefined;
}

/**
 * Why the parts differ from the printed total, most specific first:
 *
 * - `rounding`: the difference is within what rounding the figures can make (`tolerance`).
 * - `part-of-total`: the parts add up to less than a total that also covers something they do not
 *   (`totalAlsoCovers`).
 * - `part-left-out`: the printed total is the sum without one part (`part`).
 * - `part-counted-twice`: the printed total is the sum with one part (`part`) added again.
 * - `transposed-digits`: the printed total is the sum with two adjacent digits swapped.
 * - `unexplained`: none of these gives the printed total.
 */
export type AuditTotalCause = "rounding" | "part-of-total" | "part-left-out" | "part-counted-twice" | "transposed-digits" | "unexplained";

/** The result of {@link auditTotal}. */
export interface AuditTotalResult {
  /** The printed total. */
  readonly published: number;
  /** The parts added up exactly (decimal arithmetic, no rounding). */
  readonly sum: number;
  /** `sum − published`: positive when the parts add up to more than the printed total. */
  readonly difference: number;
  /**
   * The largest difference rounding can make: (number of rounded figures) × half the rounding unit,
   * that is (n + 1) × 0.5 × 10^-decimals, or (n + 1) × base / 2 for figures rounded to a base, with
   * n parts and a rounded total (n × … when the total is exact); 0 when the figures are exact.
   */
  readonly tolerance: number;
  /** True when the parts can add up to the printed total: |difference| ≤ tolerance (only `difference ≤ tolerance` with `totalAlsoCovers`). */
  readonly consistent: boolean;
  /** Why the parts differ from the total, or null when they add up to it exactly. */
  readonly cause: AuditTotalCause | null;
  /** For `part-left-out` and `part-counted-twice`: the index of that part in `parts`; otherwise null. */
  readonly part: number | null;
  /** The decimal places the explanation writes the figures at. */
  readonly decimals: number;
  /** One sentence explaining the result, with the bound rounding allows. */
  readonly explanation: string;
}

/** A figure as an exact decimal: `units` × 10^-scale. */
interface Decimal {
  readonly digits: bigint;
  readonly places: number;
}

const NUMBER = /^(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/;

/** The exact decimal value of a finite number as `String` writes it. */
function toDecimal(x: number): Decimal {
  const match = NUMBER.exec(String(Math.abs(x))) as RegExpExecArray;
  const fraction = match[2] ?? "";
  const exponent = match[3] === undefined ? 0 : Number(match[3]);
  let digits = BigInt((match[1] as string) + fraction);
  let places = fraction.length - exponent;
  if (places < 0) {
    digits *= 10n ** BigInt(-places);
    places = 0;
  }
  return { digits: x < 0 ? -digits : digits, places };
}

const scaled = (d: Decimal, scale: number): bigint => d.digits * 10n ** BigInt(scale - d.places);
const abs = (x: bigint): bigint => (x < 0n ? -x : x);

/** `units × 10^-scale` as a number (the nearest double). */
function toNumber(units: bigint, scale: number): number {
  const negative = units < 0n;
  const value = Number(`${abs(units)}e-${scale}`);
  return negative ? -value : value;
}

/**
 * Checks whether printed parts add up to a printed total — the columns of a table, the lines of a
 * budget, shares that should make 100% — and reports the difference. The figures are added
 * exactly (decimal arithmetic, no rounding). When they were printed rounded, each can be off its
 * exact value by up to half the rounding unit, so the parts can differ from the total by up to
 * (n + 1) × 0.5 × 10^-decimals for n parts printed to `decimals` places and a total printed the
 * same way (n × 0.5 × 10^-decimals when the total is exact, as the 100 of shares is), and by up
 * to (n + 1) × base / 2 for figures published rounded to a base such as 5: a difference within
 * that bound is `rounding`, not an error (parts rounded separately need not add up to a total
 * rounded on its own). The bound assumes each figure is the nearest multiple of the unit; a rule
 * that prints small counts as the base itself (1–7 shown as 5) can be further off. A mismatch
 * beyond it gets its likely cause: a part left out, a part counted twice, two digits swapped, or
 * `unexplained`.
 *
 * @param parts - The printed parts (finite numbers, at least one).
 * @param total - The printed total.
 * @param options - `decimals` or `rounded` (how the figures were rounded; default exact),
 *   `totalRounded` (default true) and `totalAlsoCovers` (what the total counts beyond the parts).
 * @returns The exact sum, the difference from the total, the tolerance rounding allows, whether
 *   they are consistent, the cause and an explanation.
 * @throws {@link BenchmarkError} `invalid-argument` when `parts` is not an array of numbers;
 *   `empty-input` when it is empty; `invalid-number` for a part or total that is not finite, has
 *   more places than `decimals` or is not a multiple of `rounded`, or for a sum beyond the largest
 *   number; `invalid-option` for bad options, or `decimals` and `rounded` together.
 * @example
 * ```ts
 * const budget = auditTotal([266525, 186376], 452628);
 * [budget.sum, budget.difference, budget.consistent, budget.cause];
 * //=> [452901, 273, false, "unexplained"]
 * const shares = auditTotal([25.1, 25.1, 25, 25], 100, { decimals: 1, totalRounded: false });
 * [shares.difference, shares.tolerance, shares.consistent, shares.cause];
 * //=> [0.2, 0.2, true, "rounding"]
 * auditTotal([10, 15, 10], 30, { rounded: 5 }).tolerance;
 * //=> 10
 * ```
 */
export function auditTotal(parts: readonly number[], total: number, options: AuditTotalOptions = {}): AuditTotalResult {
  const fn = "auditTotal";
  assertObject(fn, "options", options);
  if (!Array.isArray(parts)) {
    throw new BenchmarkError("invalid-argument", `${fn}: parts must be an array of printed figures, got ${describeValue(parts)}.`, {
      name: "parts",
      value: parts,
    });
  }
  // Array.from visits holes too, so a hole is reported as a bad part.
  const list = Array.from(parts as readonly unknown[]);
  if (list.length === 0) throw new BenchmarkError("empty-input", `${fn}: parts must hold at least one figure, got an empty array.`, { name: "parts" });
  list.forEach((value, index) => {
    if (typeof value !== "number" || !Number.isFinite(value)) {
      throw new BenchmarkError("invalid-number", `${fn}: parts[${index}] must be a finite number, got ${describeValue(value)}.`, {
        name: "parts",
        index,
        value,
      });
    }
  });
  if (typeof total !== "number" || !Number.isFinite(total)) {
    throw new BenchmarkError("invalid-number", `${fn}: total must be a finite number, got ${describeValue(total)}.`, { name: "total", value: total });
  }
  const { decimals, rounded, totalRounded = true, totalAlsoCovers } = options;
  if (decimals !== undefined && (typeof decimals !== "number" || !Number.isInteger(decimals) || decimals < 0 || decimals > 20)) {
    throw new BenchmarkError("invalid-option", `${fn}: decimals must be a whole number from 0 to 20, got ${describeValue(decimals)}.`, {
      name: "decimals",
      value: decimals,
    });
  }
  if (rounded !== undefined && (typeof rounded !== "number" || !Number.isFinite(rounded) || rounded <= 0)) {
    throw new BenchmarkError(
      "invalid-option",
      `${fn}: rounded must be the base the figures were rounded to, a finite number above 0, got ${describeValue(rounded)}.`,
      {
        name: "rounded",
        value: rounded,
      },
    );
  }
  if (decimals !== undefined && rounded !== undefined) {
    throw new BenchmarkError("invalid-option", `${fn}: give decimals or rounded, not both (got decimals ${decimals} and rounded ${rounded}).`, {
      name: "rounded",
      value: rounded,
    });
  }
  if (typeof totalRounded !== "boolean") {
    throw new BenchmarkError("invalid-option", `${fn}: totalRounded must be true or false, got ${describeValue(totalRounded)}.`, {
      name: "totalRounded",
      value: totalRounded,
    });
  }
  if (totalAlsoCovers !== undefined && (typeof totalAlsoCovers !== "string" || totalAlsoCovers.trim() === "")) {
    throw new BenchmarkError(
      "invalid-option",
      `${fn}: totalAlsoCovers must be words saying what the total also counts, got ${describeValue(totalAlsoCovers)}.`,
      {
        name: "totalAlsoCovers",
        value: totalAlsoCovers,
      },
    );
  }

  const figures = (list as number[]).map(toDecimal);
  const printedTotal = toDecimal(total);
  const base = rounded === undefined ? null : toDecimal(rounded);
  const scale = Math.max(printedTotal.places, decimals ?? 0, base?.places ?? 0, ...figures.map((f) => f.places));
  const where = (index: number | null) => (index === null ? "total" : `parts[${index}]`);
  [...figures, printedTotal].forEach((figure, i) => {
    const index = i < figures.length ? i : null;
    const value = index === null ? total : (list[index] as number);
    if (decimals !== undefined && figure.places > decimals) {
      throw new BenchmarkError(
        "invalid-number",
        `${fn}: ${where(index)} ${describeValue(value)} has more decimal places than the ${decimals} given as decimals.`,
        {
          name: where(index),
          value,
          decimals,
        },
      );
    }
    if (base !== null && scaled(figure, scale) % scaled(base, scale) !== 0n) {
      throw new BenchmarkError("invalid-number", `${fn}: ${where(index)} ${describeValue(value)} is not a multiple of ${rounded}, the base given as rounded.`, {
        name: where(index),
        value,
        rounded,
      });
    }
  });

  const units = figures.map((f) => scaled(f, scale));
  const sumUnits = units.reduce((a, b) => a + b, 0n);
  const totalUnits = scaled(printedTotal, scale);
  const differenceUnits = sumUnits - totalUnits;
  const sum = toNumber(sumUnits, scale);
  const difference = toNumber(differenceUnits, scale);
  if (!Number.isFinite(sum) || !Number.isFinite(difference)) {
    throw new BenchmarkError("invalid-number", `${fn}: the parts add up to more than the largest number (${Number.MAX_VALUE}).`, { name: "parts" });
  }

  // The rounding unit in units of 10^-scale (0 for exact figures); the bound is count × unit / 2.
  const unit = base !== null ? scaled(base, scale) : decimals !== undefined ? 10n ** BigInt(scale - decimals) : 0n;
  const rounding = unit === 0n ? 0 : units.length + (totalRounded ? 1 : 0);
  const twiceTolerance = BigInt(rounding) * unit;
  const tolerance = toNumber(twiceTolerance * 5n, scale + 1);
  const within = (gap: bigint) => 2n * abs(gap) <= twiceTolerance;
  const partial = totalAlsoCovers !== undefined;
  const consistent = partial ? 2n * differenceUnits <= twiceTolerance : within(differenceUnits);

  let cause: AuditTotalCause | null = null;
  let part: number | null = null;
  if (consistent) {
    if (differenceUnits !== 0n) cause = within(differenceUnits) ? "rounding" : "part-of-total";
  } else {
    const left = units.findIndex((u) => u !== 0n && units.length > 1 && within(sumUnits - u - totalUnits));
    const twice = units.findIndex((u) => u !== 0n && within(sumUnits + u - totalUnits));
    if (left >= 0) [cause, part] = ["part-left-out", left];
    else if (twice >= 0) [cause, part] = ["part-counted-twice", twice];
    else if (unit === 0n && swapsTo(totalUnits, sumUnits)) cause = "transposed-digits";
    else cause = "unexplained";
  }
  const shown = Math.min(20, decimals ?? (base !== null ? base.places : scale));
  const explanation = explain({
    n: units.length,
    sum,
    total,
    difference,
    tolerance,
    shown,
    decimals,
    rounded,
    totalRounded,
    totalAlsoCovers,
    cause,
    part: part === null ? null : { index: part, value: list[part] as number },
  });
  return { published: total, sum, difference, tolerance, consistent, cause, part, decimals: shown, explanation };
}

/** Whether swapping two adjacent digits of `from` gives `to` (same sign). */
function swapsTo(from: bigint, to: bigint): boolean {
  if (from < 0n !== to < 0n || from === to) return false;
  const digits = String(abs(from)).split("");
  const target = String(abs(to));
  for (let i = 0; i + 1 < digits.length; i++) {
    if (digits[i] === digits[i + 1]) continue;
    const swapped = [...digits];
    [swapped[i], swapped[i + 1]] = [digits[i + 1] as string, digits[i] as string];
    if (swapped.join("").replace(/^0+(?=\d)/, "") === target) return true;
  }
  return false;
}

interface Explain {
  readonly n: number;
  readonly sum: number;
  readonly total: number;
  readonly difference: number;
  readonly tolerance: number;
  readonly shown: number;
  readonly decimals: number | undefined;
  readonly rounded: number | undefined;
  readonly totalRounded: boolean;
  readonly totalAlsoCovers: string | undefined;
  readonly cause: AuditTotalCause | null;
  readonly part: { readonly index: number; readonly value: number } | null;
}

function explain(e: Explain): string {
  const f = (x: number) => formatNumber(x, e.shown);
  const parts = e.n === 1 ? "The 1 part adds" : `The ${e.n} parts add`;
  const plural = e.n === 1 ? "" : "s";
  const which = e.totalRounded ? `${e.n} part${plural} and the total` : `the ${e.n} part${plural}; the total is exact`;
  const count = e.n + (e.totalRounded ? 1 : 0);
  const places = e.rounded !== undefined ? e.shown + 1 : (e.decimals ?? 0) + 1;
  const half = formatNumber(e.rounded !== undefined ? e.rounded / 2 : 0.5 * 10 ** -(e.decimals ?? 0), places, { trim: true });
  const how =
    e.rounded !== undefined
      ? `rounded to the nearest ${formatNumber(e.rounded, e.shown, { trim: true })}`
      : `printed to ${e.decimals} decimal place${e.decimals === 1 ? "" : "s"}`;
  const bound =
    e.rounded === undefined && e.decimals === undefined
      ? "the figures are taken as exact, so rounding explains no difference"
      : `each figure ${how} can be off by up to ${half}, so rounding the ${count} figures (${which}) can make the parts differ from the total by up to ${formatNumber(e.tolerance, places, { trim: true })} (${count} × ${half})`;
  const also =
    e.totalAlsoCovers === undefined
      ? ""
      : `; the total also covers ${e.totalAlsoCovers.trim().replace(/\.$/, "")}, which the parts do not, so it may exceed their sum but not fall short of it beyond rounding`;
  if (e.cause === null) return `${parts} up to ${f(e.sum)}, the printed total${also}.`;
  const head = `${parts} up to ${f(e.sum)} against a printed total of ${f(e.total)} (a difference of ${formatNumber(e.difference, e.shown, { signed: true })})`;
  switch (e.cause) {
    case "rounding":
      return `${head}: within rounding, since ${bound}${also}.`;
    case "part-of-total":
      return `${head}: the parts fall short of the total, which also covers ${(e.totalAlsoCovers ?? "").trim().replace(/\.$/, "")}; ${bound}.`;
    case "part-left-out":
      return `${head}: the printed total is the sum without part ${(e.part?.index ?? 0) + 1} (${f(e.part?.value ?? 0)}); ${bound}.`;
    case "part-counted-twice":
      return `${head}: the printed total is the sum with part ${(e.part?.index ?? 0) + 1} (${f(e.part?.value ?? 0)}) counted twice; ${bound}.`;
    case "transposed-digits":
      return `${head}: swapping two adjacent digits of the printed total gives the sum; ${bound}.`;
    case "unexplained":
      return `${head}: ${
        e.rounded === undefined && e.decimals === undefined
          ? "the figures are taken as exact, so rounding cannot explain it"
          : `more than rounding can make (${bound})`
      }, and no part left out or counted twice, nor two digits swapped, gives the printed total${also}.`;
  }
}
