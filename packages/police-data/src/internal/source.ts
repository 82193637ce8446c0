import { createReadStream } from "node:fs";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { CsvSource } from "../types.js";
import { PoliceDataError } from "../PoliceDataError.js";
import { CsvScanner, type RowHandler } from "./scanner.js";
import { show } from "./check.js";

const encoder = new TextEncoder();

/** Whether a source is the `{ name, data }` form. */
function isNamed(source: CsvSource): source is Extract<CsvSource, { readonly name: string }> {
  return typeof source === "object" && source !== null && !(source instanceof Uint8Array) && !(source instanceof URL) && "name" in source && "data" in source;
}

/** The name used for a source in messages. */
export function sourceName(source: CsvSource): string {
  if (typeof source === "string") return source;
  if (source instanceof URL) return fileURLToPath(source);
  if (!isNamed(source)) return "<input>";
  if (typeof source.name !== "string") {
    throw new PoliceDataError("bad-value", `expected { name, data } with the name as text, got the name ${show(source.name)}`, { name: show(source.name) });
  }
  return source.name;
}

function isAsyncIterable(x: unknown): x is AsyncIterable<Uint8Array | string> {
  return typeof x === "object" && x !== null && Symbol.asyncIterator in x;
}

/** The chunks of bytes of a source. */
export async function* sourceChunks(source: CsvSource): AsyncGenerator<Uint8Array> {
  let data: unknown = source;
  if (typeof source === "string" || source instanceof URL) {
    data = createReadStream(source, { highWaterMark: 1 << 20 });
  } else if (isNamed(source)) {
    data = source.data;
  }
  if (data instanceof Uint8Array) {
    yield data;
    return;
  }
  if (!isAsyncIterable(data)) {
    throw new PoliceDataError(
      "bad-value",
      `expected a CSV source (a path, a URL, bytes, an async iterable of chunks or { name, data }), got ${typeof data}`,
      { value: data },
    );
  }
  for await (const chunk of data) {
    yield typeof chunk === "string" ? encoder.encode(chunk) : chunk;
  }
}

/** Tokenize a whole source, calling `onRow` for every row (header included). */
export async function scanSource(source: CsvSource, onRow: RowHandler): Promise<CsvScanner> {
  const scanner = new CsvScanner(sourceName(source), onRow);
  for await (const chunk of sourceChunks(source)) scanner.push(chunk);
  scanner.end();
  return scanner;
}

/** A list of sources from one source or an array; a file named twice is a `bad-value` (its rows would be counted twice). */
export function sourceList(sources: CsvSource | readonly CsvSource[]): readonly CsvSource[] {
  const list = Array.isArray(sources) ? (sources as readonly CsvSource[]) : [sources as CsvSource];
  const paths = new Set<string>();
  for (const source of list) {
    if (typeof source !== "string" && !(source instanceof URL)) continue;
    const path = resolve(sourceName(source));
    if (paths.has(path)) {
      throw new PoliceDataError("bad-value", `the file ${show(path)} is given twice; expected each file once (its rows would be counted twice)`, { file: path });
    }
    paths.add(path);
  }
  return list;
}
