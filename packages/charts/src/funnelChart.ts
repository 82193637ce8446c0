import type { FunnelPointsResult } from "@crimestats/benchmark";
import { describeValue, formatNumber } from "@crimestats/internal";
import { ChartsError } from "./ChartsError.js";
import { checkStyles, resolveStyles, type DrawnStyle } from "./internal/areas.js";
import {
  checkAreaName,
  checkChartOptions,
  checkConfidence,
  checkDrawnNumber,
  checkEachRow,
  checkObject,
  checkRows,
  checkText,
  checkWhole,
} from "./internal/check.js";
import { finishChart, oneLine } from "./internal/frame.js";
import { levelWords, listWords, lowerFirst } from "./internal/labels.js";
import { type Box, labelHeight, lineBoxes, placeLabels } from "./internal/placeLabels.js";
import { dodge, niceTop } from "./internal/scale.js";
import { palette } from "./palette.js";
import type { AreaStyles, Chart, ChartOptions } from "./types.js";

/** One point of a {@link funnelChart}: an area's value and the population it is a rate of. */
export interface FunnelChartRow {
  /** The area, e.g. `"Harrow"`. */
  readonly area: string;
  /** Its population (residents, > 0): the funnel's horizontal position. */
  readonly population: number;
  /** Its value (≥ 0) on the scale of the limits, e.g. crimes per 1,000 residents. */
  readonly value: number;
}

/** Input of {@link funnelChart}. */
export interface FunnelChartInput extends ChartOptions {
  /** Title of the value axis with its unit, e.g. `"Crimes per 1,000 residents"`. */
  readonly yTitle: string;
  /** Title of the population axis. Default `"Residents (log scale)"`: the axis is logarithmic, and its title must say so. */
  readonly xTitle?: string;
  /** One point per area (1 to 1,000), each population within the limits' populations. */
  readonly rows: readonly FunnelChartRow[];
  /**
   * The funnel's centre line and control limits, from `funnelPoints` of `@crimestats/benchmark` (its populations spanning the rows').
   * When they were widened for over-dispersion (`funnelPoints` with the `overdispersion` that `funnelOverdispersion` estimates),
   * their `overdispersion` φ is said above the plot, in the text alternative and in a note.
   */
  readonly limits: FunnelPointsResult;
  /** What the centre line is, e.g. `"London"` (the benchmark area whose rate it is). Default `"Benchmark"`. */
  readonly benchmarkLabel?: string;
  /** The document's area styles (from `areaStyles`): the focus area emphasised and labelled, comparators in their colours and shapes and labelled, every other area grey. Default: the first row is the focus area, the rest grey. */
  readonly styles?: AreaStyles;
  /** Decimals of the values shown in labels, the table and the text alternative (0 to 6, default 1). */
  readonly decimals?: number;
}

/** A checked curve: its level and its limits at each population of the funnel. */
interface Curve {
  readonly confidence: number;
  readonly lower: readonly number[];
  readonly upper: readonly number[];
}

/** One area placed against the limits: `outside` is the index of the widest level whose limit it lies beyond (-1 when within all), `side` which side. */
interface Placed {
  readonly area: string;
  readonly population: number;
  readonly value: number;
  readonly style: DrawnStyle;
  readonly outside: number;
  readonly side: "above" | "below" | "within";
  readonly limits: readonly { lower: number; upper: number }[];
}

const fn = "funnelChart";
/** Dash patterns of the limits, innermost level first. */
const limitDashes: readonly (readonly number[])[] = [
  [6, 3],
  [2, 2],
  [10, 3, 2, 3],
  [1, 4],
];

