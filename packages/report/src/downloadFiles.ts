import { randomBytes } from "node:crypto";
import { constants } from "node:fs";
import { access, copyFile, link, mkdir, open, readdir, rename, rm, stat } from "node:fs/promises";
import { request as httpRequest, type IncomingMessage } from "node:http";
import { request as httpsRequest } from "node:https";
import { basename, join, resolve } from "node:path";
import { csvShapeProblem } from "./internal/csvShape.js";
import { describeSystemError, isSystemError } from "./internal/fsError.js";
import { processAlive, writeNewFile } from "./internal/writeNew.js";
import { ReportError } from "./ReportError.js";
import { describeValue } from "@crimestats/internal";
import { addressProblem, redirectProblem } from "./internal/downloadAddress.js";
import { archiveProblem } from "./internal/archiveShape.js";

/**
 * The London Datastore files `crimestats download` fetches by default (dataset
 * "recorded_crime_summary", publisher Metropolitan Police Service, Open Government Licence).
 * The Datastore changes the resource id in these addresses with each release: when one stops
 * working, copy the current address from the dataset page and pass it as `urls`.
 */
export const londonDatastoreUrls: readonly string[] = [
  "https://data.london.gov.uk/download/recorded_crime_summary/d2e9ccfc-a054-41e3-89fb-53c2bc3ed87a/MPS%20Borough%20Level%20Crime%20%28most%20recent%2024%20months%29.csv",
  "https://data.london.gov.uk/download/recorded_crime_summary/866c05de-c5cd-454b-8fe5-9e7c77ea2313/MPS%20Ward%20Level%20Crime%20%28most%20recent%2024%20months%29.csv",
];

/** The default cap on the size of one downloaded file: 100 MB (the London Datastore files are a few MB). */
export const defaultMaxDownloadBytes = 100_000_000;

/**
 * The data.police.uk archive `crimestats download --archive` fetches by default: the latest
 * monthly archive of street-level crime, outcome and stop-and-search files of every force, 36
 * months (data.police.uk/data/archive, Open Government Licence; the address redirects to the
 * archive's current copy). An archive of one month is at `https://data.police.uk/data/archive/YYYY-MM.zip`.
 */
export const policeUkArchiveUrl = "https://data.police.uk/data/archive/latest.zip";

/** The default cap on the size of a downloaded archive (`expect: "police-uk-archive"`): 10 GB (the archive of 36 months is about 1.7 GB). */
export const defaultMaxArchiveBytes = 10_000_000_000;

/** Options of {@link downloadFiles}. */
export interface DownloadFilesOptions {
  /**
   * Addresses to fetch; `https:` only, except `http:` to a loopback host (127.0.0.1, ::1, localhost) for testing.
   * Default {@link londonDatastoreUrls}, or {@link policeUkArchiveUrl} with `expect: "police-uk-archive"`.
   */
  readonly urls?: readonly string[];
  /** Folder the files are written to (created if missing). */
  readonly cacheDir: string;
  /** Called as bytes arrive, for progress output. */
  readonly onProgress?: (progress: DownloadProgress) => void;
  /** Give up on one file after this many milliseconds. Default 120,000 (two minutes), or 3,600,000 (an hour) with `expect: "police-uk-archive"`. */
  readonly timeoutMs?: number;
  /**
   * Refuse a file larger than this many bytes (declared or received). Default {@link defaultMaxDownloadBytes} (100 MB),
   * or {@link defaultMaxArchiveBytes} (10 GB) with `expect: "police-uk-archive"`.
   */
  readonly maxBytes?: number;
  /**
   * What each file must hold before it may replace a cached copy: `"mps-wide"` (default), a
   * London Datastore MPS file (header MajorText, MinorText, area columns, months as YYYYMM), or
   * `"csv"`, any CSV with a header of named columns. Either way: UTF-8, not an HTML page, every
   * row as long as the header, ending with a line break. `"police-uk-archive"`: a data.police.uk
   * archive (a zip whose end record and central directory are whole and list at least one
   * `YYYY-MM-<force>-street.csv` member); it is streamed to disk as it arrives, never held in memory.
   */
  readonly expect?: "mps-wide" | "csv" | "police-uk-archive";
}

/** Progress of one file, passed to {@link DownloadFilesOptions.onProgress}. */
export interface DownloadProgress {
  /** The address being fetched. */
  readonly url: string;
  /** The file name written in the cache folder. */
  readonly fileName: string;
  /** Bytes received so far. */
  readonly received: number;
  /** Bytes expected (the Content-Length header), or `null` when the server did not say. */
  readonly total: number | null;
}

