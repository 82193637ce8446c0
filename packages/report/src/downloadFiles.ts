import { mkdir, rename, rm, writeFile } from "node:fs/promises";
import { basename, join, resolve } from "node:path";
import { ReportError } from "./ReportError.js";

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

/** Options of {@link downloadFiles}. */
export interface DownloadFilesOptions {
  /** Addresses to fetch; `https:` only, except `http:` to a loopback host (127.0.0.1, ::1, localhost) for testing. Default {@link londonDatastoreUrls}. */
  readonly urls?: readonly string[];
  /** Folder the files are written to (created if missing). */
  readonly cacheDir: string;
  /** Called as bytes arrive, for progress output. */
  readonly onProgress?: (progress: DownloadProgress) => void;
  /** Give up on one file after this many milliseconds. Default 120,000. */
  readonly timeoutMs?: number;
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
}

const loopbackHosts = new Set(["127.0.0.1", "localhost", "[::1]", "::1"]);

function checkUrl(raw: string): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ReportError("INVALID_ARGUMENT", `Download address "${raw}" is not a valid URL: expected an https:// address.`, { url: raw });
  }
  const loopbackHttp = url.protocol === "http:" && loopbackHosts.has(url.hostname);
  if (url.protocol !== "https:" && !loopbackHttp) {
    throw new ReportError(
      "INVALID_ARGUMENT",
      `Download address "${raw}" is not HTTPS: expected an https:// address (plain http:// is allowed only to 127.0.0.1 or localhost).`,
      { url: raw },
    );
  }
  return url;
}

function fileNameOf(url: URL): string {
  let name = basename(decodeURIComponent(url.pathname));
  name = name.replace(/[^\w .()+-]/g, "_");
  if (name === "" || name === "." || name === "..") {
    throw new ReportError("INVALID_ARGUMENT", `Download address "${url.href}" names no file: expected an address ending in a file name.`, { url: url.href });
  }
  return name;
}

/**
 * Downloads data files (by default the London Datastore MPS borough and ward recorded-crime
 * files) into a local cache folder, one file at a time, each written to a temporary name and
 * renamed when complete so that an interrupted download never leaves a partial file.
 *
 * @param options - The addresses, the cache folder, a progress callback and a timeout.
 * @returns The files written, in the order of `urls`.
 * @throws {@link ReportError} `INVALID_ARGUMENT` for an address that is not `https:` (or `http:`
 * to a loopback host) or names no file; `DOWNLOAD_FAILED` for a network error, a timeout, an
 * HTTP status other than 200 or an empty body.
 * @example
 * ```ts
 * const files = await downloadFiles({ urls: ["http://127.0.0.1:8080/borough.csv"], cacheDir: "./cache" });
 * files.map((f) => f.bytes > 0);
 * //=> [true]
 * ```
 */
export async function downloadFiles(options: DownloadFilesOptions): Promise<readonly DownloadedFile[]> {
  const urls = (options.urls ?? londonDatastoreUrls).map(checkUrl);
  if (urls.length === 0) {
    throw new ReportError("INVALID_ARGUMENT", "No download address was given: expected at least one URL.", {});
  }
  const cacheDir = resolve(options.cacheDir);
  await mkdir(cacheDir, { recursive: true });
  const written: DownloadedFile[] = [];
  for (const url of urls) {
    const fileName = fileNameOf(url);
    const path = join(cacheDir, fileName);
    let response: Response;
    try {
      response = await fetch(url, { signal: AbortSignal.timeout(options.timeoutMs ?? 120_000), redirect: "follow" });
    } catch (error) {
      const reason = error instanceof Error ? (error.cause instanceof Error ? error.cause.message : error.message) : String(error);
      throw new ReportError("DOWNLOAD_FAILED", `Download of "${url.href}" failed (${reason}): expected a reachable address.`, { url: url.href, reason });
    }
    if (response.url !== "" && new URL(response.url).protocol !== url.protocol) {
      checkUrl(response.url);
    }
    if (response.status !== 200 || response.body === null) {
      throw new ReportError("DOWNLOAD_FAILED", `Download of "${url.href}" failed with HTTP status ${response.status}: expected 200.`, { url: url.href, status: response.status });
    }
    const lengthHeader = response.headers.get("content-length");
    const length = lengthHeader === null ? Number.NaN : Number(lengthHeader);
    const total = Number.isFinite(length) ? length : null;
    const chunks: Uint8Array[] = [];
    let received = 0;
    try {
      for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
        chunks.push(chunk);
        received += chunk.byteLength;
        options.onProgress?.({ url: url.href, fileName, received, total });
      }
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new ReportError("DOWNLOAD_FAILED", `Download of "${url.href}" was interrupted (${reason}): expected the whole file.`, { url: url.href, reason });
    }
    if (received === 0) {
      throw new ReportError("DOWNLOAD_FAILED", `Download of "${url.href}" returned an empty file: expected data.`, { url: url.href });
    }
    const temporary = `${path}.part`;
    await writeFile(temporary, Buffer.concat(chunks));
    try {
      await rename(temporary, path);
    } catch (error) {
      await rm(temporary, { force: true });
      throw error;
    }
    written.push({ url: url.href, path, bytes: received });
  }
  return written;
}
