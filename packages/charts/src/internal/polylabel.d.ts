// polylabel ships no types; the one function the maps use.
declare module "polylabel" {
  /**
   * The pole of inaccessibility of a polygon (rings of `[x, y]`, the outer ring first): the
   * inside point farthest from its edges, to `precision`, with that distance as `distance`.
   */
  export default function polylabel(
    polygon: readonly (readonly (readonly number[])[])[],
    precision?: number,
    debug?: boolean,
  ): [number, number] & { distance: number };
}
