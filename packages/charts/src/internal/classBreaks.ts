import { formatNumber, roundDecimal } from "@crimestats/internal";
import { ckmeans } from "simple-statistics";
import { contrastRatio } from "../contrastRatio.js";
import { palette } from "../palette.js";

/** What {@link classBreaks} needs besides the values. */
export interface ClassBreaksOptions {
  /** How many classes are wanted (fewer are made when the values have fewer distinct display values). */
  readonly classes: number;
  /** Decimals the values are shown with: values are classed as shown, and breaks are numbers of that precision. */
  readonly decimals: number;
  /** `"sequential"` (low to high, Blues) or `"diverging"` (classes symmetric about zero, PuOr). Default `"sequential"`. */
  readonly scheme?: "sequential" | "diverging";
  /** Breaks given by the caller (finite, strictly ascending, 1 to 6 of them): used as they are. */
  readonly breaks?: readonly number[];
}

/** One class of a classed legend. */
interface LegendClass {
  /** Its lower break (included), or `null` for the first class. */
  readonly lower: number | null;
  /** Its upper break (not included), or `null` for the last class. */
  readonly upper: number | null;
  /** The legend label stating its breaks, e.g. `"5.0 to under 7.5"`, `"under 2.5"`, `"7.5 to 12.3"`, `"12.5 and over"`. */
  readonly label: string;
  /** Its fill colour from the palette's class colours. */
  readonly colour: string;
}

/** The classes of a set of values (from {@link classBreaks}). */
export interface ClassBreaksResult {
  /** The breaks between classes, ascending, each a number of the display precision (one fewer than the classes). */
  readonly breaks: readonly number[];
  /** The classes, low to high. */
  readonly classes: readonly LegendClass[];
  /** One sentence saying how the breaks were chosen, for a chart's notes. */
  readonly method: string;
  /** The index in `classes` of a value (classed as displayed: rounded half up to `decimals`). */
  readonly classOf: (value: number) => number;
}

/**
 * The classes of a classed map legend. Values are classed as they are shown (rounded half up to
 * `decimals`), so a value shown as "7.5" is never in a class "to under 7.5". Without given
 * `breaks`, the breaks are Jenks natural breaks computed by ckmeans (Wang and Song, "Ckmeans.1d.dp:
 * optimal k-means clustering in one dimension by dynamic programming", The R Journal 3(2), 2011;
 * `ckmeans` of simple-statistics), each moved to the roundest number of the display precision
 * between the last value of one cluster (excluded) and the first of the next (included): a class
 * runs from its lower break up to, not including, the next, so classes never overlap and no value
 * sits on a break it does not belong to. With fewer distinct values than classes, fewer classes are
 * made. The diverging scheme clusters the values' sizes (absolute values) into half as many classes
 * and mirrors the breaks about zero, so the classes are symmetric; an even number of classes has a
 * break at zero, an odd number a middle class around zero. Colours come from the palette's five
 * class colours (three to five classes take palette colours as they are; six or seven are
 * interpolated between neighbouring palette colours).
 *
 * Used by the choropleth and the hotspot map; the caller checks that the values are finite.
 *
 * @example
 * ```ts
 * classBreaks([1.2, 1.4, 5.1, 5.3, 9.8], { classes: 3, decimals: 1 }).classes.map((c) => c.label);
 * //=> ["1.2 to under 5.0", "5.0 to under 6.0", "6.0 to 9.8"]
 * ```
 */
export function classBreaks(values: readonly number[], options: ClassBreaksOptions): ClassBreaksResult {
  const { decimals } = options;
  const scheme = options.scheme ?? "sequential";
  const shown = values.map((value) => roundDecimal(value, decimals));
  let breaks: number[];
  let method: string;
  if (options.breaks !== undefined) {
    breaks = [...options.breaks];
    method = `Class breaks set by the author (${breaks.map((b) => formatBreak(b, decimals)).join(", ")}); each class runs from its lower break up to, not including, the next.`;
  } else if (scheme === "diverging") {
    const even = options.classes % 2 === 0;
    const half = even ? options.classes / 2 : (options.classes + 1) / 2;
    const sizes = shown.map(Math.abs);
    const outer = naturalBreaks(sizes, half, decimals).filter((b) => b > 0);
    breaks = [...outer.map((b) => -b).reverse(), ...(even && shown.length > 0 ? [0] : []), ...outer];
    method =
      "Class breaks are Jenks natural breaks (ckmeans, Wang and Song 2011) of the sizes of the values as shown, each moved to a round number between two classes and mirrored about zero so the classes are symmetric; each class runs from its lower break up to, not including, the next.";
  } else {
    breaks = naturalBreaks(shown, options.classes, decimals);
    method =
      "Class breaks are Jenks natural breaks (ckmeans, Wang and Song 2011) of the values as shown, each moved to a round number between two classes; each class runs from its lower break up to, not including, the next.";
  }
  const colours = classColours(scheme, breaks.length + 1);
  const min = shown.length === 0 ? null : Math.min(...shown);
  const max = shown.length === 0 ? null : Math.max(...shown);
  const classes = colours.map((colour, index): LegendClass => {
    const lower = index === 0 ? null : (breaks[index - 1] as number);
    const upper = index === breaks.length ? null : (breaks[index] as number);
    return { lower, upper, label: classLabel(lower, upper, min, max, decimals), colour };
  });
  const classOf = (value: number): number => {
    const rounded = roundDecimal(value, decimals);
    let index = 0;
    while (index < breaks.length && rounded >= (breaks[index] as number)) index++;
    return index;
  };
  return { breaks, classes, method, classOf };
}