/**
 * A funnel plot: each area's value (a rate) against its population on a logarithmic axis, around
 * the benchmark's centre line with the control limits of `funnelPoints` (by default 95% and 99.8%,
 * in different dashes, each labelled, or each side's labelled together where the funnel is too
 * narrow to label them one by one), the value axis from zero. The focus area is the largest
 * point, in the focus colour, drawn on top and labelled; comparators named in `styles` keep their
 * colours and shapes and are labelled, and so are the areas outside the outer limits wherever a
 * label fits without overlapping another. The text alternative says how many areas lie above and
 * below each limit and where the focus area lies, with its limits at its population. When the
 * limits were widened for over-dispersion (`limits.overdispersion` φ above 1, from
 * `funnelOverdispersion` of `@crimestats/benchmark`), a line above the plot, the text alternative
 * and a note say so, with φ. When they were not and far more areas lie outside the outer limits
 * than chance would put there, a note says the areas differ by more than chance (over-dispersion)
 * and that limits widened by an estimate of it would show which areas stand out among them.
 *
 * An area's place against a limit is read from the drawn curve at its population (straight
 * between the curve's points on the log axis), so the words say what the picture shows.
 *
 * @param input - Title, source, the value axis title, the rows, the limits from `funnelPoints`,
 *   and optionally the population axis title, the centre line's label, the document's area
 *   styles and the display decimals.
 * @returns The {@link Chart} (kind `"funnel"`); its table lists every area with its place against the limits.
 * @throws {@link ChartsError} `invalid-argument` when a field is missing or of the wrong type, there
 *   are no rows or more than 1,000, an area is named twice, `limits` is not the shape `funnelPoints`
 *   returns, or a row's population lies outside the limits' populations; `invalid-number` when a
 *   population is not above 0, a value or limit is negative, not finite or beyond 10^15, the
 *   populations do not rise, or `limits.overdispersion` is given but not a finite factor of 1 or more; `invalid-confidence` when a curve's level is not a fraction strictly between 0 and 1.
 * @example
 * ```ts
 * import { funnelPoints } from "@crimestats/benchmark";
 *
 * const limits = funnelPoints(80, { from: 150_000, to: 450_000 });
 * const chart = funnelChart({
 *   title: "All offences: rate per 1,000 residents against residents",
 *   source: "Metropolitan Police Service; ONS",
 *   yTitle: "Crimes per 1,000 residents",
 *   rows: [
 *     { area: "Harrow", population: 268_000, value: 61.2 },
 *     { area: "Barnet", population: 421_000, value: 80.3 },
 *     { area: "Brent", population: 353_000, value: 90.9 },
 *   ],
 *   limits,
 *   benchmarkLabel: "London",
 * });
 * chart.table.rows;
 * //=> [["Brent", "353,000", "90.9", "Above the 99.8% upper limit"], ["Barnet", "421,000", "80.3", "Within the 95% limits"], ["Harrow", "268,000", "61.2", "Below the 99.8% lower limit"]]
 * ```
 */