/** One file written by {@link downloadFiles}. */
export interface DownloadedFile {
  /** The address it came from. */
  readonly url: string;
  /** Absolute path of the file written. */
  readonly path: string;
  /** Its size in bytes. */
  readonly bytes: number;
  /** Absolute path of the copy it replaced (`<file>.previous`), or `null` when there was none. */
  readonly previous: string | null;
}

const maxRedirects = 5;

function checkUrl(raw: string): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ReportError("invalid-option", `Download address "${raw}" is not a valid URL: expected an https:// address.`, { url: raw });
  }
  const problem = addressProblem(url);
  if (problem !== null) throw new ReportError("invalid-option", `Download address "${raw}" is ${problem}.`, { url: raw });
  return url;
}

/** Checks the options' types before anything is fetched or written. */
function checkOptions(options: unknown): asserts options is DownloadFilesOptions {
  const bad = (what: string, value: unknown, expected: string): ReportError =>
    new ReportError("invalid-option", `downloadFiles: ${what} is ${describeValue(value)}: expected ${expected}.`, { option: what });
  if (typeof options !== "object" || options === null || Array.isArray(options)) throw bad("the options argument", options, "an object with cacheDir");
  const o = options as Record<string, unknown>;
  if (typeof o["cacheDir"] !== "string" || o["cacheDir"].trim() === "") throw bad("cacheDir", o["cacheDir"], "the path of a folder");
  if (o["urls"] !== undefined && (!Array.isArray(o["urls"]) || o["urls"].some((u) => typeof u !== "string")))
    throw bad("urls", o["urls"], "an array of address strings");
  const timeout = o["timeoutMs"];
  // Node's timers hold at most 2^31 - 1 ms; a longer one fires at once.
  if (timeout !== undefined && (typeof timeout !== "number" || !(timeout > 0) || timeout > 2_147_483_647))
    throw bad("timeoutMs", timeout, "a number of milliseconds from 1 to 2147483647");
  if (o["maxBytes"] !== undefined && typeof o["maxBytes"] !== "number") throw bad("maxBytes", o["maxBytes"], "a positive whole number of bytes");
  if (o["onProgress"] !== undefined && typeof o["onProgress"] !== "function") throw bad("onProgress", o["onProgress"], "a function");
  if (o["expect"] !== undefined && o["expect"] !== "mps-wide" && o["expect"] !== "csv" && o["expect"] !== "police-uk-archive")
    throw bad("expect", o["expect"], '"mps-wide", "csv" or "police-uk-archive"');
}

function fileNameOf(url: URL): string {
  let name: string;
  try {
    name = basename(decodeURIComponent(url.pathname));
  } catch {
    name = basename(url.pathname);
  }
  name = name.replace(/[^\w .()+-]/g, "_");
  if (name === "" || name === "." || name === ".." || name.startsWith(".")) {
    throw new ReportError("invalid-option", `Download address "${url.href}" names no file: expected an address ending in a file name.`, { url: url.href });
  }
  return name;
}

/** A network failure in words: never Node's bare "socket hang up" or "aborted". */
function networkExplanation(error: unknown, signal: AbortSignal, timeoutMs: number): string {
  if (signal.aborted) return `no complete answer within ${timeoutMs / 1000} s`;
  const cause = (error instanceof Error && error.cause instanceof Error ? error.cause : error) as NodeJS.ErrnoException;
  const code = typeof cause?.code === "string" ? cause.code : "";
  const known: Readonly<Record<string, string>> = {
    ECONNREFUSED: "the connection was refused",
    ECONNRESET: "the server closed the connection before the end of the file",
    ENOTFOUND: "the host name was not found",
    EAI_AGAIN: "the host name could not be looked up",
    ETIMEDOUT: "the connection timed out",
    EHOSTUNREACH: "the host is unreachable",
    ENETUNREACH: "the network is unreachable",
    EPIPE: "the server closed the connection",
  };
  if (known[code] !== undefined) return known[code];
  if (/CERT|SSL|TLS|SIGNATURE|ISSUER/i.test(code)) return `the server's certificate was not accepted (${code})`;
  if (code.startsWith("HPE_")) return `the server's answer is not valid HTTP (${code})`;
  return code === "" ? "a network error" : `a network error (${code})`;
}

function failed(url: URL, what: string, details: Record<string, unknown>): ReportError {
  return new ReportError("download-failed", `Download of "${url.href}" ${what}.`, { url: url.href, ...details });
}

