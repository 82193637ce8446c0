import { randomBytes } from "node:crypto";
import { hostname } from "node:os";
import { constants } from "node:fs";
import { access, link, mkdir, mkdtemp, readFile, readdir, rename, rm, rmdir, stat, unlink } from "node:fs/promises";
import { dirname, join } from "node:path";
import { ReportError } from "../../ReportError.js";
import { describeSystemError, isSystemError } from "../fsError.js";
import { processAlive, writeNewFile } from "../writeNew.js";

/** The lock file a run holds while it may write into an output folder. */
const lockName = ".crimestats-assess.lock";
/** The marker naming the staged files being moved into place (rolled forward by the next run if a run dies mid-move). */
const commitName = ".crimestats-assess.commit";
/** Prefix of the staging folders, inside the output folder (same file system, so renames are atomic). */
const stagingPrefix = ".crimestats-assess-tmp-";
/** A lock older than this is stale even if its process id is alive again (ids are reused); `assess` takes seconds. */
const staleAfterMs = 6 * 60 * 60 * 1000;

interface LockRecord {
  readonly pid: number;
  readonly host: string;
  readonly started: string;
  readonly token: string;
}

/** An output folder held by this run: write the documents into it together, then release it. */
export interface OutputFolder {
  /** The folder. */
  readonly dir: string;
  /** Takes the lock, writes all files to a staging folder, flushes them, moves them into place together and unlocks. */
  readonly commit: (files: Readonly<Record<string, string | Uint8Array>>) => Promise<void>;
  /** Ends the run's use of the folder: removes the folders it made if it wrote nothing (idempotent). */
  readonly release: () => Promise<void>;
}

function writeFailed(error: unknown, dir: string): unknown {
  if (!isSystemError(error)) return error;
  return new ReportError("write-failed", describeSystemError(error, `Cannot write the output folder "${dir}"`), { out: dir, code: error.code });
}

function parseLock(text: string): LockRecord | null {
  try {
    const value = JSON.parse(text) as Partial<LockRecord>;
    if (typeof value.pid === "number" && typeof value.host === "string" && typeof value.started === "string" && typeof value.token === "string")
      return value as LockRecord;
  } catch {
    // unreadable: judged by its age below
  }
  return null;
}

/** Whether a lock was left by a run that is gone: its process is dead (same host), or it is too old to be a live run. */
async function isStale(path: string, record: LockRecord | null): Promise<boolean> {
  const age = Date.now() - (record === null ? (await stat(path)).mtimeMs : Date.parse(record.started));
  if (!(age < staleAfterMs)) return true;
  if (record === null) return age > 60_000; // a lock being written is a few bytes and a moment old
  return record.host === hostname() && !processAlive(record.pid);
}

/** Takes over a stale lock: moves it aside (only one run can), checks it is the one judged stale, else puts it back. */
async function removeStale(path: string, seen: string): Promise<void> {
  const aside = `${path}.stale-${process.pid}-${randomBytes(4).toString("hex")}`;
  try {
    await rename(path, aside);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return;
    throw error;
  }
  const moved = await readFile(aside, "utf8").catch(() => "");
  if (moved !== seen) await link(aside, path).catch(() => undefined); // another run's fresh lock: give it back
  await unlink(aside).catch(() => undefined);
}

function busy(dir: string, record: LockRecord | null): ReportError {
  const who = record === null ? "another crimestats run" : `another crimestats run (process ${record.pid} on ${record.host}, started ${record.started})`;
  return new ReportError(
    "output-busy",
    `The output folder "${dir}" is being written by ${who}: wait for it to finish or choose another --out (if no run is active, delete "${join(dir, lockName)}").`,
    { out: dir, holder: record },
  );
}

/** Takes the lock of `dir`, waiting up to `waitMs` while a live run holds it (its move takes moments); `output-busy` after that. */
async function acquire(dir: string, record: LockRecord, waitMs: number): Promise<void> {
  const path = join(dir, lockName);
  const text = `${JSON.stringify(record)}\n`;
  const deadline = Date.now() + waitMs;
  for (;;) {
    try {
      await writeNewFile(path, text);
      return;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw writeFailed(error, dir);
    }
    const seen = await readFile(path, "utf8").catch(() => null);
    if (seen === null) continue; // released meanwhile: try again
    const holder = parseLock(seen);
    if (await isStale(path, holder).catch(() => false)) {
      await removeStale(path, seen);
      continue;
    }
    if (Date.now() >= deadline) throw busy(dir, holder);
    await new Promise((done) => setTimeout(done, 50));
  }
}

/** Removes the lock if it is still this run's. */
async function unlock(dir: string, record: LockRecord): Promise<void> {
  const path = join(dir, lockName);
  const current = parseLock(await readFile(path, "utf8").catch(() => ""));
  if (current?.token === record.token) await unlink(path).catch(() => undefined);
}

