import type { Chart } from "../src/types.js";

/** The parts of an encoding channel the tests read. */
export interface Channel {
  readonly field?: string;
  readonly type?: string;
  readonly title?: string | readonly string[] | null;
  readonly sort?: unknown;
  readonly value?: unknown;
  readonly scale?: { readonly type?: string; readonly domain?: number[]; readonly range?: unknown[]; readonly zero?: boolean } | null;
  readonly axis?: Record<string, unknown> | null;
}

/** A unit layer of a chart's view, with the data of its nearest parent. */
export interface Unit {
  readonly data?: { readonly values: Record<string, unknown>[] };
  readonly mark: Record<string, unknown>;
  readonly encoding: Record<string, Channel>;
  readonly transform?: readonly Record<string, unknown>[];
}

interface LayerNode {
  readonly data?: { readonly values: Record<string, unknown>[] };
  readonly layer?: readonly LayerNode[];
  readonly mark?: Record<string, unknown>;
  readonly encoding?: Record<string, Channel>;
  readonly transform?: readonly Record<string, unknown>[];
}

/** The chart's view (the first part of the frame, above the source line). */
export function viewOf(chart: Chart): LayerNode & { width: number; height: number } {
  return (chart.spec["vconcat"] as (LayerNode & { width: number; height: number })[])[0] as LayerNode & { width: number; height: number };
}

/** Every unit layer of the chart's view, flattened, each with the data of its nearest parent. */
export function unitsOf(chart: Chart): Unit[] {
  const out: Unit[] = [];
  const walk = (layer: LayerNode, data: LayerNode["data"]): void => {
    const own = layer.data ?? data;
    if (layer.layer !== undefined) for (const child of layer.layer) walk(child, own);
    else
      out.push({
        mark: layer.mark ?? {},
        encoding: layer.encoding ?? {},
        ...(layer.transform ? { transform: layer.transform } : {}),
        ...(own ? { data: own } : {}),
      });
  };
  walk(viewOf(chart), undefined);
  return out;
}

/** A channel of a unit's encoding, with its scale's domain and range (failing the test when the channel is missing). */
export function channelOf(unit: Unit | undefined, name: string): Channel & { scale: { domain: unknown[]; range: unknown[]; zero?: boolean } } {
  const found = unit?.encoding[name];
  if (found === undefined) throw new Error(`no ${name} channel`);
  return found as Channel & { scale: { domain: unknown[]; range: unknown[]; zero?: boolean } };
}

/** The unit layers with a mark of a type (`"bar"`, `"text"`, …). */
export function marksOf(chart: Chart, type: string): Unit[] {
  return unitsOf(chart).filter((unit) => unit.mark["type"] === type);
}

/** The error a function throws (or the rejection of its promise), or `undefined` when it returns. */
export async function thrown(run: () => unknown): Promise<unknown> {
  try {
    await run();
  } catch (error) {
    return error;
  }
  return undefined;
}

/** The texts of an SVG's `<text>` elements, in order. */
export function svgTexts(svg: string): string[] {
  return [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((match) => (match[1] ?? "").replace(/&amp;/g, "&").replace(/&#39;|&apos;/g, "'"));
}

/** Every number written in the chart's specification, walked (to check none is NaN or infinite). */
export function specNumbers(value: unknown): number[] {
  if (typeof value === "number") return [value];
  if (Array.isArray(value)) return value.flatMap(specNumbers);
  if (value !== null && typeof value === "object") return Object.values(value).flatMap(specNumbers);
  return [];
}
