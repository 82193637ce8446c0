import type { ColourMap, RagColour } from "../types.js";

/** The colour an outcome is mapped to, or `null` when the map leaves it out. */
export function colourOf<T extends string>(map: ColourMap<T>, outcome: T): RagColour | null {
  if (map.green?.includes(outcome)) return "green";
  if (map.amber?.includes(outcome)) return "amber";
  if (map.red?.includes(outcome)) return "red";
  return null;
}
