import { textWidth } from "./labels.js";

/** A box in pixels: `x`, `y` its top-left corner. */
export interface Box {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

/** A label wanted next to a point, in pixels. */
export interface WantedLabel {
  /** The label text. */
  readonly text: string;
  /** The point it names. */
  readonly x: number;
  readonly y: number;
  /** Whether it must be drawn even where it can only go farther out, with a leader line (the focus area, comparators). */
  readonly required: boolean;
}

/** A placed label: its text anchor (`x`, `y` the middle of the line), alignment, and a leader line from its point when it sits away from it. */
export interface PlacedLabel {
  readonly text: string;
  readonly x: number;
  readonly y: number;
  readonly align: "left" | "right" | "center";
  /** The leader line from the point's edge to the label, or `null` when the label sits beside its point. */
  readonly leader: { readonly x1: number; readonly y1: number; readonly x2: number; readonly y2: number } | null;
}

/** Height of a label line in pixels (12 px text). */
export const labelHeight = 14;

/** Whether two boxes overlap (touching edges do not). */
export function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}

/**
 * Places point labels one by one, in the order given, each at the first spot around its point
 * (right, left, above, below, then the diagonals) where it overlaps no obstacle (points, lines,
 * other labels) and stays inside the plot. A required label with no free spot beside its point
 * goes farther out (up to four steps) with a leader line, and where even that finds no free spot,
 * it may cross one of the `lines` (never a point or another label); any other label with no free
 * spot is left out and named in `unplaced`.
 */
export function placeLabels(
  wanted: readonly WantedLabel[],
  obstacles: readonly Box[],
  plot: { readonly width: number; readonly height: number },
  fontSize = 12,
  lines: readonly Box[] = [],
): { placed: PlacedLabel[]; unplaced: string[] } {
  const taken: Box[] = [...obstacles, ...lines];
  const labels: Box[] = [];
  const placed: PlacedLabel[] = [];
  const unplaced: string[] = [];
  for (const label of wanted) {
    const w = textWidth(label.text, fontSize);
    const h = labelHeight;
    let found: PlacedLabel | null = null;
    // A required label with no free spot may cross a line (never a point or another label).
    const passes = label.required && lines.length > 0 ? [taken, [...obstacles, ...labels]] : [taken];
    for (const avoid of passes) {
      for (let step = 0; step <= (label.required ? 4 : 0) && found === null; step++) {
        const gap = 7 + step * 14;
        const { x, y } = label;
        const spots: { box: Box; align: PlacedLabel["align"] }[] = [
          { box: { x: x + gap, y: y - h / 2, w, h }, align: "left" },
          { box: { x: x - gap - w, y: y - h / 2, w, h }, align: "right" },
          { box: { x: x - w / 2, y: y - gap - h, w, h }, align: "center" },
          { box: { x: x - w / 2, y: y + gap, w, h }, align: "center" },
          { box: { x: x + gap - 1, y: y - gap + 3 - h, w, h }, align: "left" },
          { box: { x: x + gap - 1, y: y + gap - 3, w, h }, align: "left" },
          { box: { x: x - gap + 1 - w, y: y - gap + 3 - h, w, h }, align: "right" },
          { box: { x: x - gap + 1 - w, y: y + gap - 3, w, h }, align: "right" },
        ];
        for (const { box, align } of spots) {
          const inside = box.x >= 0 && box.x + box.w <= plot.width && box.y >= 0 && box.y + box.h <= plot.height;
          if (!inside || avoid.some((other) => overlaps(box, other))) continue;
          const anchorX = align === "left" ? box.x : align === "right" ? box.x + box.w : box.x + box.w / 2;
          found = { text: label.text, x: anchorX, y: box.y + h / 2, align, leader: step === 0 ? null : leaderTo(label, box) };
          taken.push(box);
          labels.push(box);
          break;
        }
      }
    }
    if (found === null) unplaced.push(label.text);
    else placed.push(found);
  }
  return { placed, unplaced };
}

/** A leader line from 5 px out of the point towards the nearest point of the label's box, stopping 2 px short of it. */
function leaderTo(point: { x: number; y: number }, box: Box): PlacedLabel["leader"] {
  const tx = Math.min(Math.max(point.x, box.x), box.x + box.w);
  const ty = Math.min(Math.max(point.y, box.y), box.y + box.h);
  const dx = tx - point.x;
  const dy = ty - point.y;
  const length = Math.hypot(dx, dy);
  if (length <= 7) return null;
  return { x1: point.x + (dx / length) * 5, y1: point.y + (dy / length) * 5, x2: tx - (dx / length) * 2, y2: ty - (dy / length) * 2 };
}

/** Boxes covering a polyline in pixels (segments of at most `step` px wide, `pad` px around), as obstacles for labels. */
export function lineBoxes(points: readonly { x: number; y: number }[], pad = 2, step = 12): Box[] {
  const boxes: Box[] = [];
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1] as { x: number; y: number };
    const b = points[i] as { x: number; y: number };
    const pieces = Math.max(1, Math.ceil(Math.abs(b.x - a.x) / step));
    for (let k = 0; k < pieces; k++) {
      const x1 = a.x + ((b.x - a.x) * k) / pieces;
      const x2 = a.x + ((b.x - a.x) * (k + 1)) / pieces;
      const y1 = a.y + ((b.y - a.y) * k) / pieces;
      const y2 = a.y + ((b.y - a.y) * (k + 1)) / pieces;
      boxes.push({ x: Math.min(x1, x2) - pad, y: Math.min(y1, y2) - pad, w: Math.abs(x2 - x1) + 2 * pad, h: Math.abs(y2 - y1) + 2 * pad });
    }
  }
  return boxes;
}
