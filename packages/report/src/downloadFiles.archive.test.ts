import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { strToU8, zipSync } from "fflate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rawOk, serveRaw } from "../test/servedData.js";
import { defaultMaxArchiveBytes, defaultMaxDownloadBytes, downloadFiles, policeUkArchiveUrl } from "./downloadFiles.js";

const header = "Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,Crime type,Last outcome category,Context\n";
const row = (month: string) => `,${month},Cumbria Constabulary,Cumbria Constabulary,-3.1,54.6,On or near High Street,E01019010,Allerdale 001A,Burglary,,\n`;

/** A data.police.uk archive made here: two months of Cumbria street files and an outcomes file. */
function archive(): Uint8Array {
  return zipSync({
    "2024-01/2024-01-cumbria-street.csv": strToU8(header + row("2024-01")),
    "2024-02/2024-02-cumbria-street.csv": strToU8(header + row("2024-02") + row("2024-02")),
    "2024-02/2024-02-cumbria-outcomes.csv": strToU8("Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,Outcome type\n"),
  });
}

const good = Buffer.from(archive());
const htmlPage = "<!DOCTYPE html><html><head><title>Service unavailable</title></head><body>Please try again later.</body></html>\n";
const outcomesOnly = Buffer.from(zipSync({ "2024-02/2024-02-cumbria-outcomes.csv": strToU8("Crime ID,Month\n") }));

describe("downloadFiles of a data.police.uk archive from a server on 127.0.0.1", () => {
  let server: Awaited<ReturnType<typeof serveRaw>>;
  beforeAll(async () => {
    server = await serveRaw({
      "/good/2024-02.zip": (socket) => socket.end(rawOk(good, "application/zip")),
      "/html/2024-02.zip": (socket) => socket.end(rawOk(htmlPage, "text/html")),
      // A server whose copy is cut short: a complete answer holding the first part of the zip only.
      "/truncated/2024-02.zip": (socket) => socket.end(rawOk(good.subarray(0, good.byteLength - 30), "application/zip")),
      // The connection dropped mid-way: fewer bytes than the Content-Length declared.
      "/dropped/2024-02.zip": (socket) =>
        socket.end(
          Buffer.concat([
            Buffer.from(`HTTP/1.1 200 OK\r\nContent-Type: application/zip\r\nContent-Length: ${good.byteLength}\r\nConnection: close\r\n\r\n`),
            good.subarray(0, 100),
          ]),
        ),
      "/outcomes/2024-02.zip": (socket) => socket.end(rawOk(outcomesOnly, "application/zip")),
    });
  });
  afterAll(async () => {
    await server.close();
  });

  it("writes the archive byte for byte, keeps the copy it replaces and leaves no temporary file", async () => {
    const cacheDir = mkdtempSync(join(tmpdir(), "crimestats-archive-"));
    writeFileSync(join(cacheDir, "2024-02.zip"), "old copy");
    const progress: number[] = [];
    const files = await downloadFiles({
      urls: [`${server.base}/good/2024-02.zip`],
      cacheDir,
      expect: "police-uk-archive",
      onProgress: (p) => progress.push(p.received),
    });
    expect(files).toEqual([
      { url: `${server.base}/good/2024-02.zip`, path: join(cacheDir, "2024-02.zip"), bytes: good.byteLength, previous: join(cacheDir, "2024-02.zip.previous") },
    ]);
    expect(readFileSync(join(cacheDir, "2024-02.zip")).equals(good)).toBe(true);
    expect(readFileSync(join(cacheDir, "2024-02.zip.previous"), "utf8")).toBe("old copy");
    expect(progress.at(-1)).toBe(good.byteLength);
    expect(readdirSync(cacheDir).sort()).toEqual(["2024-02.zip", "2024-02.zip.previous"]);
  });

  it.each([
    ["html", /was refused because it is not a readable zip archive \(it is not a zip archive, or it is cut short .*\); the cached copy is left as it was\.$/],
    ["truncated", /was refused because it is not a readable zip archive \(.*\); the cached copy is left as it was\.$/],
    ["dropped", /was interrupted \(the server closed the connection before the end of the file\): expected the whole file\.$/],
    ["outcomes", /was refused because it is a zip archive without any data\.police\.uk street file \(no YYYY-MM\/YYYY-MM-<force>-street\.csv member\)/],
  ])("refuses an answer that is not a whole archive with street files (%s), leaving the cached copy as it was", async (kind, message) => {
    const cacheDir = mkdtempSync(join(tmpdir(), "crimestats-archive-"));
    writeFileSync(join(cacheDir, "2024-02.zip"), good);
    const error = await downloadFiles({ urls: [`${server.base}/${kind}/2024-02.zip`], cacheDir, expect: "police-uk-archive" }).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: "ReportError", code: "download-failed" });
    expect((error as Error).message).toMatch(message);
    expect(readFileSync(join(cacheDir, "2024-02.zip")).equals(good)).toBe(true);
    expect(readdirSync(cacheDir)).toEqual(["2024-02.zip"]);
  });

  it("refuses an archive larger than maxBytes while it arrives, leaving no temporary file", async () => {
    const cacheDir = mkdtempSync(join(tmpdir(), "crimestats-archive-"));
    const error = await downloadFiles({ urls: [`${server.base}/good/2024-02.zip`], cacheDir, expect: "police-uk-archive", maxBytes: 50 }).catch(
      (e: unknown) => e,
    );
    expect(error).toMatchObject({ code: "download-failed", message: expect.stringContaining(`is ${good.byteLength} bytes, more than the limit of 50`) });
    expect(readdirSync(cacheDir)).toEqual([]);
  });

  it("defaults to the data.police.uk latest archive, with a larger size limit than for a CSV", () => {
    expect(policeUkArchiveUrl).toBe("https://data.police.uk/data/archive/latest.zip");
    expect(defaultMaxArchiveBytes).toBeGreaterThan(defaultMaxDownloadBytes);
  });
});