export function funnelChart(input: FunnelChartInput): Chart {
  checkChartOptions(fn, input);
  checkText(fn, "yTitle", input.yTitle);
  checkText(fn, "xTitle", input.xTitle, true);
  checkText(fn, "benchmarkLabel", input.benchmarkLabel, true);
  const decimals = checkWhole(fn, "decimals", input.decimals, 0, 6, 1);
  const limits = checkLimits(input.limits);
  const rows = checkEachRow(fn, input.rows, { expected: "a list of { area, population, value }", max: 1000, items: "areas", key: "area" }, (row, i) =>
    checkRow(row, i, limits.population),
  );
  const styles = resolveStyles(
    rows.map((row) => row.area),
    checkStyles(fn, input.styles),
    "focus",
  );
  const show = (x: number): string => formatNumber(x, decimals);
  const benchmarkLabel = oneLine(input.benchmarkLabel ?? "Benchmark");
  const width = input.width ?? 480;
  const height = input.height ?? 320;
  const xTitle = input.xTitle ?? "Residents (log scale)";

  const placed = rows.map((row) => place(row, limits, styles.styleOf(row.area)));
  const from = limits.population[0] as number;
  const to = limits.population.at(-1) as number;
  const logFrom = Math.log(from);
  const logSpan = Math.log(to) - logFrom;
  const inRange = limits.population.map((p, i) => ({ p, i })).filter(({ p }) => p >= Math.min(...rows.map((r) => r.population)));
  const top = niceTop(
    Math.max(...rows.map((row) => row.value), limits.benchmark, ...limits.curves.map((curve) => Math.max(...inRange.map(({ i }) => curve.upper[i] as number)))),
    Math.max(2, Math.floor(height / 50)),
  );
  const xPixel = (population: number): number => ((Math.log(population) - logFrom) / logSpan) * width;
  const yPixel = (value: number): number => height - (Math.min(value, top) / top) * height;

  // Labels at the right end of the centre line and of each limit, moved apart to be legible.
  const last = limits.population.length - 1;
  const lineLabels = [
    { text: `${benchmarkLabel}: ${show(limits.benchmark)}`, value: limits.benchmark },
    ...limits.curves.flatMap((curve) => [
      { text: `${levelWords(curve.confidence)} limit`, value: curve.upper[last] as number },
      { text: `${levelWords(curve.confidence)} limit`, value: curve.lower[last] as number },
    ]),
  ];
  let endLabels = lineLabels;
  let endY = dodge(
    endLabels.map((label) => yPixel(label.value)),
    labelHeight,
    height,
  );
  // Limits too close together to label one by one (a narrow funnel of large areas) are labelled
  // together on each side, so the labels stay next to the lines they name rather than stacked.
  const moved = (labels: readonly { value: number }[], at: readonly number[]): boolean =>
    labels.some((label, i) => Math.abs((at[i] as number) - yPixel(label.value)) > labelHeight / 2);
  if (limits.curves.length > 0 && moved(endLabels, endY)) {
    const together = `${listWords(limits.curves.map((curve) => levelWords(curve.confidence)))} limit${limits.curves.length > 1 ? "s" : ""}`;
    const outerCurve = limits.curves.reduce((a, b) => (b.confidence > a.confidence ? b : a));
    endLabels = [
      { text: `${benchmarkLabel}: ${show(limits.benchmark)}`, value: limits.benchmark },
      { text: `Upper ${together}`, value: outerCurve.upper[last] as number },
      { text: `Lower ${together}`, value: outerCurve.lower[last] as number },
    ];
    endY = dodge(
      endLabels.map((label) => yPixel(label.value)),
      labelHeight,
      height,
    );
  }

  // Point labels: the focus area, then comparators, then areas outside the outer limits (farthest first), each where it fits.
  const outer = limits.curves.length - 1;
  const points = placed.map((area) => ({ area, x: xPixel(area.population), y: yPixel(area.value) }));
  const wanted = points
    .filter(({ area }) => area.style.role !== "other" || area.outside === outer)
    .sort(
      (a, b) =>
        rank(a.area) - rank(b.area) ||
        Math.abs(b.area.value - limits.benchmark) - Math.abs(a.area.value - limits.benchmark) ||
        a.area.area.localeCompare(b.area.area),
    )
    .map(({ area, x, y }) => ({ text: area.area, x, y, required: area.style.role !== "other" }));
  const pointBoxes: Box[] = points.map(({ area, x, y }) =>
    area.style.role === "other" ? { x: x - 4, y: y - 4, w: 8, h: 8 } : { x: x - 6, y: y - 6, w: 12, h: 12 },
  );
  // The centre line and the limits: the focus area's and comparators' labels may cross one where nothing else is free.
  const lines: Box[] = [
    ...lineBoxes([
      { x: 0, y: yPixel(limits.benchmark) },
      { x: width, y: yPixel(limits.benchmark) },
    ]),
    ...limits.curves.flatMap((curve) =>
      [curve.lower, curve.upper].flatMap((values) => lineBoxes(limits.population.map((p, i) => ({ x: xPixel(p), y: yPixel(values[i] as number) })))),
    ),
  ];
  const { placed: pointLabels, unplaced: unlabelled } = placeLabels(wanted, pointBoxes, { width, height }, 12, lines);
  const focusName = styles.focus;

  const curveRows = limits.curves.flatMap((curve, level) =>
    (["upper", "lower"] as const).flatMap((side) =>
      limits.population.map((population, i) => ({ population, limit: curve[side][i] as number, curve: `${side} ${level}`, level })),
    ),
  );
  const x = {
    field: "population",
    type: "quantitative",
    title: xTitle,
    scale: { type: "log", domain: [from, to], nice: false },
    axis: { format: ",~f", grid: true, labelOverlap: "greedy", tickCount: Math.max(2, Math.floor(width / 90)) },
  };
  const yValue = { type: "quantitative", title: input.yTitle, scale: { domain: [0, top], zero: true, nice: false }, axis: { format: ",~f", grid: true } };
  const drawOrder = (role: DrawnStyle["role"]): number => (role === "focus" ? 3 : role === "other" ? 0 : role === "benchmark-area" ? 1 : 2);
  const pointRows = [...placed]
    .sort((a, b) => drawOrder(a.style.role) - drawOrder(b.style.role))
    .map((area) => ({
      area: area.area,
      population: area.population,
      value: area.value,
      colour: area.style.colour,
      shape: area.style.shape,
      size: area.style.role === "focus" ? 130 : area.style.role === "other" ? 45 : 80,
    }));
  const layers: Record<string, unknown>[] = [
    {
      data: { values: curveRows },
      mark: { type: "line", color: palette.axis, strokeWidth: 1, clip: true, interpolate: "linear" },
      encoding: {
        x,
        y: { field: "limit", ...yValue },
        detail: { field: "curve", type: "nominal" },
        strokeDash: {
          field: "level",
          type: "ordinal",
          scale: { domain: limits.curves.map((_, i) => i), range: limits.curves.map((_, i) => limitDashes[i % limitDashes.length]) },
          legend: null,
        },
      },
    },
    {
      data: { values: [{ value: limits.benchmark }] },
      mark: { type: "rule", color: palette.benchmarkArea, strokeWidth: 1.5 },
      encoding: { y: { field: "value", ...yValue } },
    },
    {
      data: { values: pointRows },
      mark: { type: "point", filled: true, opacity: 1, stroke: palette.background, strokeWidth: 0.75 },
      encoding: {
        x,
        y: { field: "value", ...yValue },
        color: { field: "colour", type: "nominal", scale: null, legend: null },
        shape: { field: "shape", type: "nominal", scale: null, legend: null },
        size: { field: "size", type: "quantitative", scale: null, legend: null },
        order: { value: 0 },
      },
    },
    ...textLayers(endLabels.map((label, i) => ({ text: label.text, x: width + 4, y: endY[i] as number, align: "left" as const, bold: false }))),
    {
      data: { values: pointLabels.flatMap((label) => (label.leader === null ? [] : [label.leader])) },
      mark: { type: "rule", color: palette.axis, strokeWidth: 0.75 },
      encoding: {
        x: { field: "x1", type: "quantitative", scale: null },
        y: { field: "y1", type: "quantitative", scale: null },
        x2: { field: "x2" },
        y2: { field: "y2" },
      },
    },
    ...textLayers(pointLabels.map((label) => ({ ...label, bold: label.text === focusName }))),
  ];
  if (limits.overdispersion > 1) {
    layers.push(...textLayers([{ text: widenedWords(limits.overdispersion), x: 0, y: -10, align: "left", bold: false }]));
  }
  const view = { width, height, layer: layers };

  const level = (i: number): string => levelWords((limits.curves[i] as Curve).confidence);
  const positionWords = (area: Placed): string =>
    area.side === "within"
      ? `Within the ${level(0)} limits`
      : `${area.side === "above" ? "Above" : "Below"} the ${level(area.outside)} ${area.side === "above" ? "upper" : "lower"} limit`;
  const table = {
    columns: ["Area", "Residents", input.yTitle, "Against the limits"],
    rows: [...placed].sort((a, b) => b.value - a.value).map((area) => [area.area, formatNumber(area.population, 0), show(area.value), positionWords(area)]),
  };
  const notes = [
    ...(limits.overdispersion > 1
      ? [
          `The limits are widened for over-dispersion (φ = ${phiWords(limits.overdispersion)}): the areas vary more than chance would make them, so the limits are widened by √φ to allow for the real differences between areas like these (Spiegelhalter 2005); an area outside them stands out among them.`,
        ]
      : overdispersionNote(placed, limits.curves)),
    ...(unlabelled.length > 0
      ? [
          `${count(unlabelled.length, "area")} outside the limits ${unlabelled.length === 1 ? "is" : "are"} not labelled where a label would overlap another; the table gives every area.`,
        ]
      : []),
  ];
  const centre = input.benchmarkLabel === undefined ? `the benchmark of ${show(limits.benchmark)}` : `${benchmarkLabel} at ${show(limits.benchmark)}`;
  const summaryText = summary(input.yTitle, centre, placed, limits, styles.focus, show, level, positionWords);
  return finishChart("funnel", input, { view, summary: summaryText, table, notes });

  /** Order in which points get a label: the focus area, comparators, the benchmark area, then the rest. */
  function rank(area: Placed): number {
    return area.style.role === "focus" ? 0 : area.style.role === "comparator" ? 1 : area.style.role === "benchmark-area" ? 2 : 3;
  }
}

