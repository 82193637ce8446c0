import { openAsBlob } from "node:fs";
import { basename } from "node:path";

/** Files on disk as the web `File`s the assessment reads (named by their base names, read lazily), in the order given. */
export async function diskFiles(paths: readonly string[]): Promise<File[]> {
  return Promise.all(paths.map(async (path) => new File([await openAsBlob(path)], basename(path))));
}
