import { PoliceDataError } from "../PoliceDataError.js";

/**
 * The key of the check that a `data` iterable of an archive member carries (set by
 * `policeUkFiles`): it reads the member again to its end and gives its `invalid-archive` fault, or
 * `null` when its CRC-32 and size are right.
 * @public (exported for the declaration of `CheckedData`; used in this file only)
 */
export const ARCHIVE_CHECK: unique symbol = Symbol("crimestats.archiveCheck");

/** A `data` iterable that can check its archive member. */
export type CheckedData = AsyncIterable<Uint8Array> & { readonly [ARCHIVE_CHECK]: () => Promise<PoliceDataError | null> };

/** The `invalid-archive` fault `read` throws, or `null` when it reads to its end. */
export async function faultOf(read: AsyncIterable<Uint8Array>): Promise<PoliceDataError | null> {
  try {
    for await (const _ of read);
    return null;
  } catch (error) {
    return error instanceof PoliceDataError && error.code === "invalid-archive" ? error : null;
  }
}

/** `data` with the check of its member. */
export function withArchiveCheck(data: AsyncIterable<Uint8Array>, check: () => Promise<PoliceDataError | null>): CheckedData {
  return Object.assign(data, { [ARCHIVE_CHECK]: check });
}

/**
 * The error to report when reading `sources` failed with `error`: a member of an archive is checked
 * only at its end, so a corrupt member may first give rows that fail in another way (an unmapped
 * category, a wrong number of fields). When `error` names a source (its `details.file`) that is an
 * archive member failing its check, that `invalid-archive` fault is the error; otherwise `error`.
 */
export async function archiveFaultOf(sources: unknown, error: unknown): Promise<unknown> {
  if (!(error instanceof PoliceDataError) || error.code === "invalid-archive") return error;
  const file = error.details["file"];
  if (typeof file !== "string") return error;
  for (const source of Array.isArray(sources) ? sources : [sources]) {
    if (typeof source !== "object" || source === null || (source as { name?: unknown }).name !== file) continue;
    const check = ((source as { data?: unknown }).data as Partial<CheckedData> | undefined)?.[ARCHIVE_CHECK];
    if (typeof check !== "function") continue;
    const fault = await check();
    if (fault !== null) return fault;
  }
  return error;
}