/** Layers of text labels placed in pixels (scale: null), one per alignment and weight (the focus area's label bold). */
function textLayers(labels: readonly { text: string; x: number; y: number; align: "left" | "right" | "center"; bold: boolean }[]): Record<string, unknown>[] {
  return (["left", "right", "center"] as const).flatMap((align) =>
    [false, true].flatMap((bold) => {
      const values = labels.filter((label) => label.align === align && label.bold === bold).map(({ text, x, y }) => ({ text, x, y }));
      if (values.length === 0) return [];
      return [
        {
          data: { values },
          mark: { type: "text", align, baseline: "middle", fontSize: 12, fontWeight: bold ? "bold" : "normal", color: palette.text },
          encoding: {
            x: { field: "x", type: "quantitative", scale: null },
            y: { field: "y", type: "quantitative", scale: null },
            text: { field: "text" },
          },
        },
      ];
    }),
  );
}

/** A curve's limit at a population: straight between the curve's points on the log axis, as drawn. */
function limitAt(population: readonly number[], values: readonly number[], at: number): number {
  let i = 0;
  while (i < population.length - 2 && (population[i + 1] as number) < at) i++;
  const p0 = population[i] as number;
  const p1 = population[i + 1] as number;
  const t = p1 === p0 ? 0 : (Math.log(at) - Math.log(p0)) / (Math.log(p1) - Math.log(p0));
  const v0 = values[i] as number;
  const v1 = values[i + 1] as number;
  return v0 + Math.min(1, Math.max(0, t)) * (v1 - v0);
}