/** Finishes the move of a run that died after staging its files (so the folder holds one run's set), and removes dead runs' staging folders. */
async function recover(dir: string): Promise<void> {
  const marker = join(dir, commitName);
  const pending = await readFile(marker, "utf8").catch(() => null);
  if (pending !== null) {
    let plan: { staging: string; files: string[] } = { staging: "", files: [] };
    try {
      plan = JSON.parse(pending) as typeof plan;
    } catch {
      // written whole by a rename, so never partial; an unreadable marker names nothing to move
    }
    const { staging, files } = plan;
    // Only what a run of this command stages is moved: a staging folder of ours, plain file names (no path can lead out of the folder).
    const plain = (name: unknown): name is string => typeof name === "string" && name !== "" && name !== "." && name !== ".." && !/[/\\]/.test(name);
    const ours = plain(staging) && staging.startsWith(stagingPrefix);
    for (const name of ours && Array.isArray(files) ? files.filter(plain) : []) {
      await rename(join(dir, staging, name), join(dir, name)).catch((error: NodeJS.ErrnoException) => {
        if (error.code !== "ENOENT") throw error; // already moved
      });
    }
    await unlink(marker);
  }
  for (const entry of await readdir(dir)) {
    if (entry.startsWith(stagingPrefix)) await rm(join(dir, entry), { recursive: true, force: true });
  }
}

/** Options of {@link openOutputFolder}. */
export interface OutputFolderOptions {
  /** How long a run waits for another live run to finish moving its files before `output-busy`. Default 10,000 ms. */
  readonly waitMs?: number;
  /** The files the run will write: each must be a file or absent (a folder in its place is `write-failed` before computing). */
  readonly names?: readonly string[];
}

/**
 * Makes sure `dir` can be written before anything is computed (creates it if missing; a path
 * that is a file, lies below a file or cannot be written is `write-failed` in one sentence), and
 * completes or clears what a killed run left there when no live run holds it. `commit` then
 * takes the folder's lock file (pid, host, start; a lock of a process that no longer runs is
 * taken over; a live holder is waited for, then `output-busy`), stages the files in a hidden
 * folder inside `dir`, flushes them and moves them into place together.
 */
export async function openOutputFolder(dir: string, options: OutputFolderOptions = {}): Promise<OutputFolder> {
  const waitMs = options.waitMs ?? 10_000;
  /** The first folder this run made (`mkdir` returns it), so a run that writes nothing can take away what it made. */
  let created: string | undefined;
  let committed = false;
  try {
    const existing = await stat(dir).catch((error: NodeJS.ErrnoException) => {
      if (error.code === "ENOENT") return null;
      throw error;
    });
    if (existing !== null && !existing.isDirectory()) {
      throw new ReportError("write-failed", `The output folder "${dir}" is a file: expected a folder, or a path where one can be made.`, { out: dir });
    }
    created = await mkdir(dir, { recursive: true });
    await access(dir, constants.W_OK);
    for (const name of options.names ?? []) {
      const target = await stat(join(dir, name)).catch(() => null);
      if (target !== null && !target.isFile()) {
        throw new ReportError(
          "write-failed",
          `"${join(dir, name)}" is a folder or other non-file: expected a file there, or nothing, so the document can be written.`,
          { out: dir, name },
        );
      }
    }
  } catch (error) {
    throw writeFailed(error, dir);
  }
  const record = (): LockRecord => ({ pid: process.pid, host: hostname(), started: new Date().toISOString(), token: randomBytes(8).toString("hex") });
  // Repair what a killed run left, unless a live run holds the folder (it is moving its own files).
  const repairer = record();
  const repairing = await acquire(dir, repairer, 0).then(
    () => true,
    (error: unknown) => {
      if (error instanceof ReportError && error.code === "output-busy") return false;
      throw error;
    },
  );
  if (repairing) {
    try {
      await recover(dir);
    } catch (error) {
      throw writeFailed(error, dir);
    } finally {
      await unlock(dir, repairer);
    }
  }
  const release = async (): Promise<void> => {
    // A run that wrote nothing leaves no empty folders behind (rmdir refuses a folder that is not empty).
    if (committed || created === undefined) return;
    for (let folder = dir; folder.length >= created.length; folder = dirname(folder)) {
      if (
        (await rmdir(folder).then(
          () => true,
          () => false,
        )) === false ||
        folder === created
      )
        break;
    }
    created = undefined;
  };
  const commit = async (files: Readonly<Record<string, string | Uint8Array>>): Promise<void> => {
    const holder = record();
    await acquire(dir, holder, waitMs);
    let staging: string | null = null;
    try {
      await recover(dir);
      staging = await mkdtemp(join(dir, stagingPrefix));
      const names = Object.keys(files);
      for (const name of names) await writeNewFile(join(staging, name), files[name] ?? "");
      // The marker is written whole (to the staging folder, then renamed) before any file moves,
      // so a run killed between the renames is completed by the next one.
      const markerText = `${JSON.stringify({ staging: staging.slice(dir.length + 1), files: names })}\n`;
      const stagedMarker = join(staging, commitName);
      await writeNewFile(stagedMarker, markerText);
      await rename(stagedMarker, join(dir, commitName));
      for (const name of names) await rename(join(staging, name), join(dir, name));
      await unlink(join(dir, commitName));
      committed = true;
      await rm(staging, { recursive: true, force: true });
    } catch (error) {
      if (staging !== null && (await stat(join(dir, commitName)).catch(() => null)) === null)
        await rm(staging, { recursive: true, force: true }).catch(() => undefined);
      throw writeFailed(error, dir);
    } finally {
      await unlock(dir, holder);
    }
  };
  return { dir, commit, release };
}
