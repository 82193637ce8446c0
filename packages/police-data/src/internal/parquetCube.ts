import type { CubeDimension } from "../countCube.js";

/** The key-value metadata key under which `cubeToParquet` stores what long rows cannot hold. */
export const CUBE_METADATA_KEY = "crimestats.cube";

/** The JSON stored under {@link CUBE_METADATA_KEY}: dimensions, every label in order, total and vintage. */
export interface CubeMetadata {
  /** Version of this layout (1). */
  readonly format: 1;
  /** Dimensions of the cube, outermost first (the text columns, in this order). */
  readonly dims: readonly CubeDimension[];
  /** Every label of each dimension, in the cube's order (zero-only labels included). */
  readonly labels: Readonly<Partial<Record<CubeDimension, readonly string[]>>>;
  /** The cube's total (Neumaier sum), exactly. */
  readonly total: number;
  /** The cube's vintage, when it has one. */
  readonly vintage?: string;
}