/** An area against the limits at its population. */
function place(row: { area: string; population: number; value: number }, limits: CheckedLimits, style: DrawnStyle): Placed {
  const at = limits.curves.map((curve) => ({
    lower: limitAt(limits.population, curve.lower, row.population),
    upper: limitAt(limits.population, curve.upper, row.population),
  }));
  let outside = -1;
  let side: Placed["side"] = "within";
  at.forEach((limit, i) => {
    if (row.value > limit.upper) [outside, side] = [i, "above"];
    else if (row.value < limit.lower) [outside, side] = [i, "below"];
  });
  return { ...row, style, outside, side, limits: at };
}

/** The text alternative's summary: how many areas lie beyond each limit, and where the focus area lies. */
function summary(
  yTitle: string,
  centre: string,
  placed: readonly Placed[],
  limits: CheckedLimits,
  focus: string | null,
  show: (x: number) => string,
  level: (i: number) => string,
  positionWords: (area: Placed) => string,
): string {
  const levels = listWords(limits.curves.map((curve) => levelWords(curve.confidence)));
  const sentences = [
    `Funnel plot of ${lowerFirst(oneLine(yTitle))} against residents for ${count(placed.length, "area")}, around ${centre}, with ${levels} limits${limits.overdispersion > 1 ? " widened for over-dispersion" : ""}.`,
  ];
  const groups: string[] = [];
  const named = (areas: readonly Placed[]): string =>
    `${count(areas.length, "area")}${areas.length > 0 && areas.length <= 8 ? ` (${listWords(areas.map((a) => a.area))})` : ""}`;
  for (const side of ["above", "below"] as const) {
    for (let i = limits.curves.length - 1; i >= 0; i--) {
      const areas = placed.filter((area) => area.side === side && area.outside === i);
      if (areas.length === 0) continue;
      const only = i < limits.curves.length - 1 ? ` but within the ${level(i + 1)} limits` : "";
      groups.push(`${named(areas)} ${areas.length === 1 ? "lies" : "lie"} ${side} the ${level(i)} ${side === "above" ? "upper" : "lower"} limit${only}`);
    }
  }
  const within = placed.filter((area) => area.side === "within");
  groups.push(`${named(within)} ${within.length === 1 ? "lies" : "lie"} within the ${level(0)} limits`);
  sentences.push(`${capital(groups.join("; "))}.`);
  const focusArea = placed.find((area) => area.area === focus);
  if (focusArea !== undefined) {
    const shown = focusArea.side === "within" ? 0 : focusArea.outside;
    const limit = focusArea.limits[shown] as { lower: number; upper: number };
    sentences.push(
      `${focusArea.area} (${show(focusArea.value)}, ${formatNumber(focusArea.population, 0)} residents) lies ${lowerFirst(positionWords(focusArea))}; the ${level(shown)} limits at its population are ${show(limit.lower)} to ${show(limit.upper)}.`,
    );
  }
  return sentences.join(" ");
}

