import { describeValue } from "@crimestats/internal";
import { createReadStream } from "node:fs";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { PoliceDataError } from "../PoliceDataError.js";
import type { CsvSource } from "../types.js";
import { useSeparatorKernel } from "./scanner.js";
import { separatorKernel } from "./separatorKernel.js";
import { sourceList } from "./source.js";

/** A CSV source of the Node entry: anything the main entry reads, or a file path or `file:` URL. */
export type NodeCsvSource = CsvSource | string | URL;

/** The file path of a path or `file:` URL; `invalid-argument` for another kind of URL. */
function pathOf(path: string | URL): string {
  if (typeof path === "string") return path;
  if (path.protocol !== "file:") {
    throw new PoliceDataError(
      "invalid-argument",
      `the URL ${describeValue(path.href)} is not a file: URL; expected a path or a file: URL (fetch other URLs and pass the response body)`,
      { value: path.href },
    );
  }
  return fileURLToPath(path);
}

/** `{ name, data }` for a file: the file is opened when it is read (in 1 MiB chunks), not before. */
function fileSourceOf(path: string | URL): CsvSource {
  const name = pathOf(path);
  return {
    name,
    data: {
      [Symbol.asyncIterator]: () => createReadStream(path, { highWaterMark: 1 << 20 })[Symbol.asyncIterator](),
    },
  };
}

/**
 * The sources of the main entry for `sources`, paths and `file:` URLs opened as files; a file
 * named twice is an `invalid-argument` (its rows would be counted twice). The scanners of this
 * thread find separators with WebAssembly from then on.
 */
export function fileSources(sources: NodeCsvSource | readonly NodeCsvSource[]): CsvSource[] {
  // every reader of the Node entry comes here first
  useSeparatorKernel(separatorKernel());
  const seen = new Set<string>();
  return sourceList(sources as CsvSource | readonly CsvSource[]).map((s) => {
    const source = s as NodeCsvSource;
    if (typeof source !== "string" && !(source instanceof URL)) return source;
    const path = resolve(pathOf(source));
    if (seen.has(path)) {
      throw new PoliceDataError(
        "invalid-argument",
        `the file ${describeValue(path)} is given twice; expected each file once (its rows would be counted twice)`,
        { file: path },
      );
    }
    seen.add(path);
    return fileSourceOf(source);
  });
}
