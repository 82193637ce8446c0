import { describeValue } from "@crimestats/internal";
import type { CountCube, CubeDimension } from "../countCube.js";
import { PoliceDataError } from "../PoliceDataError.js";

/** Position of `label` in dimension `dim`, or throw naming the labels available. */
export function labelIndex(cube: CountCube, dim: CubeDimension, label: string): number {
  const labels = cube.labels[dim];
  if (labels === undefined) {
    throw new PoliceDataError(
      "invalid-option",
      `${dim}: the cube has no "${dim}" dimension (dims: ${cube.dims.join(", ")}), so ${describeValue(label)} cannot be selected`,
      { dim, label },
    );
  }
  const i = (labels as readonly string[]).indexOf(label);
  if (i < 0) {
    const shown = labels
      .slice(0, 10)
      .map((l) => describeValue(l))
      .join(", ");
    throw new PoliceDataError(
      "invalid-option",
      `${dim}: ${describeValue(label)} is not in the cube; expected one of ${shown}${labels.length > 10 ? ", …" : ""}`,
      { dim, label },
    );
  }
  return i;
}

/** Positions to sum over in dimension `dim`: those of `label`, or all of them when `label` is absent (one position, 0, when the cube has no such dimension). */
export function positions(cube: CountCube, dim: CubeDimension, label: string | undefined): number[] {
  if (label !== undefined) return [labelIndex(cube, dim, label)];
  return Array.from({ length: cube.labels[dim]?.length ?? 1 }, (_, i) => i);
}

/** Stride of each dimension in `values`, 0 for a dimension the cube does not have. */
export function strides(cube: Pick<CountCube, "dims" | "shape">): Record<CubeDimension, number> {
  const out: Record<CubeDimension, number> = { area: 0, month: 0, offence: 0 };
  let s = 1;
  for (let i = cube.dims.length - 1; i >= 0; i--) {
    out[cube.dims[i]!] = s;
    s *= cube.shape[i]!;
  }
  return out;
}
