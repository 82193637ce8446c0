import { describeValue } from "@crimestats/internal";
import { createReadStream, type Stats } from "node:fs";
import { readdir, stat } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { PoliceDataError } from "../PoliceDataError.js";
import { faultOf, withArchiveCheck } from "../internal/archiveFault.js";
import { policeUkFiles as policeUkFilesOfBlobs } from "../policeUkFiles.js";
import { checkPoliceUkOptions, groupPoliceUkFiles, type FoundFile, type PoliceUkFiles, type PoliceUkFilesOptions } from "../internal/policeUkNames.js";
import { memberName, openZip, sharedZipReader } from "../internal/zipArchive.js";

/** Folders below the one given that are searched (monthly folders, or folders of them). */
const MAX_DEPTH = 4;

/** The files of a folder and of its folders, in name order; hidden files and folders left out. */
async function folderFiles(dir: string, depth: number, out: FoundFile[]): Promise<void> {
  const names = (await readdir(dir)).filter((n) => !n.startsWith(".")).sort();
  for (const name of names) {
    const path = join(dir, name);
    const info = await stat(path); // follows symbolic links
    if (info.isDirectory()) {
      if (depth < MAX_DEPTH) await folderFiles(path, depth + 1, out);
    } else if (info.isFile()) {
      out.push({
        name: path,
        path,
        member: null,
        size: info.size,
        origin: { path },
        data: { [Symbol.asyncIterator]: () => createReadStream(path, { highWaterMark: 1 << 20 })[Symbol.asyncIterator]() },
      });
    }
  }
}

/** The members of a zip archive (folders left out), each read from the archive when iterated. */
async function archiveFiles(path: string): Promise<FoundFile[]> {
  const zip = await openZip(path);
  zip.close();
  const read = sharedZipReader(path);
  return zip.entries
    .filter((e) => !e.name.endsWith("/"))
    .map((entry) => ({
      name: memberName(path, entry.name),
      path,
      member: entry.name,
      size: entry.size,
      data: withArchiveCheck(read(entry), () => faultOf(read(entry))),
      origin: { path, entry },
    }));
}

/**
 * The data.police.uk files of a zip archive as downloaded from data.police.uk/data (monthly
 * folders `YYYY-MM/` of `YYYY-MM-<force>-street.csv`, `-outcomes.csv` and `-stop-and-search.csv`),
 * or of a folder of such files (flat, in monthly folders, or in folders of them), grouped by kind,
 * with the force and month their names give. Only the archive's central directory (or the folder's
 * listing) is read here: each file is a `{ name, data }` source that the readers take as it is
 * (`streetCrimeCube(files.street)`), streamed when read, nothing unpacked to disk. A member of an
 * archive is inflated with Node's zlib and its CRC-32 and size are checked at its end; a reader
 * that meets a corrupt member fails with the error (it returns no cube of the members read before).
 * Other files (a README, `__MACOSX/…`) are left out and listed in `ignored`.
 *
 * @param path - the archive (`.zip`) or folder, as a path or `file:` URL; or, as the main entry takes
 * them, an archive as a `Blob` or the `File`s of a folder.
 * @param options - which kinds, forces and months to keep; every file by default.
 * @returns the files by kind (each list in order of month, then force), the forces and months kept and the names ignored.
 * @throws `PoliceDataError` `invalid-archive` when the file is not a zip archive (an HTML error page)
 * or is cut short, and, while a reader reads a member, when the member fails its CRC-32 or size check
 * or its local header is not a zip header (the message names the archive and the member);
 * `invalid-data` when the same kind, force and month is kept twice; `invalid-argument` when
 * `path` is neither a file nor a folder; `invalid-option` for a bad option.
 * @example
 * ```ts
 * import { policeUkFiles, streetCrimeCube } from "@crimestats/police-data/node";
 * const files = await policeUkFiles("2024-02.zip", { forces: ["cumbria"] });
 * files.street.map((f) => f.name);
 * //=> ["2024-02.zip:2024-01/2024-01-cumbria-street.csv", "2024-02.zip:2024-02/2024-02-cumbria-street.csv"]
 * [files.forces, files.months];
 * //=> [["cumbria"], ["2024-01", "2024-02"]]
 * const { cube } = await streetCrimeCube(files.street, { area: "district" });
 * cube.labels.month;
 * //=> ["2024-01", "2024-02"]
 * ```
 */
export async function policeUkFiles(path: string | URL | Blob | ArrayLike<Blob>, options?: PoliceUkFilesOptions): Promise<PoliceUkFiles> {
  const checked = checkPoliceUkOptions("policeUkFiles", options);
  if (typeof path !== "string" && !(path instanceof URL)) return policeUkFilesOfBlobs(path, checked);
  if (path instanceof URL && path.protocol !== "file:") {
    throw new PoliceDataError("invalid-argument", `policeUkFiles: the URL ${describeValue(path.href)} is not a file: URL; expected a path or a file: URL`, {
      value: path.href,
    });
  }
  const where = path instanceof URL ? fileURLToPath(path) : path;
  let info: Stats | null;
  try {
    info = await stat(where);
  } catch {
    info = null;
  }
  if (info === null || !(info.isFile() || info.isDirectory())) {
    throw new PoliceDataError(
      "invalid-argument",
      `policeUkFiles: ${JSON.stringify(where)} is neither a file nor a folder; expected a data.police.uk archive or a folder of its files`,
      {
        file: where,
      },
    );
  }
  const found: FoundFile[] = [];
  if (info.isDirectory()) await folderFiles(where, 0, found);
  else found.push(...(await archiveFiles(where)));
  return groupPoliceUkFiles(found, checked);
}
