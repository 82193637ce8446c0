import type { findCategory } from "@crimestats/taxonomy";

/**
 * `findCategory` of `@crimestats/taxonomy` when the options name a `taxonomy`, else undefined:
 * the taxonomy package is loaded only then (with its schemas it took a tenth of a second to load,
 * a twentieth of the time to count ten million street rows on two cores).
 */
export async function categoryFinder(options: unknown): Promise<typeof findCategory | undefined> {
  const taxonomy = typeof options === "object" && options !== null ? (options as { taxonomy?: unknown }).taxonomy : undefined;
  return taxonomy === undefined ? undefined : (await import("@crimestats/taxonomy")).findCategory;
}