/** One GET with node:http(s), asking for the bytes as stored (no compression), so lengths can be checked. */
function get(url: URL, signal: AbortSignal): Promise<IncomingMessage> {
  return new Promise((done, fail) => {
    const send = url.protocol === "https:" ? httpsRequest : httpRequest;
    const request = send(url, { signal, headers: { "accept-encoding": "identity", "user-agent": "crimestats (@crimestats/report)" } }, done);
    request.on("error", fail);
    request.end();
  });
}

/** Fetches an address, following at most five redirects, each to an address `urls` would accept. */
async function fetchChecked(start: URL, signal: AbortSignal, timeoutMs: number): Promise<IncomingMessage> {
  let url = start;
  for (let hop = 0; ; hop += 1) {
    let response: IncomingMessage;
    try {
      response = await get(url, signal);
    } catch (error) {
      const explanation = networkExplanation(error, signal, timeoutMs);
      throw failed(start, `failed (${explanation})${url === start ? "" : ` at "${url.href}"`}: expected a reachable address`, { explanation });
    }
    const status = response.statusCode ?? 0;
    if (status < 300 || status > 399 || status === 304) return response;
    response.resume();
    const location = response.headers.location;
    if (location === undefined) throw failed(start, `failed with HTTP status ${status} and no address to go to: expected 200`, { status });
    let next: URL;
    try {
      next = new URL(location, url);
    } catch {
      throw failed(start, `was redirected to "${location}", which is not a valid URL: expected an https:// address`, { location });
    }
    const problem = redirectProblem(url, next);
    if (problem !== null) {
      throw failed(start, `was redirected to "${next.href}", which is refused (${problem}): expected redirects to https:// addresses only`, {
        location: next.href,
      });
    }
    if (hop + 1 > maxRedirects) throw failed(start, `was redirected more than ${maxRedirects} times: expected the file`, { location: next.href });
    url = next;
  }
}

/**
 * Reads a response body into `sink` (memory, or a file on disk), refusing more than `maxBytes`, a
 * body shorter than its declared length and a chunked body without its final chunk (a message the
 * server did not finish). Returns the number of bytes received.
 */
async function readBody(
  url: URL,
  response: IncomingMessage,
  fileName: string,
  maxBytes: number,
  signal: AbortSignal,
  timeoutMs: number,
  onProgress: DownloadFilesOptions["onProgress"],
  sink: (chunk: Buffer) => void | Promise<void>,
): Promise<number> {
  const lengthHeader = response.headers["content-length"];
  const declared = lengthHeader !== undefined && /^\d+$/.test(lengthHeader.trim()) ? Number(lengthHeader) : null;
  const encoding = (response.headers["content-encoding"] ?? "identity").trim().toLowerCase();
  if (encoding !== "identity") {
    response.destroy();
    throw failed(url, `came compressed (${encoding}) although the bytes as stored were asked for: expected an uncompressed CSV`, { encoding });
  }
  if (declared !== null && declared > maxBytes) {
    response.destroy();
    throw failed(url, `is ${declared} bytes, more than the limit of ${maxBytes}: expected a smaller file (raise the limit if it is right)`, {
      bytes: declared,
      maxBytes,
    });
  }
  let received = 0;
  try {
    for await (const chunk of response as AsyncIterable<Buffer>) {
      received += chunk.byteLength;
      if (received > maxBytes) {
        response.destroy();
        throw failed(url, `is more than ${maxBytes} bytes, the limit: expected a smaller file (raise the limit if it is right)`, { maxBytes });
      }
      await sink(chunk);
      onProgress?.({ url: url.href, fileName, received, total: declared });
    }
  } catch (error) {
    if (error instanceof ReportError || isSystemError(error)) {
      response.destroy();
      throw error;
    }
    const explanation = networkExplanation(error, signal, timeoutMs);
    throw failed(url, `was interrupted (${explanation}): expected the whole file`, { explanation, received });
  }
  if (!response.complete) {
    throw failed(url, "was interrupted (the server closed the connection before the end of the file): expected the whole file", { received });
  }
  if (declared !== null && received !== declared) {
    throw failed(url, `ended after ${received} of the ${declared} bytes the server declared: expected the whole file`, { received, total: declared });
  }
  if (received === 0) throw failed(url, "returned an empty file: expected data", {});
  return received;
}

/** A temporary file's name beside `path` (same folder, so renaming it is atomic). */
function temporaryPath(path: string): string {
  return join(resolve(path, ".."), `.${basename(path)}.${process.pid}-${randomBytes(4).toString("hex")}.part`);
}

