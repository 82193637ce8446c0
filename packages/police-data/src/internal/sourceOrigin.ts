import type { ZipEntry } from "./zipArchive.js";

/**
 * Where the bytes of a `{ name, data }` source come from, set by `policeUkFiles` as an own
 * property `origin` of each source: a file's path, or an archive's path and the member's entry.
 * The Node entry's `streetCrimeCube` reads such a source in a worker thread from its origin
 * (its `data` stays unread); a source without one is read on the calling thread.
 */
export type SourceOrigin = { readonly path: string; readonly entry?: undefined } | { readonly path: string; readonly entry: ZipEntry };

/** The origin of a source, or undefined. */
export function originOf(source: unknown): SourceOrigin | undefined {
  if (typeof source !== "object" || source === null || !Object.hasOwn(source, "origin")) return undefined;
  const origin = (source as { origin?: unknown }).origin;
  if (typeof origin !== "object" || origin === null || typeof (origin as { path?: unknown }).path !== "string") return undefined;
  return origin as SourceOrigin;
}