/** "1 area", "3 areas". */
function count(n: number, noun: string): string {
  return `${formatNumber(n, 0)} ${noun}${n === 1 ? "" : "s"}`;
}

/** The text with a capital first letter. */
function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * A note when far more areas lie outside the outer limits than chance would put there (a binomial
 * tail probability under 0.001): the areas differ by more than chance (over-dispersion), so lying
 * outside the limits does not by itself make an area unusual among them.
 */
function overdispersionNote(placed: readonly Placed[], curves: readonly Curve[]): string[] {
  const outer = curves.length - 1;
  const confidence = (curves[outer] as Curve).confidence;
  const outside = placed.filter((area) => area.outside === outer).length;
  const n = placed.length;
  if (outside === 0 || binomialTail(n, 1 - confidence, outside) >= 0.001) return [];
  return [
    `${formatNumber(outside, 0)} of ${formatNumber(n, 0)} areas lie outside the ${levelWords(confidence)} limits, where chance alone would put about ${formatNumber(n * (1 - confidence), 1)}: the areas differ by more than chance (over-dispersion), so lying outside these limits does not by itself make an area unusual among them; limits widened by an estimate of the over-dispersion (Spiegelhalter's φ) would show which areas stand out among them.`,
  ];
}

/** The line drawn above the plot: "Limits widened for over-dispersion, φ = 1,380.5". */
function widenedWords(phi: number): string {
  return `Limits widened for over-dispersion, φ = ${phiWords(phi)}`;
}

/** φ for display: two decimals below 10 (so 1.04 does not read as 1.0), one from 10. */
function phiWords(phi: number): string {
  return formatNumber(phi, phi < 10 ? 2 : 1);
}

/** P(X ≥ k) for X ~ Binomial(n, p), summed in log space. */
function binomialTail(n: number, p: number, k: number): number {
  let below = 0;
  let logTerm = n * Math.log1p(-p); // log P(X = 0)
  for (let j = 0; j < k; j++) {
    below += Math.exp(logTerm);
    logTerm += Math.log(n - j) - Math.log(j + 1) + Math.log(p) - Math.log1p(-p);
  }
  return Math.max(0, 1 - below);
}

/** The limits as checked: populations and curves as plain arrays, curves from the innermost level out. */
interface CheckedLimits {
  readonly benchmark: number;
  /** The over-dispersion factor the limits were widened by (1 = none or not said). */
  readonly overdispersion: number;
  readonly population: readonly number[];
  readonly curves: readonly Curve[];
}

/** Reads a list of numbers from an array or typed array, each finite and at least `min`. */
function numbers(what: string, value: unknown, min: number, length?: number): number[] {
  const isList = Array.isArray(value) || (ArrayBuffer.isView(value) && !(value instanceof DataView));
  if (!isList)
    throw new ChartsError("invalid-argument", `${fn}: ${what} is ${describeValue(value)}: expected a list of numbers (from funnelPoints).`, { field: what });
  const list = Array.from(value as ArrayLike<unknown>);
  if (list.length < 2 || list.length > 100_000 || (length !== undefined && list.length !== length)) {
    throw new ChartsError(
      "invalid-argument",
      `${fn}: ${what} has ${list.length} values: expected ${length === undefined ? "2 to 100,000" : `${length}, one per population`}.`,
      { field: what },
    );
  }
  return list.map((x, i) => checkDrawnNumber(fn, `${what}[${i}]`, x, min));
}