/** Writes bytes to a new temporary file beside `path` (same folder, so renaming it is atomic) and flushes them to disk. */
async function writeTemporary(path: string, bytes: Uint8Array): Promise<string> {
  const temporary = temporaryPath(path);
  await writeNewFile(temporary, bytes);
  return temporary;
}

/** Temporary files of this module: `.<name>.<pid>-<8 hex>.part` and `<name>.previous.<pid>-<8 hex>`. */
const temporaryName = /^(?:\..+\.(\d+)-[0-9a-f]{8}\.part|.+\.previous\.(\d+)-[0-9a-f]{8})$/;

/** Removes the temporary files a download killed mid-way left in the cache folder (those of processes no longer running). */
async function removeLeftovers(cacheDir: string): Promise<void> {
  for (const name of await readdir(cacheDir)) {
    const match = temporaryName.exec(name);
    const pid = Number(match?.[1] ?? match?.[2] ?? Number.NaN);
    if (Number.isSafeInteger(pid) && pid !== process.pid && !processAlive(pid)) await rm(join(cacheDir, name), { force: true });
  }
}

/** Keeps the cached copy at `path` (if any) as `<path>.previous`, replacing an older one atomically. */
async function keepPrevious(path: string): Promise<string | null> {
  const existing = await stat(path).catch(() => null);
  if (existing === null || !existing.isFile()) return null;
  const previous = `${path}.previous`;
  const staging = `${previous}.${process.pid}-${randomBytes(4).toString("hex")}`;
  // A hard link keeps the copy without reading it again; file systems without links get a copy.
  await link(path, staging).catch(() => copyFile(path, staging));
  await rename(staging, previous);
  return previous;
}

function writeFailed(error: unknown, what: string, cacheDir: string): unknown {
  if (!isSystemError(error)) return error;
  return new ReportError("write-failed", describeSystemError(error, `Cannot write ${what} in the cache folder "${cacheDir}"`), { cacheDir, code: error.code });
}

/**
 * Downloads data files (by default the London Datastore MPS borough and ward recorded-crime
 * files, or with `expect: "police-uk-archive"` the data.police.uk archive) into a local cache
 * folder. Every file is fetched whole and checked before anything in the cache is replaced: HTTP
 * 200 after at most five redirects (each to an address `urls` would accept, never from HTTPS to
 * plain HTTP or from a public host to a loopback one), no more bytes than `maxBytes`, exactly the
 * declared length, and the content expected (see {@link DownloadFilesOptions.expect}), so an HTML
 * error page or a file cut short is refused. When all files pass, each is written to a temporary
 * file in the cache folder (an archive as it arrives), flushed and renamed over the cached copy,
 * whose previous version is kept as `<file>.previous`. When one fails, the cache is left as it was.
 *
 * @param options - The addresses, the cache folder, a progress callback, a timeout, a size limit and the content expected.
 * @returns The files written, in the order of `urls`.
 * @throws {@link ReportError} `invalid-option` for an address that is not `https:` (or `http:`
 * to a loopback host) or names no file, or an option of the wrong type (a `maxBytes` that is
 * not a positive integer, a `timeoutMs` that is not 1 to 2^31 − 1);
 * `download-failed` for a network error, a timeout, an HTTP status other than 200, a refused
 * redirect, a file too large, cut short, empty or not the content expected (not the CSV, or not
 * a zip archive listing street files); `write-failed` when the cache folder cannot be created or written.
 * @example
 * ```ts
 * const files = await downloadFiles({ urls: ["http://127.0.0.1:8080/borough.csv"], cacheDir: "./cache" });
 * files.map((f) => f.bytes > 0);
 * //=> [true]
 * const archive = await downloadFiles({ urls: ["http://127.0.0.1:8080/2024-02.zip"], cacheDir: "./cache", expect: "police-uk-archive" });
 * archive.map((f) => f.path.endsWith("2024-02.zip"));
 * //=> [true]
 * ```
 */
