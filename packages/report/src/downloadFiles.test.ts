import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { createServer as createHttpsServer } from "node:https";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rawOk, serveFolder, serveRaw, type RawHandler } from "../test/servedData.js";
import { defaultMaxDownloadBytes, downloadFiles, londonDatastoreUrls } from "./downloadFiles.js";
import { ReportError } from "./ReportError.js";

const dataDir = process.env["CRIMESTATS_DATA_DIR"] ?? "";
const boroughFile = "london-datastore-mps-borough-crime/MPS Borough Level Crime (most recent 24 months) 2024-01_2025-12.csv";
const hasData = dataDir !== "" && existsSync(join(dataDir, boroughFile));

describe.skipIf(!hasData)("downloadFiles against a server on 127.0.0.1 serving CRIMESTATS_DATA_DIR (skipped: CRIMESTATS_DATA_DIR absent)", () => {
  let served: Awaited<ReturnType<typeof serveFolder>>;
  beforeAll(async () => {
    served = await serveFolder(dataDir);
  });
  afterAll(async () => {
    await served.close();
  });

  it("fetches a file byte for byte, reports progress and leaves no partial file", async () => {
    const cacheDir = mkdtempSync(join(tmpdir(), "crimestats-dl-"));
    const progress: number[] = [];
    const url = `${served.base}/${boroughFile.split("/").map(encodeURIComponent).join("/")}`;
    const files = await downloadFiles({ urls: [url], cacheDir, onProgress: (p) => progress.push(p.received) });
    const original = readFileSync(join(dataDir, boroughFile));
    expect(files).toHaveLength(1);
    expect(files[0]?.bytes).toBe(original.byteLength);
    expect(readFileSync(files[0]?.path ?? "").equals(original)).toBe(true);
    expect(files[0]?.path.endsWith("MPS Borough Level Crime (most recent 24 months) 2024-01_2025-12.csv")).toBe(true);
    expect(progress.at(-1)).toBe(original.byteLength);
    expect(readdirSync(cacheDir).filter((f) => f.endsWith(".part"))).toEqual([]);
  });

  it("accepts every published MPS borough and ward file as it is (the content check refuses none of them)", async () => {
    const folders = ["london-datastore-mps-borough-crime", "london-datastore-mps-ward-crime"];
    const names = folders.flatMap((folder) =>
      readdirSync(join(dataDir, folder))
        .filter((f) => f.endsWith(".csv"))
        .map((f) => `${folder}/${f}`),
    );
    expect(names.length).toBeGreaterThanOrEqual(3);
    const cacheDir = mkdtempSync(join(tmpdir(), "crimestats-dl-"));
    const urls = names.map((name) => `${served.base}/${name.split("/").map(encodeURIComponent).join("/")}`);
    const files = await downloadFiles({ urls, cacheDir, timeoutMs: 60_000 });
    expect(files.map((f) => f.bytes)).toEqual(names.map((name) => readFileSync(join(dataDir, name)).byteLength));
  });

  it("fails with download-failed on a 404", async () => {
    const cacheDir = mkdtempSync(join(tmpdir(), "crimestats-dl-"));
    await expect(downloadFiles({ urls: [`${served.base}/missing.csv`], cacheDir })).rejects.toMatchObject({
      code: "download-failed",
      message: expect.stringContaining("HTTP status 404"),
    });
    expect(readdirSync(cacheDir)).toEqual([]);
  });
});

