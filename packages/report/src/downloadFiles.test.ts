import { existsSync, mkdtempSync, readFileSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { serveFolder } from "../test/servedData.js";
import { downloadFiles, londonDatastoreUrls } from "./downloadFiles.js";
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

  it("fails with DOWNLOAD_FAILED on a 404", async () => {
    const cacheDir = mkdtempSync(join(tmpdir(), "crimestats-dl-"));
    await expect(downloadFiles({ urls: [`${served.base}/missing.csv`], cacheDir })).rejects.toMatchObject({
      code: "DOWNLOAD_FAILED",
      message: expect.stringContaining("HTTP status 404"),
    });
    expect(readdirSync(cacheDir)).toEqual([]);
  });
});

describe("downloadFiles address checks", () => {
  it("refuses plain http to a host that is not loopback", async () => {
    const error = await downloadFiles({ urls: ["http://example.org/a.csv"], cacheDir: tmpdir() }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ReportError);
    expect((error as ReportError).code).toBe("INVALID_ARGUMENT");
    expect((error as ReportError).message).toContain("is not HTTPS");
  });

  it("refuses a malformed address and an address without a file name", async () => {
    await expect(downloadFiles({ urls: ["not a url"], cacheDir: tmpdir() })).rejects.toMatchObject({ code: "INVALID_ARGUMENT" });
    await expect(downloadFiles({ urls: ["https://example.org/"], cacheDir: tmpdir() })).rejects.toMatchObject({ code: "INVALID_ARGUMENT" });
    await expect(downloadFiles({ urls: [], cacheDir: tmpdir() })).rejects.toMatchObject({ code: "INVALID_ARGUMENT" });
  });

  it("reports an unreachable loopback port as DOWNLOAD_FAILED", async () => {
    await expect(downloadFiles({ urls: ["http://127.0.0.1:1/a.csv"], cacheDir: mkdtempSync(join(tmpdir(), "crimestats-dl-")) })).rejects.toMatchObject({
      code: "DOWNLOAD_FAILED",
    });
  });

  it("defaults to the London Datastore borough and ward files over HTTPS", () => {
    expect(londonDatastoreUrls).toHaveLength(2);
    for (const url of londonDatastoreUrls) expect(url.startsWith("https://data.london.gov.uk/download/recorded_crime_summary/")).toBe(true);
  });
});
