import { describeValue } from "@crimestats/internal";
import { PoliceDataError } from "./PoliceDataError.js";
import { faultOf, withArchiveCheck } from "./internal/archiveFault.js";
import { checkPoliceUkOptions, type FoundFile, groupPoliceUkFiles, type PoliceUkFiles, type PoliceUkFilesOptions } from "./internal/policeUkNames.js";
import { type BlobLike, blobZipChunks, blobZipEntries } from "./internal/zipBlob.js";

export type { PoliceUkFile, PoliceUkFileKind, PoliceUkFiles, PoliceUkFilesOptions } from "./internal/policeUkNames.js";

/** A `Blob` (or `File`) as far as it is read here. */
type BlobInput = BlobLike & { readonly name?: string; readonly webkitRelativePath?: string };

/** Whether `x` reads like a `Blob`. */
function isBlob(x: unknown): x is BlobInput {
  return typeof x === "object" && x !== null && typeof (x as BlobLike).size === "number" && typeof (x as BlobLike).slice === "function";
}

/** The bytes of a `Blob`, a MiB at a time. */
async function* blobChunks(blob: BlobLike): AsyncGenerator<Uint8Array> {
  for (let at = 0; at < blob.size; at += 1 << 20) {
    yield new Uint8Array(await blob.slice(at, Math.min(blob.size, at + (1 << 20))).arrayBuffer());
  }
}

/**
 * The data.police.uk files of a zip archive given as a `Blob` or `File` (the archive as downloaded
 * from data.police.uk/data: monthly folders `YYYY-MM/` of `YYYY-MM-<force>-street.csv`,
 * `-outcomes.csv` and `-stop-and-search.csv`), or of a list of `File`s (the files of a folder the
 * user picked), grouped by kind, with the force and month their names give. Only the archive's
 * central directory is read here (by `slice`): each file is a `{ name, data }` source that the
 * readers take as it is (`streetCrimeCube(files.street)`), read a MiB at a time when iterated. A
 * member is inflated with fflate and its CRC-32 and size are checked at its end; a reader that
 * meets a corrupt member fails with the error (it returns no cube of the members read before).
 * Other files are left out and listed in `ignored`. In Node, `@crimestats/police-data/node` takes
 * a path as well.
 *
 * @param input - the archive (a `Blob` or `File`), or the `File`s of a folder (a `FileList` or an array; a file's
 * `webkitRelativePath` or, without one, its name is its name in messages).
 * @param options - which kinds, forces and months to keep; every file by default.
 * @returns the files by kind (each list in order of month, then force), the forces and months kept and the names ignored.
 * @throws `PoliceDataError` `invalid-archive` when the `Blob` is not a zip archive (an HTML error
 * page) or is cut short, and, while a reader reads a member, when the member fails its CRC-32 or
 * size check or its local header is not a zip header (the message names the archive and the
 * member); `invalid-data` when the same kind, force and month is kept twice; `invalid-argument`
 * when `input` is neither a `Blob` nor a list of them; `invalid-option` for a bad option.
 * @example
 * ```ts
 * import { policeUkFiles, streetCrimeCube } from "@crimestats/police-data";
 * // archive: the File of <input type="file">, here a zip of 2024-01/2024-01-cumbria-street.csv
 * const files = await policeUkFiles(archive, { kinds: ["street"] });
 * files.street.map((f) => [f.name, f.force, f.month]);
 * //=> [["2024-01.zip:2024-01/2024-01-cumbria-street.csv", "cumbria", "2024-01"]]
 * const { cube } = await streetCrimeCube(files.street, { area: "district" });
 * cube.labels.area;
 * //=> ["Carlisle"]
 * ```
 */
export async function policeUkFiles(input: Blob | ArrayLike<Blob>, options?: PoliceUkFilesOptions): Promise<PoliceUkFiles> {
  const checked = checkPoliceUkOptions("policeUkFiles", options);
  if (isBlob(input)) {
    const archive = typeof input.name === "string" && input.name !== "" ? input.name : "archive.zip";
    const entries = await blobZipEntries(input, archive);
    const found: FoundFile[] = entries
      .filter((e) => !e.name.endsWith("/"))
      .map((entry) => ({
        name: `${archive}:${entry.name}`,
        path: archive,
        member: entry.name,
        size: entry.size,
        data: withArchiveCheck({ [Symbol.asyncIterator]: () => blobZipChunks(input, archive, entry) }, () =>
          faultOf({ [Symbol.asyncIterator]: () => blobZipChunks(input, archive, entry) }),
        ),
      }));
    return groupPoliceUkFiles(found, checked);
  }
  const list =
    typeof input === "object" && input !== null && typeof (input as ArrayLike<Blob>).length === "number" ? Array.from(input as ArrayLike<unknown>) : null;
  if (list === null || !list.every(isBlob)) {
    throw new PoliceDataError(
      "invalid-argument",
      `policeUkFiles: expected a zip archive as a Blob or File, or a list of Files, got ${describeValue(input)}${typeof input === "string" ? " (read paths with @crimestats/police-data/node)" : ""}`,
      { value: describeValue(input) },
    );
  }
  const found = list.map((file, i): FoundFile => {
    const name = file.webkitRelativePath || file.name || `file ${i + 1}`;
    return { name, path: name, member: null, size: file.size, data: { [Symbol.asyncIterator]: () => blobChunks(file) } };
  });
  return groupPoliceUkFiles(found, checked);
}