/** Checks the shape `funnelPoints` returns. */
function checkLimits(limits: unknown): CheckedLimits {
  checkObject(fn, "limits", limits, "the result of funnelPoints");
  const benchmark = checkDrawnNumber(fn, "limits.benchmark", limits["benchmark"], 0);
  const population = numbers("limits.population", limits["population"], 0);
  population.forEach((p, i) => {
    if (p <= 0 || (i > 0 && p <= (population[i - 1] as number))) {
      throw new ChartsError("invalid-number", `${fn}: limits.population[${i}] is ${describeValue(p)}: expected populations above 0, rising.`, {
        field: `limits.population[${i}]`,
        value: p,
      });
    }
  });
  const curves = checkRows(fn, "limits.curves", limits["curves"], "one { confidence, lower, upper } per level (from funnelPoints)");
  if (curves.length > limitDashes.length) {
    throw new ChartsError("invalid-argument", `${fn}: limits.curves has ${curves.length} levels: expected 1 to ${limitDashes.length}.`, {
      field: "limits.curves",
    });
  }
  const checked = curves.map((curve, i): Curve => {
    checkObject(fn, `limits.curves[${i}]`, curve, "{ confidence, lower, upper }");
    const confidence = checkConfidence(fn, `limits.curves[${i}].confidence`, curve["confidence"]);
    const lower = numbers(`limits.curves[${i}].lower`, curve["lower"], 0, population.length);
    const upper = numbers(`limits.curves[${i}].upper`, curve["upper"], 0, population.length);
    lower.forEach((l, j) => {
      if (l > (upper[j] as number)) {
        throw new ChartsError(
          "invalid-number",
          `${fn}: limits.curves[${i}] has a lower limit above its upper limit at population ${population[j]}: expected lower ≤ upper.`,
          {
            field: `limits.curves[${i}]`,
          },
        );
      }
    });
    return { confidence, lower, upper };
  });
  const sorted = [...checked].sort((a, b) => a.confidence - b.confidence);
  sorted.forEach((curve, i) => {
    if (i > 0 && curve.confidence === (sorted[i - 1] as Curve).confidence) {
      throw new ChartsError("invalid-argument", `${fn}: limits.curves has the level ${curve.confidence} twice: expected each level once.`, {
        field: "limits.curves",
      });
    }
  });
  const phi = limits["overdispersion"];
  if (phi !== undefined && (typeof phi !== "number" || !Number.isFinite(phi) || phi < 1 || phi > 1e15)) {
    throw new ChartsError(
      "invalid-number",
      `${fn}: limits.overdispersion is ${describeValue(phi)}: expected the factor of 1 or more that funnelPoints widened the limits by.`,
      { field: "limits.overdispersion", value: phi },
    );
  }
  return { benchmark, population, curves: sorted, overdispersion: phi ?? 1 };
}

/** Checks one row, and that its population lies within the limits' populations. */
function checkRow(row: unknown, i: number, population: readonly number[]): { area: string; population: number; value: number } {
  checkObject(fn, `rows[${i}]`, row, "{ area, population, value }");
  const area = row["area"];
  checkAreaName(fn, area, `rows[${i}].area`);
  const people = checkDrawnNumber(fn, `rows[${i}].population`, row["population"], 0);
  if (people <= 0) {
    throw new ChartsError("invalid-number", `${fn}: rows[${i}].population is ${describeValue(people)}: expected a population above 0.`, {
      field: `rows[${i}].population`,
      value: people,
    });
  }
  const from = population[0] as number;
  const to = population.at(-1) as number;
  if (people < from || people > to) {
    throw new ChartsError(
      "invalid-argument",
      `${fn}: rows[${i}] (${area}) has population ${formatNumber(people, 0)}, outside the limits' populations ${formatNumber(from, 0)} to ${formatNumber(to, 0)}: expected funnelPoints over a range spanning every area's population.`,
      { field: `rows[${i}].population`, value: people },
    );
  }
  return { area, population: people, value: checkDrawnNumber(fn, `rows[${i}].value`, row["value"], 0) };
}