export async function downloadFiles(options: DownloadFilesOptions): Promise<readonly DownloadedFile[]> {
  checkOptions(options);
  const expected = options.expect ?? "mps-wide";
  const archive = expected === "police-uk-archive";
  const urls = (options.urls ?? (archive ? [policeUkArchiveUrl] : londonDatastoreUrls)).map(checkUrl);
  if (urls.length === 0) {
    throw new ReportError("invalid-option", "No download address was given: expected at least one URL.", {});
  }
  const maxBytes = options.maxBytes ?? (archive ? defaultMaxArchiveBytes : defaultMaxDownloadBytes);
  if (!Number.isSafeInteger(maxBytes) || maxBytes <= 0) {
    throw new ReportError("invalid-option", `Size limit ${describeValue(maxBytes)} is not a positive whole number of bytes: expected e.g. 100000000.`, {
      maxBytes,
    });
  }
  const timeoutMs = options.timeoutMs ?? (archive ? 3_600_000 : 120_000);
  const names = urls.map(fileNameOf);
  const repeated = names.find((name, i) => names.indexOf(name) !== i);
  if (repeated !== undefined) {
    throw new ReportError("invalid-option", `Two download addresses name the same file "${repeated}": expected one address per file name.`, {
      fileName: repeated,
    });
  }
  const cacheDir = resolve(options.cacheDir);
  try {
    await mkdir(cacheDir, { recursive: true });
    await access(cacheDir, constants.W_OK);
    await removeLeftovers(cacheDir);
  } catch (error) {
    throw writeFailed(error, "anything", cacheDir);
  }
  for (const name of names) {
    const target = await stat(join(cacheDir, name)).catch(() => null);
    if (target !== null && !target.isFile()) {
      throw new ReportError(
        "write-failed",
        `"${join(cacheDir, name)}" is a folder or other non-file: expected a file there, or nothing, so the download can be saved.`,
        { cacheDir, fileName: name },
      );
    }
  }
  // A CSV is held in memory until every file has passed; an archive goes to its temporary file as it arrives.
  const fetched: { url: URL; path: string; bytes: number; data: Buffer | null; temporary: string | null }[] = [];
  const streamed: string[] = [];
  try {
    for (const [i, url] of urls.entries()) {
      const fileName = names[i] ?? "";
      const path = join(cacheDir, fileName);
      const signal = AbortSignal.timeout(timeoutMs);
      const response = await fetchChecked(url, signal, timeoutMs);
      if (response.statusCode !== 200) {
        response.destroy();
        throw failed(url, `failed with HTTP status ${response.statusCode ?? "(none)"}: expected 200`, { status: response.statusCode });
      }
      if (!archive) {
        const chunks: Buffer[] = [];
        const bytes = await readBody(url, response, fileName, maxBytes, signal, timeoutMs, options.onProgress, (chunk) => {
          chunks.push(chunk);
        });
        const data = Buffer.concat(chunks, bytes);
        const problem = csvShapeProblem(data, expected as "mps-wide" | "csv");
        if (problem !== null) {
          throw failed(url, `was refused because it ${problem}; the cached copy is left as it was`, { problem });
        }
        fetched.push({ url, path, bytes, data, temporary: null });
        continue;
      }
      const temporary = temporaryPath(path);
      let bytes: number;
      try {
        const handle = await open(temporary, "wx");
        streamed.push(temporary);
        try {
          bytes = await readBody(url, response, fileName, maxBytes, signal, timeoutMs, options.onProgress, async (chunk) => {
            await handle.write(chunk);
          });
          await handle.sync();
        } finally {
          await handle.close();
        }
      } catch (error) {
        response.destroy();
        throw writeFailed(error, `"${fileName}"`, cacheDir);
      }
      const problem = await archiveProblem(temporary);
      if (problem !== null) {
        throw failed(url, `was refused because it ${problem}; the cached copy is left as it was`, { problem });
      }
      fetched.push({ url, path, bytes, data: null, temporary });
    }
  } catch (error) {
    await Promise.all(streamed.map((t) => rm(t, { force: true })));
    throw error;
  }
  const temporaries: string[] = [];
  try {
    for (const file of fetched) temporaries.push(file.temporary ?? (await writeTemporary(file.path, file.data ?? new Uint8Array())));
  } catch (error) {
    await Promise.all([...streamed, ...temporaries].map((t) => rm(t, { force: true })));
    throw writeFailed(error, "a downloaded file", cacheDir);
  }
  const written: DownloadedFile[] = [];
  for (const [i, file] of fetched.entries()) {
    const temporary = temporaries[i] ?? "";
    try {
      const previous = await keepPrevious(file.path);
      await rename(temporary, file.path);
      written.push({ url: file.url.href, path: file.path, bytes: file.bytes, previous });
    } catch (error) {
      await Promise.all(temporaries.slice(i).map((t) => rm(t, { force: true })));
      throw writeFailed(error, `"${basename(file.path)}"`, cacheDir);
    }
  }
  return written;
}
