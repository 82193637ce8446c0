import { describeValue } from "@crimestats/internal";
import type { CsvSource } from "../types.js";
import { PoliceDataError } from "../PoliceDataError.js";
import { CsvScanner, type RowHandler } from "./scanner.js";

const encoder = new TextEncoder();

/** Whether a source is the `{ name, data }` form. */
function isNamed(source: CsvSource): source is Extract<CsvSource, { readonly name: string }> {
  return typeof source === "object" && source !== null && !(source instanceof Uint8Array) && !(source instanceof URL) && "name" in source && "data" in source;
}

/** The error for a path or URL given to the main entry, which reads no files. */
function pathError(source: string | URL): PoliceDataError {
  return new PoliceDataError(
    "invalid-argument",
    `expected a CSV source (bytes, a stream, an async iterable of chunks or { name, data }), got the path ${describeValue(String(source))}; read files with @crimestats/police-data/node`,
    { value: String(source) },
  );
}

/** The name used for a source in messages. */
export function sourceName(source: CsvSource): string {
  if (typeof (source as unknown) === "string" || (source as unknown) instanceof URL) throw pathError(source as unknown as string | URL);
  if (!isNamed(source)) return "<input>";
  if (typeof source.name !== "string") {
    throw new PoliceDataError("invalid-argument", `expected { name, data } with the name as text, got the name ${describeValue(source.name)}`, {
      name: describeValue(source.name),
    });
  }
  return source.name;
}

function isAsyncIterable(x: unknown): x is AsyncIterable<Uint8Array | string> {
  return typeof x === "object" && x !== null && Symbol.asyncIterator in x;
}

/** Whether `x` is a web `ReadableStream` (which some browsers cannot iterate with `for await`). */
function isReadableStream(x: unknown): x is ReadableStream<Uint8Array | string> {
  return typeof x === "object" && x !== null && typeof (x as { getReader?: unknown }).getReader === "function";
}

/** The chunks of a web `ReadableStream`, read with its reader. */
async function* streamChunks(stream: ReadableStream<Uint8Array | string>): AsyncGenerator<Uint8Array | string> {
  const reader = stream.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      yield value;
    }
  } finally {
    reader.releaseLock();
  }
}

/** The chunks of bytes of a source. */
export async function* sourceChunks(source: CsvSource): AsyncGenerator<Uint8Array> {
  let data: unknown = source;
  if (typeof (source as unknown) === "string" || (source as unknown) instanceof URL) throw pathError(source as unknown as string | URL);
  if (isNamed(source)) data = source.data;
  if (isReadableStream(data)) data = streamChunks(data);
  if (data instanceof Uint8Array) {
    yield data;
    return;
  }
  if (!isAsyncIterable(data)) {
    throw new PoliceDataError(
      "invalid-argument",
      `expected a CSV source (bytes, a stream, an async iterable of chunks or { name, data }), got ${describeValue(data)}`,
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

/** A list of sources from one source or an array. */
export function sourceList(sources: CsvSource | readonly CsvSource[]): readonly CsvSource[] {
  return Array.isArray(sources) ? (sources as readonly CsvSource[]) : [sources as CsvSource];
}