describe("downloadFiles address checks", () => {
  it("refuses plain http to a host that is not loopback", async () => {
    const error = await downloadFiles({ urls: ["http://example.org/a.csv"], cacheDir: tmpdir() }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ReportError);
    expect((error as ReportError).code).toBe("invalid-option");
    expect((error as ReportError).message).toContain("is not HTTPS");
  });

  it("refuses a malformed address and an address without a file name", async () => {
    await expect(downloadFiles({ urls: ["not a url"], cacheDir: tmpdir() })).rejects.toMatchObject({ code: "invalid-option" });
    await expect(downloadFiles({ urls: ["https://example.org/"], cacheDir: tmpdir() })).rejects.toMatchObject({ code: "invalid-option" });
    await expect(downloadFiles({ urls: [], cacheDir: tmpdir() })).rejects.toMatchObject({ code: "invalid-option" });
    await expect(downloadFiles({ urls: ["https://example.org/a/x.csv", "https://example.org/b/x.csv"], cacheDir: tmpdir() })).rejects.toMatchObject({
      code: "invalid-option",
      message: 'Two download addresses name the same file "x.csv": expected one address per file name.',
    });
  });

  it.each([
    ["no options", undefined, "the options argument is undefined"],
    ["null options", null, "the options argument is null"],
    ["a number as cacheDir", { cacheDir: 5 }, "cacheDir is 5"],
    ["a string as urls", { cacheDir: "x", urls: "https://example.org/a.csv" }, 'urls is "https://example.org/a.csv"'],
    ["a BigInt address", { cacheDir: "x", urls: [10n] }, "urls is an array"],
    ["a Symbol address", { cacheDir: "x", urls: [Symbol("u")] }, "urls is an array"],
    [
      "a prototype-less object as timeout",
      { cacheDir: "x", urls: ["https://example.org/a.csv"], timeoutMs: Object.create(null) as object },
      "timeoutMs is an object",
    ],
    ["a NaN timeout", { cacheDir: "x", urls: ["https://example.org/a.csv"], timeoutMs: Number.NaN }, "timeoutMs is NaN"],
    ["a timeout past Node's timer limit", { cacheDir: "x", urls: ["https://example.org/a.csv"], timeoutMs: 1e10 }, "timeoutMs is 10000000000"],
    ["a BigInt size limit", { cacheDir: "x", urls: ["https://example.org/a.csv"], maxBytes: 5n }, "maxBytes is 5n"],
    ["a string as onProgress", { cacheDir: "x", urls: ["https://example.org/a.csv"], onProgress: "log" }, 'onProgress is "log"'],
    ["an unknown expect", { cacheDir: "x", urls: ["https://example.org/a.csv"], expect: "xlsx" }, 'expect is "xlsx"'],
  ])("refuses %s with invalid-option before fetching or writing anything", async (_name, options, message) => {
    const error = await downloadFiles(options as never).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ReportError);
    expect((error as ReportError).code).toBe("invalid-option");
    expect((error as ReportError).message).toContain(message);
    expect(existsSync("x")).toBe(false);
  });

  it("reports an unreachable loopback port as download-failed", async () => {
    await expect(downloadFiles({ urls: ["http://127.0.0.1:1/a.csv"], cacheDir: mkdtempSync(join(tmpdir(), "crimestats-dl-")) })).rejects.toMatchObject({
      code: "download-failed",
    });
  });

  it("defaults to the London Datastore borough and ward files over HTTPS", () => {
    expect(londonDatastoreUrls).toHaveLength(2);
    for (const url of londonDatastoreUrls) expect(url.startsWith("https://data.london.gov.uk/download/recorded_crime_summary/")).toBe(true);
  });
});

/** A hand-written MPS wide file: `rows` boroughs × two offences × `months` months from 2024-01. */
function mpsCsv(rows: number, months = 6, seed = 1): string {
  const header = ["MajorText", "MinorText", "BoroughName", ...Array.from({ length: months }, (_, m) => `2024${String(m + 1).padStart(2, "0")}`)];
  const lines = [header.join(",")];
  for (let r = 0; r < rows; r += 1) {
    for (const [major, minor] of [
      ["BURGLARY", "BURGLARY - RESIDENTIAL"],
      ["THEFT", "SHOPLIFTING"],
    ]) {
      lines.push([major, minor, `Borough ${r}`, ...Array.from({ length: months }, (_, m) => String((r * 7 + m * 3 + seed) % 23))].join(","));
    }
  }
  return `${lines.join("\r\n")}\r\n`;
}