/**
 * Up to `classes` − 1 breaks between the ckmeans clusters of the (display-rounded) values, each the
 * roundest number of the display precision above one cluster's last value and at most the next
 * cluster's first.
 */
function naturalBreaks(shown: readonly number[], classes: number, decimals: number): number[] {
  const distinct = new Set(shown).size;
  const k = Math.min(classes, distinct);
  if (k <= 1) return [];
  const clusters = ckmeans([...shown], k);
  const breaks: number[] = [];
  for (let i = 1; i < clusters.length; i++) {
    const below = Math.max(...(clusters[i - 1] as number[]));
    const above = Math.min(...(clusters[i] as number[]));
    if (above > below) breaks.push(roundestBetween(below, above, decimals));
  }
  return breaks;
}

/**
 * The roundest number with at most `decimals` decimals that is greater than `below` and at most
 * `above` (both numbers of that precision): the first step of 1, 2 or 5 times a power of ten,
 * largest first, with a multiple in that range.
 */
function roundestBetween(below: number, above: number, decimals: number): number {
  const scale = 10 ** decimals;
  const low = Math.round(below * scale);
  const high = Math.round(above * scale);
  for (let power = Math.ceil(Math.log10(Math.max(Math.abs(low), Math.abs(high), 1))) + 1; power >= 0; power--) {
    for (const factor of [5, 2, 1]) {
      const step = factor * 10 ** power;
      const candidate = (Math.floor(low / step) + 1) * step;
      if (candidate <= high) return roundDecimal(candidate / scale, decimals);
    }
  }
  /* c8 ignore next -- a step of 1 (one unit of the last decimal) always fits */
  return above;
}

/** A break as a label: with the display decimals, or more when the caller's break has more. */
function formatBreak(value: number, decimals: number): string {
  const own = /\.(\d+)$/.exec(String(value))?.[1]?.length ?? 0;
  return formatNumber(value, Math.max(decimals, Math.min(own, 10)));
}

/** A class's legend label from its breaks and the range of the shown values. */
function classLabel(lower: number | null, upper: number | null, min: number | null, max: number | null, decimals: number): string {
  const text = (value: number): string => formatBreak(value, decimals);
  if (lower === null && upper === null) {
    if (min === null || max === null) return "All values";
    return min === max ? text(min) : `${text(min)} to ${text(max)}`;
  }
  if (lower === null) return min !== null && min < (upper as number) ? `${text(min)} to under ${text(upper as number)}` : `under ${text(upper as number)}`;
  if (upper === null) {
    if (max === null || max < lower) return `${text(lower)} and over`;
    return max === lower ? text(lower) : `${text(lower)} to ${text(max)}`;
  }
  return `${text(lower)} to under ${text(upper)}`;
}

/**
 * `count` class colours of a scheme from the palette's five: three to five take palette colours
 * (evenly spaced along the five, rounded to the nearest), two the two ends, six or seven are
 * interpolated in RGB between neighbouring palette colours. One class (every value shown alike,
 * say all 0) takes the lightest sequential colour or the diverging middle: a single value has
 * nothing to stand out from, and a dark fill would read as a high one.
 */
export function classColours(scheme: "sequential" | "diverging", count: number): string[] {
  const ramp: readonly string[] = scheme === "diverging" ? palette.diverging : palette.sequential;
  const last = ramp.length - 1;
  if (count === 1) return [scheme === "diverging" ? (ramp[2] as string) : (ramp[0] as string)];
  return Array.from({ length: count }, (_, index) => {
    const position = (index * last) / (count - 1);
    if (count <= ramp.length) return ramp[Math.round(position)] as string;
    const lowIndex = Math.floor(position);
    const highIndex = Math.min(lowIndex + 1, last);
    return mix(ramp[lowIndex] as string, ramp[highIndex] as string, position - lowIndex);
  });
}

/** The colour a fraction `t` of the way from `a` to `b` (both `#rrggbb`), as `#rrggbb`. */
function mix(a: string, b: string, t: number): string {
  const channel = (hex: string, at: number): number => Number.parseInt(hex.slice(at, at + 2), 16);
  const parts = [1, 3, 5].map((at) => Math.round(channel(a, at) + (channel(b, at) - channel(a, at)) * t));
  return `#${parts.map((part) => part.toString(16).padStart(2, "0")).join("")}`;
}

/** The text colour that stands out more on a class fill (a map label or key): the palette's text colour or white. */
export function inkOn(fill: string): string {
  return contrastRatio(palette.background, fill) > contrastRatio(palette.text, fill) ? palette.background : palette.text;
}
