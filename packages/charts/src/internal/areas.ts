import { describeValue } from "@crimestats/internal";
import { areaStyles } from "../areaStyles.js";
import { ChartsError } from "../ChartsError.js";
import { palette } from "../palette.js";
import type { AreaRole, AreaStyle, AreaStyles } from "../types.js";
import { checkObject } from "./check.js";

/** How one area is drawn: its style from the document's styles, or `"other"` (grey) for an area they do not name. */
export interface DrawnStyle {
  /** The area's role, or `"other"` for an area the styles do not name (e.g. one of 33 boroughs on a funnel plot). */
  readonly role: AreaRole | "other";
  /** Mark colour. */
  readonly colour: string;
  /** Dash pattern of its line. */
  readonly dash: readonly number[];
  /** Point shape. */
  readonly shape: string;
  /** Line width. */
  readonly strokeWidth: number;
}

/** The style of an area the styles do not name: mid grey (4.5:1), plain circle, thin line. */
const otherAreaStyle: DrawnStyle = { role: "other", colour: palette.otherArea, dash: [], shape: "circle", strokeWidth: 1 };

const roles = new Set<unknown>(["focus", "comparator", "benchmark-area"]);
const hexColour = /^#(?:[0-9a-fA-F]{3}){1,2}$/;
const symbolName = /^[a-z][a-z-]{0,30}$/;

/** Throws `invalid-argument` unless the value is `undefined` or area styles by name (the shape `areaStyles` returns); returns it. */
export function checkStyles(fn: string, value: unknown): AreaStyles | undefined {
  if (value === undefined) return undefined;
  checkObject(fn, "styles", value, "area styles by name (from areaStyles)");
  for (const [name, style] of Object.entries(value)) {
    const what = `styles[${JSON.stringify(name)}]`;
    checkObject(fn, what, style, "{ role, colour, dash, shape, strokeWidth } (from areaStyles)");
    const bad = (field: string, expected: string): ChartsError =>
      new ChartsError("invalid-argument", `${fn}: ${what}.${field} is ${describeValue(style[field])}: expected ${expected}.`, { field: `${what}.${field}` });
    if (!roles.has(style["role"])) throw bad("role", '"focus", "comparator" or "benchmark-area"');
    if (typeof style["colour"] !== "string" || !hexColour.test(style["colour"])) throw bad("colour", 'a colour "#rrggbb"');
    const dash = style["dash"];
    if (!Array.isArray(dash) || dash.length > 16 || !dash.every((d) => typeof d === "number" && d >= 0 && d <= 100)) {
      throw bad("dash", "a list of up to 16 dash lengths from 0 to 100 pixels");
    }
    if (typeof style["shape"] !== "string" || !symbolName.test(style["shape"])) throw bad("shape", 'a symbol name such as "circle"');
    const width = style["strokeWidth"];
    if (typeof width !== "number" || !(width > 0 && width <= 20)) throw bad("strokeWidth", "a line width above 0 and up to 20 pixels");
  }
  return value as AreaStyles;
}

/** The drawn style of each area of a chart, and which of them is the focus area. */
export interface ResolvedStyles {
  /** The style of an area by name (grey `"other"` for an area the styles do not name). */
  readonly styleOf: (name: string) => DrawnStyle;
  /** The focus area among the chart's areas, or `null` when none of them is the styles' focus area. */
  readonly focus: string | null;
}

/**
 * The styles a chart draws its areas with: the document's `styles` when given (areas they do not
 * name are grey), else styles from the chart's own order, the first area being the focus area
 * (`"group"`: the next ones comparators, as `areaStyles` gives them; `"focus"`: only the focus area
 * styled, the rest grey, for charts of many areas such as a funnel plot).
 */
export function resolveStyles(names: readonly string[], styles: AreaStyles | undefined, fallback: "group" | "focus"): ResolvedStyles {
  const [first, ...rest] = names;
  const given: AreaStyles = styles ?? (first === undefined ? {} : areaStyles(fallback === "group" ? { focus: first, comparators: rest } : { focus: first }));
  const styleOf = (name: string): DrawnStyle => (Object.hasOwn(given, name) ? (given[name] as AreaStyle) : otherAreaStyle);
  const focus = names.find((name) => styleOf(name).role === "focus") ?? null;
  return { styleOf, focus };
}