const good = mpsCsv(40);
const older = mpsCsv(40, 6, 5);
const html = "<!DOCTYPE html>\n<html><head><title>Data Store</title></head><body><p>The page you asked for has moved.</p></body></html>\n";
const end =
  (bytes: string | Buffer): RawHandler =>
  (socket) =>
    socket.end(bytes);

/** Each misbehaviour of a server, answered by hand over node:net. */
const misbehaviours: Readonly<Record<string, RawHandler>> = {
  "/good.csv": end(rawOk(good)),
  "/other.csv": end(rawOk(mpsCsv(3, 4, 2))),
  "/html.csv": end(rawOk(html, "text/html")),
  "/html-as-csv.csv": end(rawOk(html, "text/csv")),
  "/not-mps.csv": end(rawOk("a,b\n1,2\n3,4\n")),
  "/chunked-missing-last.csv": (socket) => {
    // Every data chunk arrives, but the final zero-length chunk never does.
    socket.write("HTTP/1.1 200 OK\r\nContent-Type: text/csv\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n");
    const half = good.slice(0, Math.floor(good.length / 2));
    socket.write(`${Buffer.byteLength(half).toString(16)}\r\n${half}\r\n`);
    socket.end();
  },
  "/chunked-missing-last-at-line-end.csv": (socket) => {
    // Cut at the end of a row: only the missing final chunk shows that the file is incomplete.
    socket.write("HTTP/1.1 200 OK\r\nContent-Type: text/csv\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n");
    const rows = good.slice(0, good.indexOf("\n", Math.floor(good.length / 2)) + 1);
    socket.write(`${Buffer.byteLength(rows).toString(16)}\r\n${rows}\r\n`);
    setTimeout(() => socket.end(), 50);
  },
  "/no-length-early-close.csv": (socket) => {
    socket.end(`HTTP/1.1 200 OK\r\nContent-Type: text/csv\r\nConnection: close\r\n\r\n${good.slice(0, Math.floor(good.length * 0.6))}`);
  },
  "/no-length-cut-after-comma.csv": (socket) => {
    const cut = good.indexOf(",", Math.floor(good.length * 0.6)) + 1;
    socket.end(`HTTP/1.1 200 OK\r\nContent-Type: text/csv\r\nConnection: close\r\n\r\n${good.slice(0, cut)}`);
  },
  "/length-smaller.csv": (socket) => {
    socket.end(`HTTP/1.1 200 OK\r\nContent-Type: text/csv\r\nContent-Length: ${Math.floor(good.length * 0.7)}\r\nConnection: close\r\n\r\n${good}`);
  },
  "/length-larger.csv": (socket) => {
    socket.end(`HTTP/1.1 200 OK\r\nContent-Type: text/csv\r\nContent-Length: ${good.length + 500}\r\nConnection: close\r\n\r\n${good}`);
  },
  "/stalls.csv": (socket) => socket.write("HTTP/1.1 200 OK\r\nContent-Type: text/csv\r\nContent-Length: 5000\r\n\r\nMajorText,"),
  "/server-error.csv": end("HTTP/1.1 500 Internal Server Error\r\nContent-Length: 4\r\nConnection: close\r\n\r\noops"),
  "/to-public-http.csv": end("HTTP/1.1 302 Found\r\nLocation: http://example.org/good.csv\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"),
  "/to-ftp.csv": end("HTTP/1.1 301 Moved Permanently\r\nLocation: ftp://127.0.0.1/good.csv\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"),
  "/to-file.csv": end("HTTP/1.1 307 Temporary Redirect\r\nLocation: file:///etc/passwd\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"),
  "/loop.csv": end("HTTP/1.1 302 Found\r\nLocation: /loop.csv\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"),
  "/moved.csv": end("HTTP/1.1 302 Found\r\nLocation: /good.csv\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"),
  "/big-declared.csv": end(`HTTP/1.1 200 OK\r\nContent-Type: text/csv\r\nContent-Length: ${good.length}\r\nConnection: close\r\n\r\n${good}`),
  "/big-undeclared.csv": (socket) => socket.end(`HTTP/1.1 200 OK\r\nContent-Type: text/csv\r\nConnection: close\r\n\r\n${good}`),
};

describe("downloadFiles against a misbehaving server on 127.0.0.1", () => {
  let server: Awaited<ReturnType<typeof serveRaw>>;
  beforeAll(async () => {
    server = await serveRaw(misbehaviours);
  });
  afterAll(async () => {
    await server.close();
  });

  /** A cache folder holding a good copy of "good.csv" (the older release), as a previous download left it. */
  function cacheWithGoodCopy(): string {
    const cacheDir = mkdtempSync(join(tmpdir(), "crimestats-dl-"));
    writeFileSync(join(cacheDir, "good.csv"), older);
    return cacheDir;
  }

  /** Downloads `path` from the server into a cache holding a good copy named as the file; returns the error and the cache. */
  async function refused(path: string, options: { maxBytes?: number } = {}): Promise<{ error: ReportError; cacheDir: string; name: string }> {
    const cacheDir = mkdtempSync(join(tmpdir(), "crimestats-dl-"));
    const name = path.slice(1);
    writeFileSync(join(cacheDir, name), older);
    const error = await downloadFiles({ urls: [`${server.base}${path}`], cacheDir, timeoutMs: 10_000, ...options }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ReportError);
    // Whatever went wrong, the good cached copy is untouched and nothing else is left behind.
    expect(readFileSync(join(cacheDir, name), "utf8")).toBe(older);
    expect(readdirSync(cacheDir)).toEqual([name]);
    return { error: error as ReportError, cacheDir, name };
  }

  it("the doc example: downloads a file and reports its size", async () => {
    const cacheDir = mkdtempSync(join(tmpdir(), "crimestats-dl-"));
    const files = await downloadFiles({ urls: [`${server.base}/good.csv`], cacheDir });
    expect(files.map((f) => f.bytes > 0)).toEqual([true]);
    expect(readFileSync(join(cacheDir, "good.csv"), "utf8")).toBe(good);
    expect(files[0]?.previous).toBeNull();
  });

  it("replaces a good cached copy with a good download and keeps the one before as <file>.previous", async () => {
    const cacheDir = cacheWithGoodCopy();
    const files = await downloadFiles({ urls: [`${server.base}/good.csv`], cacheDir });
    expect(readFileSync(join(cacheDir, "good.csv"), "utf8")).toBe(good);
    expect(files[0]?.previous).toBe(join(cacheDir, "good.csv.previous"));
    expect(readFileSync(join(cacheDir, "good.csv.previous"), "utf8")).toBe(older);
    expect(readdirSync(cacheDir).sort()).toEqual(["good.csv", "good.csv.previous"]);
  });

  it.each([
    ["/html.csv", /is an HTML or XML page, not a CSV file/],
    ["/html-as-csv.csv", /is an HTML or XML page, not a CSV file/],
    ["/not-mps.csv", /has the header "a,b", not an MPS file's/],
  ])("refuses a 200 answer whose body is not the CSV expected (%s) and keeps the cached copy", async (path, message) => {
    const { error } = await refused(path);
    expect(error.code).toBe("download-failed");
    expect(error.message).toMatch(message);
    expect(error.message).toContain("the cached copy is left as it was");
  });

  it.each([
    ["/chunked-missing-last.csv", "the server closed the connection before the end of the file"],
    ["/chunked-missing-last-at-line-end.csv", "the server closed the connection before the end of the file"],
    ["/no-length-early-close.csv", "was refused because it"],
    ["/no-length-cut-after-comma.csv", "was refused because it"],
    ["/length-smaller.csv", "was refused because it"],
    ["/length-larger.csv", "the server closed the connection before the end of the file"],
  ])("refuses a body cut short (%s) and keeps the cached copy", async (path, message) => {
    const { error } = await refused(path);
    expect(error.code).toBe("download-failed");
    expect(error.message).toContain(message);
    expect(error.message).not.toMatch(/terminated|fetch failed|aborted|hang up|ECONNRESET/);
  });

  it("gives up on a server that stops sending, after the timeout", async () => {
    const cacheDir = mkdtempSync(join(tmpdir(), "crimestats-dl-"));
    const error = (await downloadFiles({ urls: [`${server.base}/stalls.csv`], cacheDir, timeoutMs: 300 }).catch((e: unknown) => e)) as ReportError;
    expect(error.message).toBe(`Download of "${server.base}/stalls.csv" was interrupted (no complete answer within 0.3 s): expected the whole file.`);
    expect(error.details["explanation"]).toBe("no complete answer within 0.3 s");
    expect(readdirSync(cacheDir)).toEqual([]);
  });

  it("refuses an HTTP error status", async () => {
    const { error } = await refused("/server-error.csv");
    expect(error.message).toBe(`Download of "${server.base}/server-error.csv" failed with HTTP status 500: expected 200.`);
  });

  it.each([
    ["/to-public-http.csv", "http://example.org/good.csv"],
    ["/to-ftp.csv", "ftp://127.0.0.1/good.csv"],
    ["/to-file.csv", "file:///etc/passwd"],
  ])("refuses a redirect (%s) to an address --url itself would refuse", async (path, target) => {
    const { error } = await refused(path);
    expect(error.code).toBe("download-failed");
    expect(error.message).toBe(
      `Download of "${server.base}${path}" was redirected to "${target}", which is refused (not HTTPS): expected redirects to https:// addresses only.`,
    );
  });

  it("follows a redirect to an allowed address, and gives up on a redirect loop", async () => {
    const cacheDir = mkdtempSync(join(tmpdir(), "crimestats-dl-"));
    const files = await downloadFiles({ urls: [`${server.base}/moved.csv`], cacheDir });
    expect(readFileSync(files[0]?.path ?? "", "utf8")).toBe(good);
    expect(files[0]?.path).toBe(join(cacheDir, "moved.csv"));
    const before = server.requests.length;
    const { error } = await refused("/loop.csv");
    expect(error.message).toContain("was redirected more than 5 times");
    expect(server.requests.length - before).toBe(6);
  });

  it("refuses a file larger than the size limit, declared or not", async () => {
    const declared = await refused("/big-declared.csv", { maxBytes: 1000 });
    expect(declared.error.message).toBe(
      `Download of "${server.base}/big-declared.csv" is ${good.length} bytes, more than the limit of 1000: expected a smaller file (raise the limit if it is right).`,
    );
    const undeclared = await refused("/big-undeclared.csv", { maxBytes: 1000 });
    expect(undeclared.error.message).toContain("is more than 1000 bytes, the limit");
    expect(defaultMaxDownloadBytes).toBe(100_000_000);
    await expect(downloadFiles({ urls: [`${server.base}/good.csv`], cacheDir: tmpdir(), maxBytes: 0 })).rejects.toMatchObject({ code: "invalid-option" });
  });

  it("removes the temporary files a killed download left, and only those", async () => {
    const cacheDir = cacheWithGoodCopy();
    const { spawnSync } = await import("node:child_process");
    const dead = spawnSync(process.execPath, ["-e", ""]).pid ?? 0;
    const leftovers = [`.good.csv.${dead}-0123abcd.part`, `good.csv.previous.${dead}-89abcdef`];
    const kept = [`.good.csv.${process.pid}-0123abcd.part`, "notes.txt", ".good.csv.part"];
    for (const name of [...leftovers, ...kept]) writeFileSync(join(cacheDir, name), "x");
    await downloadFiles({ urls: [`${server.base}/other.csv`], cacheDir });
    expect(readdirSync(cacheDir).sort()).toEqual([...kept, "good.csv", "other.csv"].sort());
  });

  it("replaces nothing when one of several files fails", async () => {
    const cacheDir = cacheWithGoodCopy();
    const error = await downloadFiles({ urls: [`${server.base}/good.csv`, `${server.base}/html.csv`], cacheDir }).catch((e: unknown) => e);
    expect((error as ReportError).code).toBe("download-failed");
    expect(readFileSync(join(cacheDir, "good.csv"), "utf8")).toBe(older);
    expect(readdirSync(cacheDir)).toEqual(["good.csv"]);
  });

  it('accepts any rectangular CSV with expect: "csv"', async () => {
    const cacheDir = mkdtempSync(join(tmpdir(), "crimestats-dl-"));
    const files = await downloadFiles({ urls: [`${server.base}/not-mps.csv`], cacheDir, expect: "csv" });
    expect(files[0]?.bytes).toBe(12);
  });

  it("refuses, before fetching anything, a cache where a file's name is taken by a folder", async () => {
    const cacheDir = mkdtempSync(join(tmpdir(), "crimestats-dl-"));
    mkdirSync(join(cacheDir, "other.csv"));
    const before = server.requests.length;
    const error = (await downloadFiles({ urls: [`${server.base}/good.csv`, `${server.base}/other.csv`], cacheDir }).catch((e: unknown) => e)) as ReportError;
    expect(error.code).toBe("write-failed");
    expect(error.message).toBe(
      `"${join(cacheDir, "other.csv")}" is a folder or other non-file: expected a file there, or nothing, so the download can be saved.`,
    );
    expect(server.requests.length).toBe(before);
    expect(readdirSync(cacheDir)).toEqual(["other.csv"]);
  });

  it("says in one sentence that a cache folder which is a file cannot be written", async () => {
    const parent = mkdtempSync(join(tmpdir(), "crimestats-dl-"));
    writeFileSync(join(parent, "cache"), "I am a file");
    const error = (await downloadFiles({ urls: [`${server.base}/good.csv`], cacheDir: join(parent, "cache") }).catch((e: unknown) => e)) as ReportError;
    expect(error.code).toBe("write-failed");
    expect(error.message).toBe(`Cannot write anything in the cache folder "${join(parent, "cache")}": a file of that name is in the way.`);
  });
});

/** A self-signed certificate for 127.0.0.1 made with openssl for this test (none is committed), or `null` without openssl. */
function selfSignedCertificate(): { key: string; cert: string } | null {
  const dir = mkdtempSync(join(tmpdir(), "crimestats-tls-"));
  const made = spawnSync(
    "openssl",
    [
      "req",
      "-x509",
      "-newkey",
      "rsa:2048",
      "-nodes",
      "-keyout",
      join(dir, "key.pem"),
      "-out",
      join(dir, "cert.pem"),
      "-days",
      "1",
      "-subj",
      "/CN=localhost",
      "-addext",
      "subjectAltName=IP:127.0.0.1,DNS:localhost",
    ],
    { encoding: "utf8" },
  );
  if (made.status !== 0) return null;
  return { key: readFileSync(join(dir, "key.pem"), "utf8"), cert: readFileSync(join(dir, "cert.pem"), "utf8") };
}

const certificate = spawnSync("openssl", ["version"]).status === 0 ? selfSignedCertificate() : null;

describe.skipIf(certificate === null)("downloadFiles over HTTPS to a server whose certificate is not trusted (skipped: no openssl)", () => {
  it("refuses it in one sentence that names the certificate, and writes nothing", async () => {
    const server = createHttpsServer(certificate ?? {}, (_request, response) => response.end(good));
    await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
    try {
      const { port } = server.address() as AddressInfo;
      const cacheDir = mkdtempSync(join(tmpdir(), "crimestats-dl-"));
      const error = (await downloadFiles({ urls: [`https://127.0.0.1:${port}/good.csv`], cacheDir }).catch((e: unknown) => e)) as ReportError;
      expect(error.code).toBe("download-failed");
      expect(error.message).toBe(
        `Download of "https://127.0.0.1:${port}/good.csv" failed (the server's certificate was not accepted (DEPTH_ZERO_SELF_SIGNED_CERT)): expected a reachable address.`,
      );
      expect(readdirSync(cacheDir)).toEqual([]);
    } finally {
      await new Promise<void>((done) => server.close(() => done()));
    }
  });
});
